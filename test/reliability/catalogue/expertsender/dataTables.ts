import type { Sandbox } from '../../../../sandbox/framework';
import type { ExpertSenderProvider } from '../../../../sandbox/providers/expertsender';
import { accountTables } from '../../../../sandbox/providers/expertsender/dataTables';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const base = { node: 'expertSender', credentialType: 'expertSenderApi', provider: 'expertsender', providerName: 'ExpertSender', xml: true };

const table = (value: string) => ({ __rl: true, mode: 'name', value });

const orders = (sandbox: Sandbox) => accountTables(sandbox.provider<ExpertSenderProvider>('expertsender'))[0].rows;

/** One key per processed request to `resource` that ExpertSender answered with a success: the key is the body's row. */
const applied = (resource: string, key: RegExp) => (sandbox: Sandbox) =>
	sandbox
		.requests('expertsender')
		.filter((entry) => entry.processed && entry.path === `/v2/Api/${resource}` && typeof entry.status === 'number' && entry.status < 300)
		.flatMap((entry) => [...entry.body.matchAll(key)].map((match) => `${resource}:${match[1]}`));

const ORDER_ID = /<Name>OrderId<\/Name><Value>(\d+)<\/Value>/g;

const reads: OperationSpec[] = [
	{
		...base,
		label: 'ExpertSender Get Many Data Tables',
		parameters: { resource: 'dataTable', operation: 'getAll', returnAll: true },
		items: [{ json: { n: 1 } }, { json: { n: 2 } }],
		oneToOne: false,
	},
	{
		...base,
		label: 'ExpertSender Get Data Table',
		parameters: { resource: 'dataTable', operation: 'get', table: table('={{ $json.table }}') },
		items: [{ json: { table: 'Orders' } }, { json: { table: 'Coupons' } }],
	},
	{
		...base,
		label: 'ExpertSender Get Data Table Rows',
		parameters: {
			resource: 'dataTable',
			operation: 'getRows',
			table: table('Orders'),
			returnAll: true,
			whereConditions: { condition: [{ column: 'OrderId', operator: 'Equals', value: '={{ $json.id }}' }] },
		},
		items: [{ json: { id: '1001' } }, { json: { id: '1002' } }],
		// The table's columns are looked up first; the faults hit the read of the rows.
		faultOn: { path: '/v2/Api/DataTablesGetData' },
		oneToOne: false,
	},
	{
		...base,
		label: 'ExpertSender Count Data Table Rows',
		parameters: { resource: 'dataTable', operation: 'getRowCount', table: table('={{ $json.table }}') },
		items: [{ json: { table: 'Orders' } }, { json: { table: 'Coupons' } }],
	},
];

const addRow: OperationSpec = {
	...base,
	label: 'ExpertSender Add Data Table Row',
	parameters: { resource: 'dataTable', operation: 'addRow', table: table('Orders'), dataMode: 'autoMapInputData', columnsToIgnore: '' },
	items: [1, 2].map((n) => ({ json: { OrderId: 3000 + n, Email: `buyer${n}@example.com`, Product: `Product ${n}` } })),
	deliveries: (sandbox) => [
		...applied('DataTablesAddRow', ORDER_ID)(sandbox),
		...applied('DataTablesAddMultipleRows', ORDER_ID)(sandbox).map((key) => key.replace('DataTablesAddMultipleRows', 'DataTablesAddRow')),
	],
	hostile: { fields: ['item.Product'], received: (sandbox) => orders(sandbox).filter((row) => Number(row.OrderId) > 3000).map((row) => row.Product ?? '') },
};

const updateRow: OperationSpec = {
	...base,
	label: 'ExpertSender Update Data Table Row',
	parameters: {
		resource: 'dataTable',
		operation: 'updateRow',
		table: table('Orders'),
		primaryKey: { column: [{ name: 'OrderId', value: '={{ $json.id }}' }] },
		dataMode: 'defineBelow',
		columns: { column: [{ name: 'Product', value: '={{ $json.product }}' }] },
	},
	items: [
		{ json: { id: '1001', product: 'Grinder' } },
		{ json: { id: '1002', product: 'Kettle' } },
	],
	deliveries: applied('DataTablesUpdateRow', ORDER_ID),
	hostile: { fields: ['item.product'], received: (sandbox) => [orders(sandbox)[0].Product ?? ''] },
};

const deletes: OperationSpec[] = [
	{
		...base,
		label: 'ExpertSender Delete Data Table Row',
		parameters: { resource: 'dataTable', operation: 'deleteRow', table: table('Orders'), primaryKey: { column: [{ name: 'OrderId', value: '={{ $json.id }}' }] } },
		items: [{ json: { id: '1001' } }, { json: { id: '1002' } }],
		deliveries: applied('DataTablesDeleteRow', ORDER_ID),
	},
	{
		...base,
		label: 'ExpertSender Delete Data Table Rows',
		parameters: {
			resource: 'dataTable',
			operation: 'deleteRows',
			table: table('Orders'),
			filters: { condition: [{ column: 'OrderId', operator: 'EQ', value: '={{ $json.id }}' }] },
		},
		items: [{ json: { id: '1001' } }, { json: { id: '1002' } }],
		deliveries: applied('DataTablesDeleteRows', /<Name>OrderId<\/Name><Operator>EQ<\/Operator><Value>(\d+)<\/Value>/g),
	},
	{
		...base,
		label: 'ExpertSender Clear Data Table',
		parameters: { resource: 'dataTable', operation: 'clearTable', table: table('={{ $json.table }}') },
		items: [{ json: { table: 'Orders' } }, { json: { table: 'Coupons' } }],
		deliveries: applied('DataTablesClearTable', /<TableName>([^<]+)<\/TableName>/g),
	},
];

export const operations: OperationSpec[] = [...reads, addRow, updateRow, ...deletes];

const TABLE_NAMES = ['', '  ', 'two\nlines', 'tab\there', 'x'.repeat(129)];
const tableInvalid = (operation: string, extra: InvalidInput[] = []) => ({
	operation,
	inputs: [{ path: 'item.table', values: TABLE_NAMES, field: 'Table', with: { table: table('={{ $json.table }}') } }, ...extra],
});

export const invalid: ProviderCatalogue['invalid'] = [
	tableInvalid('ExpertSender Get Data Table'),
	tableInvalid('ExpertSender Count Data Table Rows'),
	tableInvalid('ExpertSender Clear Data Table'),
	{
		operation: 'ExpertSender Get Data Table Rows',
		inputs: [
			{ path: 'item.id', values: ['', '   '], field: 'Conditions › Condition 1 › Value' },
			{ path: 'whereConditions.condition[0].column', values: ['', 'a\nb'], field: 'Conditions › Condition 1 › Column' },
			{ path: 'options.columns', values: ['Email, email', 'x\u0001y'], field: 'Columns to Return' },
		],
	},
	{
		operation: 'ExpertSender Add Data Table Row',
		inputs: [
			{ path: 'item.Product', values: [{ nested: true }, ['a', 'b'], 'half \uD83D of an emoji'], field: 'Input Item › Field 3 › Value' },
			{ path: 'columnsToIgnore', values: ['OrderId, Email, Product'], field: 'Columns' },
		],
	},
	{
		operation: 'ExpertSender Update Data Table Row',
		inputs: [
			{ path: 'item.id', values: ['', '  '], field: 'Primary Key › Column 1 › Value' },
			{ path: 'primaryKey.column[0].name', values: ['', 'bad\nname'], field: 'Primary Key › Column 1 › Name' },
			{ path: 'columns.column[1]', values: [{ name: 'product', value: 'again' }], field: 'Columns › Column 2 › Name' },
		],
	},
	{
		operation: 'ExpertSender Delete Data Table Row',
		inputs: [{ path: 'item.id', values: ['', ' '], field: 'Primary Key › Column 1 › Value' }],
	},
	{
		operation: 'ExpertSender Delete Data Table Rows',
		inputs: [
			{ path: 'item.id', values: ['', ' '], field: 'Conditions › Condition 1 › Value' },
			{ path: 'filters.condition[0].column', values: ['', 'a\u0000b'], field: 'Conditions › Condition 1 › Column' },
		],
	},
];
