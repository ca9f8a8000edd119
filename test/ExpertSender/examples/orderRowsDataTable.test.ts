import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { accountTables } from '../../../sandbox/providers/expertsender/dataTables';
import { runWorkflow } from '../../harness/engine';
import { at } from '../helpers';
import { columnsXml, expectedBody } from '../dataTable/helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

const FILE = path.resolve(__dirname, '../../../examples/expertsender-order-rows-data-table.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/** What the example's Set node gives: its assignments as one item, with their types. */
function orderItem(): IDataObject {
	const set = example.nodes.find((node) => node.type === 'n8n-nodes-base.set')!;
	const assignments = at<Array<{ name: string; value: string | number | boolean }>>(set.parameters, 'assignments.assignments');
	return Object.fromEntries(assignments.map((assignment) => [assignment.name, assignment.value]));
}

/**
 * The ExpertSender nodes of examples/expertsender-order-rows-data-table.json with their parameters as the file has
 * them, run through the engine against the emulator (the trigger and the Set node become the item the Set node
 * gives, under the Set node's name, which the Get Rows condition refers to).
 */
describe('ExpertSender: example "order rows in a data table"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it("adds the order as a row, then reads the customer's orders back, newest first", async () => {
		const nodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.expertSender');
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		const run = await runWorkflow({
			credentials: { expertSenderApi: credentials },
			nodes: [
				{ name: 'New order', type: 'test.items', parameters: { items: JSON.stringify([{ json: orderItem() }]) } },
				...nodes.map((node) => ({ ...node, credentials: { expertSenderApi: { id: '1', name: 'ExpertSender (sandbox)' } } })),
			],
		});
		expect(run.error?.message).toBeUndefined();
		const [add, read] = sandbox.requests('expertsender');
		expect([add.method, add.path, add.body]).toEqual([
			'POST',
			'/v2/Api/DataTablesAddRow',
			expectedBody(
				`<TableName>Orders</TableName><Data><Columns>${columnsXml([['OrderId', '5001'], ['Email', 'patrick@mydomain.com'], ['Product', 'Milk frother'], ['Amount', '39.9'], ['OrderDate', '2025-06-01 10:15:00'], ['Shipped', 'false']])}</Columns></Data>`,
			),
		]);
		expect(run.output('Store the order').map((item) => item.json)).toEqual([
			{ added: true, tableName: 'Orders', columns: { OrderId: '5001', Email: 'patrick@mydomain.com', Product: 'Milk frother', Amount: '39.9', OrderDate: '2025-06-01 10:15:00', Shipped: 'false' } },
		]);
		expect([read.method, read.path, read.query]).toEqual(['POST', '/v2/Api/DataTablesGetData', {}]);
		expect(read.body).toContain('<WhereConditions><Where><ColumnName>Email</ColumnName><Operator>Equals</Operator><Value>patrick@mydomain.com</Value></Where></WhereConditions>');
		expect(run.output('Orders of this customer').map((item) => item.json)).toEqual([
			{ OrderId: '5001', Product: 'Milk frother', Amount: '39.9', OrderDate: '6/1/2025 10:15:00 AM' },
			{ OrderId: '1002', Product: 'Coffee beans, 1 kg', Amount: '18.5', OrderDate: '3/4/2025 5:05:00 PM' },
			{ OrderId: '1001', Product: 'Espresso machine', Amount: '249.90', OrderDate: '3/1/2025 9:30:00 AM' },
		]);
		expect(accountTables(provider)[0].rows).toHaveLength(3);
	});
});
