import { ExpertSender } from '../../../nodes/ExpertSender/ExpertSender.node';
import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { loadOptionsContext } from '../../harness/loadOptions';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const ORDERS = { Id: 1, Name: 'Orders', ColumnsCount: 6, RelationshipsCount: 0, RelationshipsDestinationCount: 0, Rows: 2, Size: 0.02 };
const COUPONS = { Id: 2, Name: 'Coupons', ColumnsCount: 3, RelationshipsCount: 0, RelationshipsDestinationCount: 0, Rows: 1, Size: 0.01 };

describe('ExpertSender › Data Table › Get Many', () => {
	const state = useExpertSenderSandbox();

	it('returns every table of GET DataTablesGetTables (citilinkru DataTablesGetTablesRequestTest.php: no query), or up to the limit', async () => {
		const all = await runExpertSender(state, { resource: 'dataTable', operation: 'getAll', returnAll: true });
		expect(all.items).toEqual([
			{ json: ORDERS, pairedItem: { item: 0 } },
			{ json: COUPONS, pairedItem: { item: 0 } },
		]);
		const one = await runExpertSender(state, { resource: 'dataTable', operation: 'getAll', returnAll: false, limit: 1 });
		expect(one.items).toEqual([{ json: ORDERS, pairedItem: { item: 0 } }]);
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual(
			Array(2).fill(['GET', '/v2/Api/DataTablesGetTables', { apiKey: EXPERTSENDER_API_KEY }]),
		);
	});

	it('feeds the Table locator search, sorted and filtered by name', async () => {
		const node = new ExpertSender();
		const context = loadOptionsContext({ node: 'expertSender', credentialType: 'expertSenderApi', credentials: state.credentials.expertSenderApi, parameters: { resource: 'dataTable', operation: 'getRows' }, path: 'parameters.table' });
		expect(await node.methods.listSearch.searchDataTables.call(context)).toEqual({
			results: [
				{ name: 'Coupons', value: 'Coupons' },
				{ name: 'Orders', value: 'Orders' },
			],
		});
		expect(await node.methods.listSearch.searchDataTables.call(context, 'ord')).toEqual({ results: [{ name: 'Orders', value: 'Orders' }] });
	});

	it('fails clearly on an answer without TableList and refuses a limit of 0 before any request', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, body: '' } });
		const empty = await runExpertSender(state, { resource: 'dataTable', operation: 'getAll', returnAll: true });
		expect(empty.error?.message).toBe('ExpertSender Get Many Data Tables: the answer (HTTP 200) has no TableList element [item 0]');
		state.sandbox.reset();
		const zero = await runExpertSender(state, { resource: 'dataTable', operation: 'getAll', returnAll: false, limit: 0 });
		expect(zero.error?.message).toBe('Limit: 0 is not a number of tables [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message (403 for a wrong key)", async () => {
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong' } };
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'getAll', returnAll: true }, { credentials, items: [{ json: {} }, { json: {} }], continueOnFail: true });
		expect(run.items.map((item) => [String(item.json.error).split(' (')[0], item.pairedItem])).toEqual([
			['ExpertSender Get Many Data Tables failed: Api key is invalid.', { item: 0 }],
			['ExpertSender Get Many Data Tables failed: Api key is invalid.', { item: 1 }],
		]);
	});
});
