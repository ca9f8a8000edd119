import type { IDataObject } from 'n8n-workflow';

import { accountTables } from '../../../sandbox/providers/expertsender/dataTables';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';
import { byName, columnsXml, expectedBody, wire } from './helpers';

const mapped = { resource: 'dataTable', operation: 'addRow', table: byName('Orders'), dataMode: 'autoMapInputData', columnsToIgnore: 'note' };
const order = (id: number, extra: Record<string, unknown> = {}) => ({ json: { OrderId: id, Email: `buyer${id}@example.com`, Amount: 9.5, Shipped: false, note: 'x', ...extra } });

describe('ExpertSender › Data Table › Add Row', () => {
	const state = useExpertSenderSandbox();
	const orders = () => accountTables(state.provider)[0].rows;

	it('adds a single item with DataTablesAddRow (Define Below, an empty value sent as xsi:nil)', async () => {
		const run = await runExpertSender(state, {
			resource: 'dataTable',
			operation: 'addRow',
			table: byName('Orders'),
			dataMode: 'defineBelow',
			columns: { column: [{ name: 'OrderId', value: '2001' }, { name: 'Email', value: 'nathan@example.com' }, { name: 'Product', value: '' }, { name: 'OrderDate', value: '2025-05-31 14:30:00' }] },
		});
		expect(run.items).toEqual([
			{
				json: { added: true, tableName: 'Orders', columns: { OrderId: '2001', Email: 'nathan@example.com', Product: null, OrderDate: '2025-05-31 14:30:00' } },
				pairedItem: { item: 0 },
			},
		]);
		// The shape of the "Add row" page's example: TableName, then Data/Columns/Column{Name, Value}.
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			[
				'POST',
				'/v2/Api/DataTablesAddRow',
				expectedBody(
					`<TableName>Orders</TableName><Data><Columns>${columnsXml([['OrderId', '2001'], ['Email', 'nathan@example.com'], ['Product', null], ['OrderDate', '2025-05-31 14:30:00']])}</Columns></Data>`,
				),
			],
		]);
		expect(orders()).toHaveLength(3);
	});

	it('sends all items in one DataTablesAddMultipleRows request (citilinkru DataTablesAddMultipleRowsPostRequestTest.php shape)', async () => {
		const run = await runExpertSender(state, mapped, { items: [order(2001), order(2002, { Product: 'Filter papers' })] });
		expect(run.items.map((item) => item.json)).toEqual([
			{ added: true, tableName: 'Orders', columns: { OrderId: '2001', Email: 'buyer2001@example.com', Amount: '9.5', Shipped: 'false' } },
			{ added: true, tableName: 'Orders', columns: { OrderId: '2002', Email: 'buyer2002@example.com', Amount: '9.5', Shipped: 'false', Product: 'Filter papers' } },
		]);
		const row = (id: number, product?: string) =>
			`<Row><Columns>${columnsXml([['OrderId', String(id)], ['Email', `buyer${id}@example.com`], ['Amount', '9.5'], ['Shipped', 'false'], ...(product ? [['Product', product] as [string, string]] : [])])}</Columns></Row>`;
		expect(wire(state.sandbox.requests('expertsender'))).toEqual([
			['POST', '/v2/Api/DataTablesAddMultipleRows', expectedBody(`<TableName>Orders</TableName><Data>${row(2001)}${row(2002, 'Filter papers')}</Data>`)],
		]);
		expect(orders().map((entry) => entry.OrderId)).toEqual(['1001', '1002', '2001', '2002']);
	});

	it('with Request Options › Batching set to One Request per Item, sends each row with its own DataTablesAddRow', async () => {
		const run = await runExpertSender(state, { ...mapped, requestOptions: { batching: 'off', requestsInParallel: 1 } }, { items: [order(2001), order(2002)] });
		expect(run.items.map((item) => [item.json.added, item.pairedItem])).toEqual([
			[true, { item: 0 }],
			[true, { item: 1 }],
		]);
		expect(wire(state.sandbox.requests('expertsender')).map(([method, path]) => `${method} ${path}`)).toEqual([
			'POST /v2/Api/DataTablesAddRow',
			'POST /v2/Api/DataTablesAddRow',
		]);
		expect(orders().map((entry) => entry.OrderId)).toEqual(['1001', '1002', '2001', '2002']);
	});

	it('gives a row ExpertSender rejects its own error and sends the other rows again without it', async () => {
		const run = await runExpertSender(state, mapped, { items: [order(2001), order(1001), order(2003)], continueOnFail: true });
		expect(run.items[0]).toEqual({ json: expect.objectContaining({ added: true }), pairedItem: { item: 0 } });
		expect(run.items[1]).toEqual({
			json: expect.objectContaining({ error: 'ExpertSender Add Data Table Row failed: Row with specified criteria already exists. [item 1]' }),
			pairedItem: { item: 1 },
		});
		expect(run.items[2]).toEqual({ json: expect.objectContaining({ added: true }), pairedItem: { item: 2 } });
		const requests = state.sandbox.requests('expertsender');
		expect(requests.map((entry) => entry.status)).toEqual([400, 201]);
		expect(requests[1].body).not.toContain('<Value>1001</Value>');
		expect(orders().map((entry) => entry.OrderId)).toEqual(['1001', '1002', '2001', '2003']);
	});

	it('stops the node on a rejected row without Continue On Fail, naming the item', async () => {
		const run = await runExpertSender(state, mapped, { items: [order(2001), order(1002)] });
		expect(run.error?.message).toBe('ExpertSender Add Data Table Row failed: Row with specified criteria already exists. [item 1]');
		expect(run.error?.description).toContain('Completed, so do not send again: item 0.');
	});

	it('refuses bad input before any request', async () => {
		const cases: Array<[IDataObject, IDataObject, string]> = [
			[{ dataMode: 'defineBelow', columns: {} }, {}, 'Columns: has no column [item 0]'],
			[{ dataMode: 'defineBelow', columns: { column: [{ name: 'Email', value: 'a' }, { name: 'email', value: 'b' }] } }, {}, 'Columns › Column 2 › Name: the column "email" is given twice [item 0]'],
			[{ dataMode: 'defineBelow', columns: { column: [{ name: '', value: 'a' }] } }, {}, 'Columns › Column 1 › Name: is empty [item 0]'],
			[{}, { OrderId: { nested: 1 } }, 'Input Item › Field 1 › Value: is an object or a list, not a value [item 0]'],
			[{}, { note: 'only ignored' }, 'Columns: the input item has no field to map [item 0]'],
		];
		for (const [parameters, json, message] of cases) {
			const run = await runExpertSender(state, { ...mapped, ...parameters }, { items: [{ json }] });
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's message for an unknown column: on its item alone, or on every item of the request it spoiled", async () => {
		const single = await runExpertSender(state, mapped, { items: [order(2001, { Colour: 'red' })], continueOnFail: true });
		expect(single.items).toEqual([
			{
				json: { error: 'ExpertSender Add Data Table Row failed: Column Colour does not exist in table Orders. (400) [item 0]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 0 },
			},
		]);
		const batch = await runExpertSender(state, mapped, { items: [order(2001, { Colour: 'red' }), order(2002)], continueOnFail: true });
		expect(batch.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['ExpertSender Add Data Table Row failed: Column Colour does not exist in table Orders. (400) [item 0]', { item: 0 }],
			['ExpertSender Add Data Table Row failed: Column Colour does not exist in table Orders. (400) [item 1]', { item: 1 }],
		]);
		expect(orders()).toHaveLength(2);
	});
});
