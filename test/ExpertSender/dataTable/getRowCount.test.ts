import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, expectedBody, wire } from './helpers';

describe('ExpertSender › Data Table › Count Rows', () => {
	const state = useExpertSenderSandbox();

	it('sends TableName and WhereConditions (citilinkru DataTablesGetDataCountRequestTest.php) and outputs the count', async () => {
		const run = await runExpertSender(state, {
			resource: 'dataTable',
			operation: 'getRowCount',
			table: byName('Orders'),
			whereConditions: { condition: [{ column: 'Shipped', operator: 'Equals', value: 'false' }] },
		});
		expect(run.items).toEqual([{ json: { tableName: 'Orders', count: 1 }, pairedItem: { item: 0 } }]);
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			[
				'POST',
				'/v2/Api/DataTablesGetDataCount',
				expectedBody('<TableName>Orders</TableName><WhereConditions><Where><ColumnName>Shipped</ColumnName><Operator>Equals</Operator><Value>false</Value></Where></WhereConditions>'),
			],
		]);
	});

	it('counts every row without conditions; refuses a bad operator before any request', async () => {
		const all = await runExpertSender(state, { resource: 'dataTable', operation: 'getRowCount', table: byName('Orders') });
		expect(all.items[0].json).toEqual({ tableName: 'Orders', count: 2 });
		expect(state.sandbox.requests('expertsender')[0].body).toBe(expectedBody('<TableName>Orders</TableName>'));
		state.sandbox.reset();
		const bad = await runExpertSender(state, {
			resource: 'dataTable',
			operation: 'getRowCount',
			table: byName('Orders'),
			whereConditions: { condition: [{ column: 'Shipped', operator: '={{ "EQ" }}', value: '1' }] },
		});
		expect(bad.error?.message).toBe('Conditions › Condition 1 › Operator: "EQ" is not one of its options [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's message (Like on a number column), one item per input under Continue On Fail", async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'dataTable', operation: 'getRowCount', table: byName('Orders'), whereConditions: { condition: [{ column: '={{ $json.column }}', operator: 'Like', value: '1%' }] } },
			{ items: [{ json: { column: 'Amount' } }, { json: { column: 'Email' } }], continueOnFail: true },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.count, item.pairedItem])).toEqual([
			['ExpertSender Count Data Table Rows failed: Operator Like is only for text columns; Amount is Double. (400) [item 0]', { item: 0 }],
			[0, { item: 1 }],
		]);
	});
});
