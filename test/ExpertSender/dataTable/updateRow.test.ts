import { accountTables, NO_SUCH_ROW } from '../../../sandbox/providers/expertsender/dataTables';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, columnsXml, expectedBody, wire } from './helpers';

const base = { resource: 'dataTable', operation: 'updateRow', table: byName('Orders'), primaryKey: { column: [{ name: 'OrderId', value: '={{ $json.OrderId }}' }] } };

describe('ExpertSender › Data Table › Update Row', () => {
	const state = useExpertSenderSandbox();
	const orders = () => accountTables(state.provider)[0].rows;

	it('sends PrimaryKeyColumns then Columns (citilinkru DataTablesUpdateRowRequestTest.php) and leaves the key out of the mapped columns', async () => {
		const run = await runExpertSender(state, { ...base, dataMode: 'autoMapInputData', columnsToIgnore: '' }, { items: [{ json: { OrderId: 1002, Shipped: true, Product: null } }] });
		expect(run.items).toEqual([
			{ json: { updated: true, tableName: 'Orders', primaryKey: { OrderId: '1002' }, columns: { Shipped: 'true', Product: null } }, pairedItem: { item: 0 } },
		]);
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			[
				'POST',
				'/v2/Api/DataTablesUpdateRow',
				expectedBody(`<TableName>Orders</TableName><PrimaryKeyColumns>${columnsXml([['OrderId', '1002']])}</PrimaryKeyColumns><Columns>${columnsXml([['Shipped', 'true'], ['Product', null]])}</Columns>`),
			],
		]);
		expect(orders()[1]).toEqual(expect.objectContaining({ OrderId: '1002', Shipped: 'true', Product: null }));
	});

	it("surfaces ExpertSender's message for a missing row, one item per input item under Continue On Fail", async () => {
		const run = await runExpertSender(
			state,
			{ ...base, dataMode: 'defineBelow', columns: { column: [{ name: 'Amount', value: '={{ $json.Amount }}' }] } },
			{ items: [{ json: { OrderId: '9999', Amount: '1' } }, { json: { OrderId: '1001', Amount: '199.9' } }], continueOnFail: true },
		);
		expect(run.items).toEqual([
			{ json: { error: `ExpertSender Update Data Table Row failed: ${NO_SUCH_ROW} (400) [item 0]`, description: 'HTTP 400.', httpCode: '400' }, pairedItem: { item: 0 } },
			{ json: { updated: true, tableName: 'Orders', primaryKey: { OrderId: '1001' }, columns: { Amount: '199.9' } }, pairedItem: { item: 1 } },
		]);
		expect(orders()[0].Amount).toBe('199.9');
	});

	it('refuses bad input before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ primaryKey: {}, dataMode: 'defineBelow', columns: { column: [{ name: 'Amount', value: '1' }] } }, 'Primary Key: has no column [item 0]'],
			[{ dataMode: 'autoMapInputData' }, 'Columns: has no column to change besides the primary key [item 0]'],
			[{ table: byName('bad\nname'), dataMode: 'defineBelow', columns: { column: [{ name: 'Amount', value: '1' }] } }, 'Table: "bad\nname" is not a data table name [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const run = await runExpertSender(state, { ...base, ...parameters }, { items: [{ json: { OrderId: '1001' } }] });
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});
});
