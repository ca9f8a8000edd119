import { accountTables } from '../../../sandbox/providers/expertsender/dataTables';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, expectedBody, wire } from './helpers';

describe('ExpertSender › Data Table › Clear Table', () => {
	const state = useExpertSenderSandbox();

	it('sends only TableName (citilinkru DataTablesClearTableRequestTest.php) and outputs deleted: true', async () => {
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'clearTable', table: { __rl: true, mode: 'list', value: 'Orders' } });
		expect(run.items).toEqual([{ json: { deleted: true, tableName: 'Orders', allRows: true }, pairedItem: { item: 0 } }]);
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([['POST', '/v2/Api/DataTablesClearTable', expectedBody('<TableName>Orders</TableName>')]]);
		expect(accountTables(state.provider)[0].rows).toEqual([]);
	});

	it('keeps working with a table saved as a plain string', async () => {
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'clearTable', table: 'Coupons' });
		expect(run.items[0].json).toEqual({ deleted: true, tableName: 'Coupons', allRows: true });
	});

	it("surfaces ExpertSender's message for an unknown table; Continue On Fail gives each item its own result", async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'dataTable', operation: 'clearTable', table: byName('={{ $json.table }}') },
			{ items: [{ json: { table: 'Missing' } }, { json: { table: 'Coupons' } }], continueOnFail: true },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.deleted, item.pairedItem])).toEqual([
			['ExpertSender Clear Data Table failed: Data table Missing does not exist. (400) [item 0]', { item: 0 }],
			[true, { item: 1 }],
		]);
	});

	it('refuses an empty table before any request', async () => {
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'clearTable', table: byName('={{ $json.table }}') }, { items: [{ json: { table: ' ' } }] });
		expect(run.error?.message).toBe('Table: is empty [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});
});
