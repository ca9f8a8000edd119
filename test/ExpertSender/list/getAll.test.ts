import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { loadOptionsContext } from '../../harness/loadOptions';
import { ExpertSender } from '../../../nodes/ExpertSender/ExpertSender.node';

const NEWSLETTER = { Id: 1, Name: 'Newsletter', FriendlyName: 'Our newsletter', Language: 'en-US', OptInMode: 'SingleOptIn' };
const CUSTOMERS = { Id: 2, Name: 'Customers', FriendlyName: 'Customers', Language: 'en-US', OptInMode: 'DoubleOptIn' };

describe('ExpertSender › List › Get Many', () => {
	const state = useExpertSenderSandbox();

	it('returns every list as one item each, or up to the limit, and the seed lists when asked', async () => {
		const all = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: true });
		expect(all.items).toEqual([
			{ json: NEWSLETTER, pairedItem: { item: 0 } },
			{ json: CUSTOMERS, pairedItem: { item: 0 } },
		]);
		const limited = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: false, limit: 1 });
		expect(limited.items).toEqual([{ json: NEWSLETTER, pairedItem: { item: 0 } }]);
		const seeds = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: true, options: { seedLists: true } });
		expect(seeds.items.map((item) => item.json.Name)).toEqual(['Internal seeds']);
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/v2/Api/Lists', { apiKey: EXPERTSENDER_API_KEY }],
			['GET', '/v2/Api/Lists', { apiKey: EXPERTSENDER_API_KEY }],
			['GET', '/v2/Api/Lists', { seedLists: 'true', apiKey: EXPERTSENDER_API_KEY }],
		]);
	});

	it('retries a 429 with Retry-After (not processed) and then succeeds', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 429, headers: { 'Retry-After': '0' }, body: '' } });
		const run = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: true });
		expect(run.items).toHaveLength(2);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.status)).toEqual([429, 200]);
	});

	it('does not retry a 503: it may come after ExpertSender did the work', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 503, headers: { 'Retry-After': '0' }, body: '' } });
		const run = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: true });
		expect(run.error?.message).toBe('ExpertSender Get Many Lists failed: HTTP 503 with no body [item 0]');
		expect(state.sandbox.requests('expertsender').map((entry) => entry.status)).toEqual([503]);
	});

	it('feeds the List locator search and the list dropdown through a real load-options context', async () => {
		const node = new ExpertSender();
		const context = loadOptionsContext({ node: 'expertSender', credentialType: 'expertSenderApi', credentials: state.credentials.expertSenderApi, parameters: { resource: 'contact', operation: 'upsert' }, path: 'parameters.list' });
		expect(await node.methods.listSearch.searchLists.call(context)).toEqual({
			results: [
				{ name: 'Newsletter (1)', value: '1' },
				{ name: 'Customers (2)', value: '2' },
			],
		});
		expect(await node.methods.listSearch.searchLists.call(context, 'cust')).toEqual({
			results: [{ name: 'Customers (2)', value: '2' }],
		});
		expect(await node.methods.loadOptions.getLists.call(context)).toEqual([
			{ name: 'Customers', value: '2', description: 'ID 2' },
			{ name: 'Newsletter', value: '1', description: 'ID 1' },
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual(
			Array(3).fill(['GET', '/v2/Api/Lists', { apiKey: EXPERTSENDER_API_KEY }]),
		);
	});

	it('fails clearly on an answer without Lists, and refuses a limit below 1 before any request', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, body: '' } });
		const empty = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: true });
		expect(empty.error?.message).toBe('ExpertSender Get Many Lists: the answer (HTTP 200) has no Lists element [item 0]');
		state.sandbox.reset();
		const zero = await runExpertSender(state, { resource: 'list', operation: 'getAll', returnAll: false, limit: 0 });
		expect(zero.error?.message).toBe('Limit: 0 is not a number of lists [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});
});
