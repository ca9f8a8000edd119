import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { Cordial } from '../../../nodes/Cordial/Cordial.node';
import { loadOptionsContext } from '../../harness/loadOptions';
import { cordialSandbox, rl } from '../helpers';

const item = (json: IDataObject, index = 0) => ({ json, pairedItem: { item: index } });
const SIMPLE_ORDER = {
	key: 'order-confirmation',
	name: 'Order confirmation',
	channel: 'email',
	classification: 'transactional',
	subject: 'Your order {$extVars.orderID}',
	tags: ['orders'],
	ct: '2026-03-01T10:00:00+0000',
	lm: '2026-05-01T10:00:00+0000',
};

describe('Cordial Automation Template', () => {
	const { run, wire, sandbox } = cordialSandbox();

	it('Get by key: simplified by default, the whole TemplateShowAuto without Simplify; unknown key is RECORD_NOT_FOUND', async () => {
		// Cordial's API v2 Swagger, gettemplate: GET /v2/automationtemplates/{key}, answer TemplateShowAuto.
		const simple = await run({ resource: 'automationTemplate', operation: 'get', templateKey: rl('order-confirmation', 'list') });
		expect(simple.items).toEqual([item(SIMPLE_ORDER)]);
		const raw = await run({ resource: 'automationTemplate', operation: 'get', templateKey: rl('order-confirmation'), simplify: false });
		expect(raw.items[0].json).toMatchObject({ key: 'order-confirmation', accountID: '252', baseAggregation: 'daily', message: { content: { 'text/html': expect.any(String) } } });
		const missing = await run({ resource: 'automationTemplate', operation: 'get', templateKey: rl('nope') }, { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Get Automation Template failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
		expect(wire().map(([method, path]) => [method, path])).toEqual([
			['GET', '/v2/automationtemplates/order-confirmation'],
			['GET', '/v2/automationtemplates/order-confirmation'],
			['GET', '/v2/automationtemplates/nope'],
		]);
		const empty = await run({ resource: 'automationTemplate', operation: 'get', templateKey: rl('..') });
		expect(empty.error?.message).toContain('Automation Template');
		expect(sandbox.requests('cordial')).toHaveLength(3);
	});

	it('Get Many with the tags filter and paging (getTemplates: tags, page, per_page)', async () => {
		const tagged = await run({ resource: 'automationTemplate', operation: 'getAll', returnAll: true, filters: { tags: 'orders' }, options: {} });
		expect(tagged.items).toEqual([item(SIMPLE_ORDER)]);
		const limited = await run({ resource: 'automationTemplate', operation: 'getAll', returnAll: false, limit: 1, simplify: false, filters: {}, options: {} });
		expect(limited.items.map((entry) => entry.json.key)).toEqual(['order-confirmation']);
		expect(wire().map(([, , query]) => query)).toEqual([
			[['tags', 'orders'], ['page', '1'], ['per_page', '100']],
			[['page', '1'], ['per_page', '1']],
		]);
	});

	it('the pickers: template IDs for the batch message filter, channels from Cordial\'s list and the templates', async () => {
		const node = new Cordial();
		const context: ILoadOptionsFunctions = loadOptionsContext({ node: 'cordial', credentialType: 'cordialApi', credentials: sandbox.credentials()[0].data });
		const ids = await node.methods.listSearch.searchAutomationTemplateIds.call(context, 'promo');
		expect(ids).toEqual({ results: [{ name: 'Weekly promo', value: '591f1a26ac0c811781bf44eb' }], paginationToken: undefined });
		const channels = await node.methods.listSearch.searchChannels.call(context);
		expect(channels.results.map((entry) => entry.value)).toEqual(['email', 'sms', 'push']);
	});
});
