import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IDataObject, ILoadOptionsFunctions, INodeProperties } from 'n8n-workflow';

import { Cordial } from '../../nodes/Cordial/Cordial.node';
import { loadOptionsContext } from '../harness/loadOptions';
import { cordialSandbox } from './helpers';

const ROOT = path.resolve(__dirname, '../..');

describe('Cordial node description', () => {
	const node = new Cordial();
	const { description } = node;
	const { sandbox, provider } = cordialSandbox();

	it('follows the n8n conventions', () => {
		expect(description).toMatchObject({ name: 'cordial', displayName: 'Cordial', usableAsTool: true, credentials: [{ name: 'cordialApi', required: true }] });
		const pickers = description.properties.filter((property) => property.name === 'resource' || property.name === 'operation');
		// The Resource picker and one Operation picker per resource (11 resources).
		expect(pickers.length).toBe(12);
		for (const picker of pickers) {
			expect(picker.noDataExpression).toBe(true);
			const names = (picker.options as Array<{ name: string }>).map((option) => option.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			if (picker.name === 'operation') {
				for (const option of picker.options as Array<{ action?: string }>) expect(option.action).toEqual(expect.any(String));
			}
		}
		const operations = pickers
			.filter((picker) => picker.name === 'operation')
			.flatMap((picker) => (picker.options as Array<{ value: string }>).map((option) => `${picker.displayOptions?.show?.resource?.[0]}.${option.value}`));
		// The README's operation tables list exactly these (54).
		expect(operations.sort()).toEqual(
			[
				'accountList.clear', 'accountList.count', 'accountList.create', 'accountList.delete', 'accountList.get',
				'accountList.getAll', 'accountList.update', 'automationTemplate.get', 'automationTemplate.getAll',
				'batchMessage.cancel', 'batchMessage.create', 'batchMessage.delete', 'batchMessage.get', 'batchMessage.getAll',
				'batchMessage.pause', 'batchMessage.renderPreview', 'batchMessage.resume', 'batchMessage.send',
				'batchMessage.sendTest', 'batchMessage.unschedule', 'batchMessage.update', 'cart.addItem', 'cart.clear',
				'cart.get', 'cart.removeItem', 'cart.set', 'contact.delete', 'contact.get', 'contact.getAll', 'contact.merge',
				'contact.subscribe', 'contact.unsubscribe', 'contact.update', 'contact.upsert', 'contactActivity.create',
				'contactActivity.getAll', 'contactAttribute.create', 'contactAttribute.get', 'contactAttribute.getAll',
				'order.create', 'order.delete', 'order.get', 'order.getAll', 'order.update', 'order.upsert', 'product.delete',
				'product.get', 'product.getAll', 'product.upsert', 'supplementRecord.delete', 'supplementRecord.get',
				'supplementRecord.getAll', 'supplementRecord.upsert', 'transactional.send',
			].sort(),
		);
		const booleans = (properties: INodeProperties[]): INodeProperties[] =>
			properties.flatMap((property) => [
				...(property.type === 'boolean' ? [property] : []),
				...booleans(((property.options ?? []) as INodeProperties[]).filter((option) => 'type' in option)),
			]);
		for (const property of booleans(description.properties)) expect(property.description).toMatch(/^Whether /);
	});

	it('has a codex file and two different icons', () => {
		const codex = JSON.parse(readFileSync(path.join(ROOT, 'nodes/Cordial/Cordial.node.json'), 'utf8')) as IDataObject;
		expect(codex.node).toBe('n8n-nodes-messaging-suite.cordial');
		const light = readFileSync(path.join(ROOT, 'icons/cordial.svg'), 'utf8');
		const dark = readFileSync(path.join(ROOT, 'icons/cordial.dark.svg'), 'utf8');
		expect(light).not.toBe(dark);
		expect(description.icon).toEqual({ light: 'file:../../icons/cordial.svg', dark: 'file:../../icons/cordial.dark.svg' });
	});

	/** The editor's context for the pickers, with the sandbox credential. */
	function listContext(): ILoadOptionsFunctions {
		return loadOptionsContext({ node: 'cordial', credentialType: 'cordialApi', credentials: sandbox.credentials()[0].data });
	}

	it('lists batch messages and automation templates for the pickers', async () => {
		provider.batchMessages.set('252:000000000000000000000002:ot', {
			id: '252:000000000000000000000002:ot',
			status: 'sent',
			ct: '2026-05-01T00:00:00.000Z',
			name: 'Spring sale',
		});
		const context = listContext();
		const messages = await node.methods.listSearch.searchBatchMessages.call(context, 'spring');
		expect(messages).toEqual({ results: [{ name: 'Spring sale (sent)', value: '252:000000000000000000000002:ot' }], paginationToken: undefined });
		const templates = await node.methods.listSearch.searchAutomationTemplates.call(context);
		expect(templates.results).toEqual([
			{ name: 'Order confirmation', value: 'order-confirmation' },
			{ name: 'Weekly promo', value: 'weekly-promo' },
		]);
		expect(sandbox.requests('cordial').map((entry) => [entry.path, entry.query])).toEqual([
			['/v2/batchmessages', { page: '1', per_page: '100' }],
			['/v2/automationtemplates', { page: '1', per_page: '100' }],
		]);
	});
});
