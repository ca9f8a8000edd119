import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { MappEngage } from '../../nodes/MappEngage/MappEngage.node';
import { resources } from '../../nodes/MappEngage/actions/resources';

const ROOT = path.resolve(__dirname, '../..');
const node = new MappEngage();
const { description } = node;

function optionsOf(property: INodeProperties): INodePropertyOptions[] {
	return (property.options ?? []) as INodePropertyOptions[];
}

describe('Mapp Engage node description', () => {
	it('is a tool-capable node with the mappEngageApi credential and both icons', () => {
		expect(description.name).toBe('mappEngage');
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'mappEngageApi', required: true }]);
		expect(description.icon).toEqual({ light: 'file:../../icons/mapp.svg', dark: 'file:../../icons/mapp.dark.svg' });
		const light = readFileSync(path.join(ROOT, 'icons/mapp.svg'), 'utf8');
		const dark = readFileSync(path.join(ROOT, 'icons/mapp.dark.svg'), 'utf8');
		expect(light).toMatch(/^<svg /);
		expect(dark).toMatch(/^<svg /);
		expect(light).not.toBe(dark);
	});

	it('has a codex file naming the node', () => {
		const codex = JSON.parse(readFileSync(path.join(ROOT, 'nodes/MappEngage/MappEngage.node.json'), 'utf8')) as { node: string };
		expect(codex.node).toBe('n8n-nodes-messaging-suite.mappEngage');
	});

	it('offers the API choice REST (JSON) or SOAP at node level', () => {
		const api = description.properties.find((property) => property.name === 'api')!;
		expect(optionsOf(api).map((option) => [option.name, option.value])).toEqual([
			['REST (JSON)', 'rest'],
			['SOAP', 'soap'],
		]);
		expect(api.displayOptions).toBeUndefined();
	});

	it('offers every operation of the issue, each implemented, with an action', () => {
		const operations = description.properties.filter((property) => property.name === 'operation');
		const offered = operations.flatMap((property) =>
			optionsOf(property).map((option) => `${property.displayOptions!.show!.resource![0]}.${option.value}`),
		);
		expect(offered.sort()).toEqual([
			'contact.create',
			'contact.delete',
			'contact.get',
			'contact.replace',
			'contact.update',
			'contact.upsert',
			'group.activate',
			'group.archive',
			'group.create',
			'group.get',
			'group.getAll',
			'group.getPreparedMessages',
			'membership.get',
			'membership.getAll',
			'membership.subscribe',
			'membership.unsubscribe',
			'message.sendPrepared',
			'message.sendTransactional',
			'message.sendTransactionalWithEventDetails',
		]);
		for (const name of offered) {
			const [resource, operation] = name.split('.');
			expect(resources[resource][operation].execute).toBeInstanceOf(Function);
		}
		for (const property of operations) {
			expect(property.noDataExpression).toBe(true);
			for (const option of optionsOf(property)) expect(option.action).toMatch(/^[A-Z][a-z]/);
		}
		expect(description.properties.find((property) => property.name === 'resource')?.noDataExpression).toBe(true);
	});

	it('sorts every option list alphabetically by name', () => {
		const lists: INodeProperties[] = [];
		const collect = (properties: INodeProperties[]) => {
			for (const property of properties) {
				if (property.type === 'options') lists.push(property);
				if (property.type === 'collection') collect(property.options as INodeProperties[]);
			}
		};
		collect(description.properties);
		for (const property of lists) {
			const names = optionsOf(property).map((option) => option.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		}
	});

	it('picks the Message ID of both send operations from the prepared messages of a Group ID, or takes it by ID', () => {
		for (const operation of ['sendPrepared', 'sendTransactional']) {
			const shown = (name: string) =>
				description.properties.filter(
					(property) => property.name === name && property.displayOptions?.show?.operation?.includes(operation),
				);
			const [messageId] = shown('messageId');
			expect(messageId.type).toBe('resourceLocator');
			expect(messageId.required).toBe(true);
			expect(messageId.default).toEqual({ mode: 'list', value: '' });
			expect(messageId.modes?.map((mode) => [mode.displayName, mode.name, mode.type])).toEqual([
				['From List', 'list', 'list'],
				['By ID', 'id', 'string'],
			]);
			expect(messageId.modes?.[0].typeOptions).toEqual({ searchListMethod: 'searchPreparedMessages', searchable: true });
			const regex = messageId.modes?.[1].validation?.[0] as unknown as { properties: { regex: string } };
			expect(new RegExp(regex.properties.regex).test('23541')).toBe(true);
			expect(new RegExp(regex.properties.regex).test('welcome')).toBe(false);
			const [groupId] = shown('groupId');
			expect(groupId).toMatchObject({
				displayName: 'Group ID',
				type: 'resourceLocator',
				required: false,
				description: 'The group whose prepared messages the Message list shows; not sent with the message',
			});
			expect(groupId.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			// Shown next to the Message ID, just before it.
			expect(description.properties.indexOf(messageId) - description.properties.indexOf(groupId)).toBe(1);
		}
		expect(node.methods.listSearch.searchPreparedMessages).toBeInstanceOf(Function);
	});

	it('picks the Group ID of every group operation from the account\'s groups, or takes it by ID (digits only)', () => {
		const groupIds = description.properties.filter((property) => property.name === 'groupId');
		expect(groupIds.length).toBeGreaterThan(1);
		for (const groupId of groupIds) {
			expect(groupId.type).toBe('resourceLocator');
			expect(groupId.modes?.[0].typeOptions).toEqual({ searchListMethod: 'searchGroups', searchable: true });
			const regex = groupId.modes?.[1].validation?.[0] as unknown as { properties: { regex: string } };
			expect(new RegExp(regex.properties.regex).test('1200')).toBe(true);
			expect(new RegExp(regex.properties.regex).test('..')).toBe(false);
		}
		expect(node.methods.listSearch.searchGroups).toBeInstanceOf(Function);
	});

	it('warns on Replace that Mapp clears the standard attributes left out', () => {
		const notice = description.properties.find((property) => property.name === 'updateNotice')!;
		expect(notice.type).toBe('notice');
		expect(notice.displayName).toContain('Mapp clears every standard attribute');
		expect(notice.displayOptions?.show).toEqual({ resource: ['contact'], operation: ['replace'] });
	});
});
