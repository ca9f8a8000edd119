/**
 * The data table methods, from ExpertSender's API pages under help.expertsender.com/emp/api/methods/data-tables/:
 * "Get list of tables" (`GET DataTablesGetTables[?name=]`: `<TableList><Tables><Table>` or `<Details>` with
 * `<Columns><TableColumn>`), "Get data" (`POST DataTablesGetData`: TableName, Columns, WhereConditions,
 * OrderByColumns, Limit; CSV with a header row only when Columns is given), "Get data count", "Add row" (Data or the
 * deprecated MultiData, 201), "Add multiple rows" (`<Data><Row><Columns>`, 201; 400 with `<Message for="Row N">`),
 * "Update row" (PrimaryKeyColumns, Columns, 204), "Delete row", "Delete rows" (`<Filters><Filter><Column>` with
 * EQ/GT/LT/GE/LE, 200 `<Count>`) and "Clear table" (204). Values are text; the types a column takes are those the
 * "Delete rows" page lists (text, number, double, date YYYY-MM-DD, datetime, boolean true/false/1/0).
 * Texts the pages give: "Row with specified criteria already exists.", "Request does not contain required columns.",
 * "Row with specified criteria doesn't exists". Texts they do not give (unknown table or column, bad value) are [INF].
 */
import { asXmlElement, asXmlList, buildXml, type XmlElement, type XmlParsed, type XmlParsedElement } from '../../../nodes/shared/codec';
import { emptyResponse, xmlResponse, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { XS, XSI } from './fixtures';
import type { Route } from './routes';
import { assertOrder, childNames, Rejection, rowErrorsResponse, text } from './xml';

export type EsColumnType = 'Text' | 'Number' | 'Double' | 'Date' | 'Datetime' | 'Boolean';

export interface EsTableColumn {
	name: string;
	type: EsColumnType;
	length?: number;
	primaryKey?: boolean;
	required?: boolean;
	defaultValue?: string;
}

/** A stored row: column name → value as ExpertSender keeps it (null for no value). */
export type EsRow = Record<string, string | null>;

export interface EsDataTable {
	id: number;
	name: string;
	description: string;
	columns: EsTableColumn[];
	rows: EsRow[];
}

export const ALREADY_EXISTS = 'Row with specified criteria already exists.';
export const MISSING_REQUIRED = 'Request does not contain required columns.';
export const NO_SUCH_ROW = "Row with specified criteria doesn't exists";

function seededTables(): EsDataTable[] {
	return [
		{
			id: 1,
			name: 'Orders',
			description: 'Web shop orders',
			columns: [
				{ name: 'OrderId', type: 'Number', primaryKey: true, required: true },
				{ name: 'Email', type: 'Text', length: 255, required: true },
				{ name: 'Product', type: 'Text', length: 255 },
				{ name: 'Amount', type: 'Double' },
				{ name: 'OrderDate', type: 'Datetime' },
				{ name: 'Shipped', type: 'Boolean', defaultValue: 'false' },
			],
			rows: [
				{ OrderId: '1001', Email: 'patrick@mydomain.com', Product: 'Espresso machine', Amount: '249.90', OrderDate: '2025-03-01 09:30:00', Shipped: 'true' },
				{ OrderId: '1002', Email: 'patrick@mydomain.com', Product: 'Coffee beans, 1 kg', Amount: '18.5', OrderDate: '2025-03-04 17:05:00', Shipped: 'false' },
			],
		},
		{
			id: 2,
			name: 'Coupons',
			description: 'Single-use coupon codes',
			columns: [
				{ name: 'Code', type: 'Text', length: 32, primaryKey: true, required: true },
				{ name: 'Discount', type: 'Number', required: true },
				{ name: 'ValidUntil', type: 'Date' },
			],
			rows: [{ Code: 'WELCOME10', Discount: '10', ValidUntil: '2026-12-31' }],
		},
	];
}

/** The account's data tables: the seeded ones after a reset, with any rows added since. */
export function accountTables(account: EsAccount): EsDataTable[] {
	return account.state('dataTables', seededTables);
}

function tableNamed(account: EsAccount, root: XmlParsedElement): EsDataTable {
	const name = text(root.TableName);
	if (name === undefined || name.trim() === '') throw new Rejection(400, 'TableName is required.');
	const table = accountTables(account).find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
	if (!table) throw new Rejection(400, `Data table ${name} does not exist.`);
	return table;
}

function columnNamed(table: EsDataTable, name: string | undefined): EsTableColumn {
	const column = table.columns.find((candidate) => candidate.name.toLowerCase() === (name ?? '').toLowerCase());
	if (!column) throw new Rejection(400, `Column ${name ?? '(none)'} does not exist in table ${table.name}.`);
	return column;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The pages show both "2015-11-26 12:00:00" and "2013-01-01 01:00:00 PM".
const DATETIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?( [AP]M)?$/i;
const VALUE_CHECKS: Record<EsColumnType, (value: string) => boolean> = {
	Text: () => true,
	Number: (value) => /^-?\d{1,18}$/.test(value),
	Double: (value) => /^-?(\d+\.?\d*|\.\d+)$/.test(value),
	Date: (value) => DATE.test(value),
	Datetime: (value) => DATETIME.test(value) || DATE.test(value),
	Boolean: (value) => /^(true|false|1|0)$/i.test(value),
};

/** A value as the column keeps it, or a Rejection for a value of the wrong type or length. */
function storedValue(column: EsTableColumn, value: string | null): string | null {
	if (value === null) return null;
	const trimmed = column.type === 'Text' ? value : value.trim();
	if (!VALUE_CHECKS[column.type](trimmed)) throw new Rejection(400, `Value ${value} is not valid for column ${column.name} of type ${column.type}.`);
	if (column.length !== undefined && trimmed.length > column.length) {
		throw new Rejection(400, `Value for column ${column.name} is longer than ${column.length} characters.`);
	}
	if (column.type === 'Boolean') return /^(true|1)$/i.test(trimmed) ? 'true' : 'false';
	return trimmed;
}

/** `<Column><Name/><Value/></Column>…` of a Columns or PrimaryKeyColumns element, each known column once. */
function readColumns(table: EsDataTable, element: XmlParsed | undefined, where: string): EsRow {
	const columns = asXmlElement(element);
	assertListOf(columns, 'Column', where);
	const row: EsRow = {};
	for (const entry of asXmlList(columns.Column)) {
		const pair = asXmlElement(entry);
		assertOrder(pair, ['Name', 'Value'], `${where} Column`);
		if (!('Value' in pair)) throw new Rejection(400, `Value is required in ${where} Column.`);
		const column = columnNamed(table, text(pair.Name));
		if (column.name in row) throw new Rejection(400, `Column ${column.name} is given more than once in ${where}.`);
		row[column.name] = storedValue(column, pair.Value === null ? null : (text(pair.Value) ?? ''));
	}
	if (Object.keys(row).length === 0) throw new Rejection(400, `${where} must contain at least one Column.`);
	return row;
}

/** A list container (`<Columns>`, `<WhereConditions>` …): nothing but repeated `name` children. */
function assertListOf(element: XmlParsedElement, name: string, where: string): void {
	const unknown = childNames(element).find((child) => child !== name);
	if (unknown !== undefined) throw new Rejection(400, `Unexpected element ${unknown} in ${where}.`);
}

function primaryKeyOf(table: EsDataTable): EsTableColumn[] {
	return table.columns.filter((column) => column.primaryKey);
}

function sameKey(table: EsDataTable, a: EsRow, b: EsRow): boolean {
	return primaryKeyOf(table).every((column) => (a[column.name] ?? '').toLowerCase() === (b[column.name] ?? '').toLowerCase());
}

/** The row's problem if it were added to the table now, or undefined. */
function rowProblem(table: EsDataTable, row: EsRow, others: EsRow[]): string | undefined {
	if (table.columns.some((column) => column.required && (row[column.name] ?? null) === null)) return MISSING_REQUIRED;
	if ([...table.rows, ...others].some((existing) => sameKey(table, existing, row))) return ALREADY_EXISTS;
	return undefined;
}

function withDefaults(table: EsDataTable, row: EsRow): EsRow {
	return Object.fromEntries(table.columns.map((column) => [column.name, row[column.name] ?? column.defaultValue ?? null]));
}

/** Adds the rows, all or none: a request with a bad row answers 400 with a `<Message for="Row N">` per bad row. */
function addRows(table: EsDataTable, rows: EsRow[]): SandboxResponse {
	const accepted: EsRow[] = [];
	const problems: Array<{ row: number; message: string }> = [];
	rows.forEach((row, position) => {
		const problem = rowProblem(table, row, accepted);
		if (problem) problems.push({ row: position + 1, message: problem });
		else accepted.push(row);
	});
	if (problems.length > 0) return rowErrorsResponse(problems);
	table.rows.push(...accepted.map((row) => withDefaults(table, row)));
	return emptyResponse(201);
}

/** `POST DataTablesAddRow`: one row in Data, or several in the deprecated MultiData. */
function addRow(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'Data', 'MultiData'], 'ApiRequest');
	const table = tableNamed(account, root);
	if (('Data' in root) === ('MultiData' in root)) throw new Rejection(400, 'Either Data or MultiData is required.');
	const entries = 'Data' in root ? [root.Data] : asXmlList(asXmlElement(root.MultiData).Row);
	const rows = entries.map((entry) => {
		const data = asXmlElement(entry);
		assertOrder(data, ['Columns'], 'Data');
		return readColumns(table, data.Columns, 'Columns');
	});
	if ('Data' in root) {
		const problem = rowProblem(table, rows[0], []);
		if (problem) throw new Rejection(400, problem);
	}
	return addRows(table, rows);
}

/** `POST DataTablesAddMultipleRows`: `<Data><Row><Columns>…`. */
function addMultipleRows(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'Data'], 'ApiRequest');
	const table = tableNamed(account, root);
	const data = asXmlElement(root.Data);
	if (!('Data' in root) || childNames(data).some((name) => name !== 'Row') || data.Row === undefined) {
		throw new Rejection(400, 'Data must contain Row elements.');
	}
	const rows = asXmlList(data.Row).map((entry) => {
		const row = asXmlElement(entry);
		assertOrder(row, ['Columns'], 'Row');
		return readColumns(table, row.Columns, 'Columns');
	});
	return addRows(table, rows);
}

/** The row the PrimaryKeyColumns name: exactly the table's primary key columns. */
function rowByKey(table: EsDataTable, element: XmlParsed | undefined): EsRow {
	if (element === undefined) throw new Rejection(400, 'PrimaryKeyColumns is required.');
	const key = readColumns(table, element, 'PrimaryKeyColumns');
	const keyColumns = primaryKeyOf(table);
	if (Object.keys(key).length !== keyColumns.length || keyColumns.some((column) => !(column.name in key))) {
		throw new Rejection(400, `PrimaryKeyColumns must name the primary key of table ${table.name}: ${keyColumns.map((column) => column.name).join(', ')}.`);
	}
	const row = table.rows.find((candidate) => sameKey(table, candidate, key));
	if (!row) throw new Rejection(400, NO_SUCH_ROW);
	return row;
}

function updateRow(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'PrimaryKeyColumns', 'Columns'], 'ApiRequest');
	const table = tableNamed(account, root);
	const row = rowByKey(table, root.PrimaryKeyColumns);
	if (!('Columns' in root)) throw new Rejection(400, 'Columns is required.');
	const changes = readColumns(table, root.Columns, 'Columns');
	const changed = { ...row, ...changes };
	if (table.columns.some((column) => column.required && changed[column.name] === null)) throw new Rejection(400, MISSING_REQUIRED);
	if (table.rows.some((other) => other !== row && sameKey(table, other, changed))) throw new Rejection(400, ALREADY_EXISTS);
	Object.assign(row, changes);
	return emptyResponse(204);
}

function deleteRow(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'PrimaryKeyColumns'], 'ApiRequest');
	const table = tableNamed(account, root);
	const row = rowByKey(table, root.PrimaryKeyColumns);
	table.rows.splice(table.rows.indexOf(row), 1);
	return emptyResponse(204);
}

type Comparison = (row: EsRow) => boolean;

/** How a stored value compares with a condition's value, by the column's type. */
function compare(column: EsTableColumn, stored: string | null, value: string): number | undefined {
	if (stored === null) return undefined;
	if (column.type === 'Number' || column.type === 'Double') return Number(stored) - Number(value);
	if (column.type === 'Boolean') return Number(/^(true|1)$/i.test(stored)) - Number(/^(true|1)$/i.test(value));
	return stored.localeCompare(value, 'en', { sensitivity: 'accent' });
}

const OPERATORS: Record<string, (order: number) => boolean> = {
	Equals: (order) => order === 0,
	NotEqual: (order) => order !== 0,
	Greater: (order) => order > 0,
	GreaterOrEqual: (order) => order >= 0,
	Lower: (order) => order < 0,
	LowerOrEqual: (order) => order <= 0,
	EQ: (order) => order === 0,
	GT: (order) => order > 0,
	LT: (order) => order < 0,
	GE: (order) => order >= 0,
	LE: (order) => order <= 0,
};

function likeTest(column: EsTableColumn, value: string): Comparison {
	if (column.type !== 'Text') throw new Rejection(400, `Operator Like is only for text columns; ${column.name} is ${column.type}.`);
	const pattern = new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 'is');
	return (row) => row[column.name] !== null && pattern.test(row[column.name] ?? '');
}

/** One condition as a test of a row; `operators` are the names the method takes. */
function condition(table: EsDataTable, name: string | undefined, operator: string | undefined, valueText: string | undefined, operators: string[]): Comparison {
	const column = columnNamed(table, name);
	if (operator === undefined || !operators.includes(operator)) throw new Rejection(400, `Operator ${operator ?? '(none)'} is not valid.`);
	if (valueText === undefined) throw new Rejection(400, 'Value is required.');
	if (operator === 'Like') return likeTest(column, valueText);
	const value = storedValue(column, valueText) ?? '';
	return (row) => {
		const order = compare(column, row[column.name] ?? null, value);
		return order !== undefined && OPERATORS[operator](order);
	};
}

const WHERE_OPERATORS = ['Equals', 'NotEqual', 'Greater', 'GreaterOrEqual', 'Lower', 'LowerOrEqual', 'Like'];

function whereTests(table: EsDataTable, element: XmlParsed | undefined): Comparison[] {
	if (element === undefined) return [];
	const conditions = asXmlElement(element);
	assertListOf(conditions, 'Where', 'WhereConditions');
	return asXmlList(conditions.Where).map((entry) => {
		const where = asXmlElement(entry);
		assertOrder(where, ['ColumnName', 'Operator', 'Value'], 'Where');
		return condition(table, text(where.ColumnName), text(where.Operator), text(where.Value), WHERE_OPERATORS);
	});
}

function deleteRows(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'Filters'], 'ApiRequest');
	const table = tableNamed(account, root);
	const filters = asXmlElement(root.Filters);
	assertListOf(filters, 'Filter', 'Filters');
	const tests = asXmlList(filters.Filter).map((entry) => {
		const filter = asXmlElement(entry);
		assertOrder(filter, ['Column'], 'Filter');
		const column = asXmlElement(filter.Column);
		assertOrder(column, ['Name', 'Operator', 'Value'], 'Filter Column');
		return condition(table, text(column.Name), text(column.Operator), text(column.Value), ['EQ', 'GT', 'LT', 'GE', 'LE']);
	});
	if (tests.length === 0) throw new Rejection(400, 'Filters must contain at least one Filter.');
	const kept = table.rows.filter((row) => !tests.every((test) => test(row)));
	const count = table.rows.length - kept.length;
	table.rows = kept;
	return countResponse(count);
}

function countResponse(count: number): SandboxResponse {
	return xmlResponse(200, buildXml('ApiResponse', { '@xmlns:xsi': XSI, '@xmlns:xsd': XS, Count: count }));
}

function matchingRows(table: EsDataTable, root: XmlParsedElement): EsRow[] {
	const tests = whereTests(table, root.WhereConditions);
	return table.rows.filter((row) => tests.every((test) => test(row)));
}

function getDataCount(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'WhereConditions'], 'ApiRequest');
	return countResponse(matchingRows(tableNamed(account, root), root).length);
}

/** Rows in the order of the OrderBy rules (then as stored). */
function sortRows(table: EsDataTable, rows: EsRow[], element: XmlParsed | undefined): EsRow[] {
	if (element === undefined) return rows;
	const orderBy = asXmlElement(element);
	assertListOf(orderBy, 'OrderBy', 'OrderByColumns');
	const rules = asXmlList(orderBy.OrderBy).map((entry) => {
		const rule = asXmlElement(entry);
		assertOrder(rule, ['ColumnName', 'Direction'], 'OrderBy');
		const direction = text(rule.Direction);
		if (direction !== 'Ascending' && direction !== 'Descending') throw new Rejection(400, `Direction ${direction ?? '(none)'} is not valid.`);
		return { column: columnNamed(table, text(rule.ColumnName)), sign: direction === 'Ascending' ? 1 : -1 };
	});
	return [...rows].sort((a, b) => {
		for (const rule of rules) {
			const order = compare(rule.column, a[rule.column.name] ?? null, b[rule.column.name] ?? '') ?? -1;
			if (order !== 0) return order * rule.sign;
		}
		return 0;
	});
}

/** A datetime as the "Get data" example prints it: `1/14/2012 12:00:00 AM`. */
function usDateTime(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
	if (!match || / [AP]M$/i.test(value)) return value;
	const hours = Number(match[4] ?? 0);
	const clock = `${((hours + 11) % 12) + 1}:${match[5] ?? '00'}:${match[6] ?? '00'} ${hours < 12 ? 'AM' : 'PM'}`;
	return `${Number(match[2])}/${Number(match[3])}/${match[1]} ${clock}`;
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvCell(column: EsTableColumn, value: string | null): string {
	if (value === null) return '';
	return csvField(column.type === 'Datetime' ? usDateTime(value) : value);
}

function getData(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName', 'Columns', 'WhereConditions', 'OrderByColumns', 'Limit'], 'ApiRequest');
	const table = tableNamed(account, root);
	const limitText = text(root.Limit);
	if (limitText !== undefined && !/^\d{1,9}$/.test(limitText)) throw new Rejection(400, `Limit ${limitText} is not a number.`);
	let columns = table.columns;
	const named = 'Columns' in root;
	if (named) {
		const element = asXmlElement(root.Columns);
		assertListOf(element, 'Column', 'Columns');
		columns = asXmlList(element.Column).map((entry) => columnNamed(table, text(entry)));
	}
	const rows = sortRows(table, matchingRows(table, root), root.OrderByColumns).slice(0, limitText === undefined ? undefined : Number(limitText));
	// The header row is written only when Columns was given ("Get data" page).
	const lines = [...(named ? [columns.map((column) => csvField(column.name)).join(',')] : []), ...rows.map((row) => columns.map((column) => csvCell(column, row[column.name] ?? null)).join(','))];
	return { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' }, body: lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n` };
}

function clearTable(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'TableName'], 'ApiRequest');
	tableNamed(account, root).rows = [];
	return emptyResponse(204);
}

function tableSummary(table: EsDataTable): XmlElement {
	return {
		Id: table.id,
		Name: table.name,
		ColumnsCount: table.columns.length,
		RelationshipsCount: 0,
		RelationshipsDestinationCount: 0,
		Rows: table.rows.length,
	};
}

function tableColumn(column: EsTableColumn): XmlElement {
	return {
		Name: column.name,
		ColumnType: column.type,
		Length: column.length ?? 0,
		DefaultValue: column.defaultValue,
		IsPrimaryKey: column.primaryKey === true,
		IsRequired: column.required === true,
	};
}

function getTables(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const unknown = [...query.keys()].find((key) => key !== 'apiKey' && key !== 'name');
	if (unknown !== undefined) throw new Rejection(400, `Unknown parameter ${unknown}.`);
	const name = query.get('name');
	const envelope = { '@xmlns:xsi': XSI, '@xmlns:xsd': XS };
	if (name === null) {
		const tables = accountTables(account).map((table) => ({ ...tableSummary(table), Size: (table.rows.length * 0.01).toFixed(2) }));
		return xmlResponse(200, buildXml('ApiResponse', { ...envelope, TableList: { Tables: { Table: tables } } }));
	}
	const table = tableNamed(account, { TableName: name } as XmlParsedElement);
	const details = { ...tableSummary(table), Description: table.description, Columns: { TableColumn: table.columns.map(tableColumn) } };
	return xmlResponse(200, buildXml('ApiResponse', { ...envelope, Details: details }));
}

type Handler = (account: EsAccount, root: XmlParsedElement) => SandboxResponse;

const post = (resource: string, handler: Handler): Route => ({
	method: 'POST',
	resource,
	id: 'none',
	handle: ({ account, root }) => handler(account, root!),
});

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', resource: 'DataTablesGetTables', id: 'none', handle: ({ account, request }) => getTables(account, request.query) },
	post('DataTablesGetData', getData),
	post('DataTablesGetDataCount', getDataCount),
	post('DataTablesAddRow', addRow),
	post('DataTablesAddMultipleRows', addMultipleRows),
	post('DataTablesUpdateRow', updateRow),
	post('DataTablesDeleteRow', deleteRow),
	post('DataTablesDeleteRows', deleteRows),
	post('DataTablesClearTable', clearTable),
];
