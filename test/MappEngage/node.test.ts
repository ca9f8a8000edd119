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
			'contact.update',
			'contact.upsert',
			'membership.subscribe',
			'membership.unsubscribe',
			'message.sendPrepared',
			'message.sendTransactional',
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

	it('warns on Update that Mapp clears the standard attributes left out', () => {
		const notice = description.properties.find((property) => property.name === 'updateNotice')!;
		expect(notice.type).toBe('notice');
		expect(notice.displayName).toContain('Mapp clears every standard attribute');
		expect(notice.displayOptions?.show).toEqual({ resource: ['contact'], operation: ['update'] });
	});
});
