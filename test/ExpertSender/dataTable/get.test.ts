import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName } from './helpers';

describe('ExpertSender › Data Table › Get', () => {
	const state = useExpertSenderSandbox();

	it('returns the details and columns of GET DataTablesGetTables?name= (citilinkru DataTablesGetTablesRequestTest.php)', async () => {
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'get', table: byName('Coupons') });
		expect(run.items).toEqual([
			{
				json: {
					Id: 2,
					Name: 'Coupons',
					ColumnsCount: 3,
					RelationshipsCount: 0,
					RelationshipsDestinationCount: 0,
					Rows: 1,
					Description: 'Single-use coupon codes',
					Columns: [
						{ Name: 'Code', ColumnType: 'Text', Length: 32, DefaultValue: null, IsPrimaryKey: true, IsRequired: true },
						{ Name: 'Discount', ColumnType: 'Number', Length: 0, DefaultValue: null, IsPrimaryKey: false, IsRequired: true },
						{ Name: 'ValidUntil', ColumnType: 'Date', Length: 0, DefaultValue: null, IsPrimaryKey: false, IsRequired: false },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/v2/Api/DataTablesGetTables', { name: 'Coupons', apiKey: EXPERTSENDER_API_KEY }],
		]);
	});

	it("surfaces ExpertSender's message for an unknown table, per item under Continue On Fail", async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'dataTable', operation: 'get', table: byName('={{ $json.name }}') },
			{ items: [{ json: { name: 'Nope' } }, { json: { name: 'Orders' } }], continueOnFail: true },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Name, item.pairedItem])).toEqual([
			['ExpertSender Get Data Table failed: Data table Nope does not exist. (400) [item 0]', { item: 0 }],
			['Orders', { item: 1 }],
		]);
	});

	it('refuses a name with a line break before any request', async () => {
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'get', table: byName('={{ $json.name }}') }, { items: [{ json: { name: 'a\nb' } }] });
		expect(run.error?.message).toBe('Table: "a\nb" is not a data table name [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});
});
