import { accountTables } from '../../../sandbox/providers/expertsender/dataTables';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, expectedBody, wire } from './helpers';

const base = { resource: 'dataTable', operation: 'deleteRows', table: byName('Orders') };

describe('ExpertSender › Data Table › Delete Rows', () => {
	const state = useExpertSenderSandbox();
	const orders = () => accountTables(state.provider)[0].rows;

	it('sends Filters of Filter/Column{Name, Operator, Value} (citilinkru DataTablesDeleteRowsPostRequestTest.php) and outputs the count', async () => {
		const run = await runExpertSender(state, {
			...base,
			filters: { condition: [{ column: 'OrderId', operator: 'LE', value: '1001' }, { column: 'Shipped', operator: 'EQ', value: '1' }] },
		});
		expect(run.items).toEqual([{ json: { deleted: true, tableName: 'Orders', count: 1 }, pairedItem: { item: 0 } }]);
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			[
				'POST',
				'/v2/Api/DataTablesDeleteRows',
				expectedBody(
					'<TableName>Orders</TableName><Filters><Filter><Column><Name>OrderId</Name><Operator>LE</Operator><Value>1001</Value></Column></Filter>' +
						'<Filter><Column><Name>Shipped</Name><Operator>EQ</Operator><Value>1</Value></Column></Filter></Filters>',
				),
			],
		]);
		expect(orders().map((row) => row.OrderId)).toEqual(['1002']);
	});

	it('refuses no conditions (use Clear Table) and an unlisted operator before any request', async () => {
		const none = await runExpertSender(state, { ...base, filters: {} });
		expect(none.error?.message).toBe('Conditions: has no condition [item 0]');
		const like = await runExpertSender(state, { ...base, filters: { condition: [{ column: 'Email', operator: 'Like', value: 'a%' }] } });
		expect(like.error?.message).toContain('Conditions › Condition 1 › Operator');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's message, with one item per input item under Continue On Fail", async () => {
		const run = await runExpertSender(
			state,
			{ ...base, filters: { condition: [{ column: '={{ $json.column }}', operator: 'GT', value: '0' }] } },
			{ items: [{ json: { column: 'Colour' } }, { json: { column: 'Amount' } }], continueOnFail: true },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.count, item.pairedItem])).toEqual([
			['ExpertSender Delete Data Table Rows failed: Column Colour does not exist in table Orders. (400) [item 0]', { item: 0 }],
			[2, { item: 1 }],
		]);
	});
});
