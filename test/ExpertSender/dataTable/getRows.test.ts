import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { accountTables } from '../../../sandbox/providers/expertsender/dataTables';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, expectedBody, wire } from './helpers';

const ORDER_1001 = { OrderId: '1001', Email: 'patrick@mydomain.com', Product: 'Espresso machine', Amount: '249.90', OrderDate: '3/1/2025 9:30:00 AM', Shipped: 'true' };
const ORDER_1002 = { OrderId: '1002', Email: 'patrick@mydomain.com', Product: 'Coffee beans, 1 kg', Amount: '18.5', OrderDate: '3/4/2025 5:05:00 PM', Shipped: 'false' };

describe('ExpertSender › Data Table › Get Rows', () => {
	const state = useExpertSenderSandbox();

	it('looks the columns up when none are named, so that the CSV comes with its header row', async () => {
		const run = await runExpertSender(state, { resource: 'dataTable', operation: 'getRows', table: byName('Orders'), returnAll: true });
		expect(run.items).toEqual([
			{ json: ORDER_1001, pairedItem: { item: 0 } },
			{ json: ORDER_1002, pairedItem: { item: 0 } },
		]);
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			['GET', '/v2/Api/DataTablesGetTables', { name: 'Orders', apiKey: EXPERTSENDER_API_KEY }],
			[
				'POST',
				'/v2/Api/DataTablesGetData',
				expectedBody(
					'<TableName>Orders</TableName><Columns><Column>OrderId</Column><Column>Email</Column><Column>Product</Column><Column>Amount</Column><Column>OrderDate</Column><Column>Shipped</Column></Columns>',
				),
			],
		]);
	});

	it('sends Columns, WhereConditions, OrderByColumns and Limit in the documented order (citilinkru DataTablesGetDataPostRequestTest.php)', async () => {
		const run = await runExpertSender(state, {
			resource: 'dataTable',
			operation: 'getRows',
			table: byName('Orders'),
			returnAll: false,
			limit: 25,
			whereConditions: {
				condition: [
					{ column: 'Email', operator: 'Equals', value: 'patrick@mydomain.com' },
					{ column: 'Amount', operator: 'Greater', value: '12.53' },
					{ column: 'Product', operator: 'Like', value: 'Coffee%' },
				],
			},
			options: { columns: 'OrderId, Product', orderBy: { rule: [{ column: 'OrderId', direction: 'Descending' }] } },
		});
		expect(run.items).toEqual([{ json: { OrderId: '1002', Product: 'Coffee beans, 1 kg' }, pairedItem: { item: 0 } }]);
		// The element sequence of citilinkru/expert-sender-api tests/Request/DataTablesGetDataPostRequestTest.php.
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			[
				'POST',
				'/v2/Api/DataTablesGetData',
				expectedBody(
					'<TableName>Orders</TableName><Columns><Column>OrderId</Column><Column>Product</Column></Columns>' +
						'<WhereConditions><Where><ColumnName>Email</ColumnName><Operator>Equals</Operator><Value>patrick@mydomain.com</Value></Where>' +
						'<Where><ColumnName>Amount</ColumnName><Operator>Greater</Operator><Value>12.53</Value></Where>' +
						'<Where><ColumnName>Product</ColumnName><Operator>Like</Operator><Value>Coffee%</Value></Where></WhereConditions>' +
						'<OrderByColumns><OrderBy><ColumnName>OrderId</ColumnName><Direction>Descending</Direction></OrderBy></OrderByColumns><Limit>25</Limit>',
				),
			],
		]);
	});

	it('reads quoted CSV fields with commas, quotes and line breaks', async () => {
		accountTables(state.provider)[0].rows.push({ OrderId: '1003', Email: 'a@example.com', Product: 'Mug "Big", blue\r\nsecond line', Amount: null, OrderDate: null, Shipped: 'false' });
		const run = await runExpertSender(state, {
			resource: 'dataTable',
			operation: 'getRows',
			table: byName('Orders'),
			returnAll: true,
			whereConditions: { condition: [{ column: 'OrderId', operator: 'GreaterOrEqual', value: '1003' }] },
			options: { columns: 'Product,Amount' },
		});
		expect(run.items.map((item) => item.json)).toEqual([{ Product: 'Mug "Big", blue\r\nsecond line', Amount: '' }]);
	});

	it('refuses bad input before any request, naming the field and the item', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ table: byName('  ') }, 'Table: is empty [item 0]'],
			[{ limit: 0, returnAll: false }, 'Limit: 0 is not a number of rows [item 0]'],
			[{ whereConditions: { condition: [{ column: 'Email', operator: 'Equals', value: '' }] } }, 'Conditions › Condition 1 › Value: is empty [item 0]'],
			[{ options: { columns: 'Email, email' } }, 'Columns to Return: the column "email" is given twice [item 0]'],
			[{ options: { orderBy: { rule: [{ column: '', direction: 'Ascending' }] } } }, 'Sort › Rule 1 › Column: is empty [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const run = await runExpertSender(state, { resource: 'dataTable', operation: 'getRows', table: byName('Orders'), returnAll: true, ...parameters });
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message, and gives one item per input item under Continue On Fail", async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'dataTable', operation: 'getRows', table: byName('={{ $json.table }}'), returnAll: true, options: { columns: 'Code' } },
			{ items: [{ json: { table: 'Nope' } }, { json: { table: 'Coupons' } }], continueOnFail: true },
		);
		expect(run.items).toEqual([
			{
				json: { error: 'ExpertSender Get Data Table Rows failed: Data table Nope does not exist. (400) [item 0]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 0 },
			},
			{ json: { Code: 'WELCOME10' }, pairedItem: { item: 1 } },
		]);
	});
});
