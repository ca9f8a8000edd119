import { parseXml } from '../../nodes/shared/codec';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { accountTables, ALREADY_EXISTS, MISSING_REQUIRED, NO_SUCH_ROW } from '../../sandbox/providers/expertsender/dataTables';
import { at } from '../ExpertSender/helpers';
import { apiRequest, useExpertSenderModule } from './expertsenderModule';

const request = apiRequest;
const column = (name: string, value: string) => `<Column><Name>${name}</Name><Value>${value}</Value></Column>`;
const order = (id: string, email = 'a@example.com') => `<Row><Columns>${column('OrderId', id)}${column('Email', email)}</Columns></Row>`;

describe('ExpertSender sandbox: data tables (help.expertsender.com/emp/api/methods/data-tables/…)', () => {
	const es = useExpertSenderModule();
	const { provider } = es;

	async function post(path: string, body: string) {
		const response = await fetch(`${es.base}/${path}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body });
		return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
	}
	const messageOf = (text: string) => at(parseXml(text), 'ApiResponse.ErrorMessage.Message');

	it('answers Get data as CSV, with the header row only when Columns is given (the "Get data" page)', async () => {
		const named = await post('DataTablesGetData', request('<TableName>Orders</TableName><Columns><Column>OrderId</Column><Column>OrderDate</Column></Columns><Limit>1</Limit>'));
		expect([named.status, named.type, named.text]).toEqual([200, 'text/csv; charset=utf-8', 'OrderId,OrderDate\r\n1001,3/1/2025 9:30:00 AM\r\n']);
		const unnamed = await post('DataTablesGetData', request('<TableName>Coupons</TableName>'));
		expect(unnamed.text).toBe('WELCOME10,10,2026-12-31\r\n');
	});

	it('adds multiple rows all or none, with a Message per bad row (the "Add multiple rows" example)', async () => {
		const body = request(`<TableName>Orders</TableName><Data>${order('1001')}<Row><Columns>${column('OrderId', '3000')}</Columns></Row>${order('3001')}</Data>`);
		const response = await post('DataTablesAddMultipleRows', body);
		expect(response.status).toBe(400);
		expect(at(parseXml(response.text), 'ApiResponse.ErrorMessage.Messages.Message')).toEqual([
			{ '@for': 'Row 1', '#text': ALREADY_EXISTS },
			{ '@for': 'Row 2', '#text': MISSING_REQUIRED },
		]);
		expect(accountTables(provider)[0].rows).toHaveLength(2);
		const ok = await post('DataTablesAddMultipleRows', request(`<TableName>Orders</TableName><Data>${order('3001')}${order('3002')}</Data>`));
		expect([ok.status, ok.text]).toEqual([201, '']);
		expect(accountTables(provider)[0].rows.map((row) => [row.OrderId, row.Shipped])).toEqual([
			['1001', 'true'],
			['1002', 'false'],
			['3001', 'false'],
			['3002', 'false'],
		]);
	});

	it.each([
		['an unknown table', 'DataTablesAddRow', `<TableName>Nope</TableName><Data><Columns>${column('A', '1')}</Columns></Data>`, 'Data table Nope does not exist.'],
		['an unknown column', 'DataTablesAddRow', `<TableName>Orders</TableName><Data><Columns>${column('Colour', 'red')}</Columns></Data>`, 'Column Colour does not exist in table Orders.'],
		['a number that is not one', 'DataTablesAddRow', `<TableName>Orders</TableName><Data><Columns>${column('OrderId', '12a')}${column('Email', 'x')}</Columns></Data>`, 'Value 12a is not valid for column OrderId of type Number.'],
		['a text over its length', 'DataTablesAddRow', `<TableName>Coupons</TableName><Data><Columns>${column('Code', 'x'.repeat(33))}${column('Discount', '5')}</Columns></Data>`, 'Value for column Code is longer than 32 characters.'],
		['TableName after Data', 'DataTablesAddRow', `<Data><Columns>${column('OrderId', '1')}</Columns></Data><TableName>Orders</TableName>`, 'Element TableName is out of order in ApiRequest; expected order: ApiKey, TableName, Data, MultiData.'],
		['Value before Name', 'DataTablesAddRow', '<TableName>Orders</TableName><Data><Columns><Column><Value>1</Value><Name>OrderId</Name></Column></Columns></Data>', 'Element Name is out of order in Columns Column; expected order: Name, Value.'],
		['an unknown element', 'DataTablesClearTable', '<TableName>Orders</TableName><Force>true</Force>', 'Unexpected element Force in ApiRequest.'],
		['a missing row on update', 'DataTablesUpdateRow', `<TableName>Orders</TableName><PrimaryKeyColumns>${column('OrderId', '9')}</PrimaryKeyColumns><Columns>${column('Amount', '1')}</Columns>`, NO_SUCH_ROW],
		['a key that is not the primary key', 'DataTablesDeleteRow', `<TableName>Orders</TableName><PrimaryKeyColumns>${column('Email', 'patrick@mydomain.com')}</PrimaryKeyColumns>`, 'PrimaryKeyColumns must name the primary key of table Orders: OrderId.'],
		['an update to a taken key', 'DataTablesUpdateRow', `<TableName>Orders</TableName><PrimaryKeyColumns>${column('OrderId', '1002')}</PrimaryKeyColumns><Columns>${column('OrderId', '1001')}</Columns>`, ALREADY_EXISTS],
		['a Where operator of Delete rows', 'DataTablesGetDataCount', '<TableName>Orders</TableName><WhereConditions><Where><ColumnName>Amount</ColumnName><Operator>EQ</Operator><Value>1</Value></Where></WhereConditions>', 'Operator EQ is not valid.'],
		['a Filter operator of Get data', 'DataTablesDeleteRows', '<TableName>Orders</TableName><Filters><Filter><Column><Name>Amount</Name><Operator>Equals</Operator><Value>1</Value></Column></Filter></Filters>', 'Operator Equals is not valid.'],
	])('refuses %s with 400 and its message', async (_name, path, children, message) => {
		const response = await post(path, request(children));
		expect(response.status).toBe(400);
		expect(messageOf(response.text)).toBe(message);
	});

	it('updates (204), deletes one row (204), deletes by filters (200 Count) and clears (204)', async () => {
		const update = await post('DataTablesUpdateRow', request(`<TableName>Orders</TableName><PrimaryKeyColumns>${column('OrderId', '1002')}</PrimaryKeyColumns><Columns>${column('Shipped', 'True')}</Columns>`));
		expect(update.status).toBe(204);
		expect(accountTables(provider)[0].rows[1].Shipped).toBe('true');
		const count = await post('DataTablesDeleteRows', request('<TableName>Orders</TableName><Filters><Filter><Column><Name>Amount</Name><Operator>GT</Operator><Value>100</Value></Column></Filter></Filters>'));
		expect([count.status, at(parseXml(count.text), 'ApiResponse.Count')]).toEqual([200, '1']);
		const one = await post('DataTablesDeleteRow', request(`<TableName>Orders</TableName><PrimaryKeyColumns>${column('OrderId', '1002')}</PrimaryKeyColumns>`));
		expect(one.status).toBe(204);
		expect(accountTables(provider)[0].rows).toEqual([]);
		const clear = await post('DataTablesClearTable', request('<TableName>Coupons</TableName>'));
		expect(clear.status).toBe(204);
		expect(accountTables(provider)[1].rows).toEqual([]);
	});

	it('lists tables as TableList and gives one table as Details with its columns (the "Get list of tables" page)', async () => {
		const list = await fetch(`${es.base}/DataTablesGetTables?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}`);
		expect(at(parseXml(await list.text()), 'ApiResponse.TableList.Tables.Table.1.Name')).toBe('Coupons');
		const details = await fetch(`${es.base}/DataTablesGetTables?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}&name=Orders`);
		expect(at(parseXml(await details.text()), 'ApiResponse.Details.Columns.TableColumn.0')).toEqual({ Name: 'OrderId', ColumnType: 'Number', Length: '0', IsPrimaryKey: 'true', IsRequired: 'true' });
		const unknown = await fetch(`${es.base}/DataTablesGetTables?apiKey=${encodeURIComponent(EXPERTSENDER_API_KEY)}&name=Nope`);
		expect([unknown.status, messageOf(await unknown.text())]).toEqual([400, 'Data table Nope does not exist.']);
	});
});
