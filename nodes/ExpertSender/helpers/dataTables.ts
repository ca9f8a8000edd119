import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { XmlElement } from '../../shared/codec';
import { splitList } from '../../shared/records';
import { hasLoneSurrogate, invalidParameter } from '../../shared/validation';

/**
 * Reading the parameters of the Data Table operations into the elements of ExpertSender's data table methods
 * (help.expertsender.com/emp/api/methods/data-tables/…): `<Column><Name/><Value/></Column>` pairs, `<Where>`
 * conditions, `<Filter>`s and `<OrderBy>` rules. Values are plain text (no xsi:type); a missing value is
 * `<Value xsi:nil="true"/>`, as citilinkru/expert-sender-api tests/Request/DataTablesUpdateRowRequestTest.php sends it.
 */

/** The operators of `<Where>` in Get Data and Get Data Count ("Get data" page; Like is for text values only). */
export const WHERE_OPERATORS = ['Equals', 'NotEqual', 'Greater', 'GreaterOrEqual', 'Lower', 'LowerOrEqual', 'Like'] as const;

/** The operators of `<Filter>` in Delete Rows ("Delete rows" page): EQ, GT, LT, GE, LE. */
export const FILTER_OPERATORS = ['EQ', 'GT', 'LT', 'GE', 'LE'] as const;

export const DIRECTIONS = ['Ascending', 'Descending'] as const;

// ExpertSender shows no documented limit for names; 128 is the SQL Server identifier limit its tables sit on [INF].
const MAX_NAME_LENGTH = 128;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface ColumnValue {
	name: string;
	value: string | null;
}

/** The name of a table or column: trimmed, not empty, one line, no half emoji. */
function readName(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string, what: string): string {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${what} as ExpertSender shows it, e.g. Orders.`);
	if (typeof raw === 'object' || CONTROL.test(text) || hasLoneSurrogate(text) || text.length > MAX_NAME_LENGTH) {
		throw invalidParameter(context, itemIndex, label, `"${text.slice(0, 40)}" is not a ${what}`, `Enter the ${what} as ExpertSender shows it: one line of at most ${MAX_NAME_LENGTH} characters.`);
	}
	return text;
}

/** The table of the required Table locator (From List or By Name): ExpertSender addresses tables by name. */
export function readTableName(context: IExecuteFunctions, itemIndex: number): string {
	const value = context.getNodeParameter('table', itemIndex, '', { extractValue: true }) as unknown;
	return readName(context, itemIndex, value, 'Table', 'data table name');
}

/** A column value as ExpertSender's text: numbers and booleans written out, null or empty as no value. */
function readValue(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | null {
	if (raw === undefined || raw === null || raw === '') return null;
	if (typeof raw === 'object' && !(raw instanceof Date)) {
		throw invalidParameter(context, itemIndex, label, 'is an object or a list, not a value', 'Give text, a number, true or false, or a date; map a single field of the input.');
	}
	const text = raw instanceof Date ? raw.toISOString() : String(raw);
	if (hasLoneSurrogate(text)) {
		throw invalidParameter(context, itemIndex, label, 'holds half of an emoji or other character', 'Remove the broken character; it cannot be sent as UTF-8.');
	}
	return text;
}

/** `[{ name, value }]` rows of a fixed collection as named values, each column once. */
function readPairs(context: IExecuteFunctions, itemIndex: number, rows: IDataObject[], label: string, entry: string): ColumnValue[] {
	const seen = new Set<string>();
	return rows.map((row, position) => {
		const where = `${label} › ${entry} ${position + 1}`;
		const name = readName(context, itemIndex, row.name, `${where} › Name`, 'column name');
		if (seen.has(name.toLowerCase())) {
			throw invalidParameter(context, itemIndex, `${where} › Name`, `the column "${name}" is given twice`, 'Give each column once.');
		}
		seen.add(name.toLowerCase());
		return { name, value: readValue(context, itemIndex, row.value, `${where} › Value`) };
	});
}

/** The fixed collection `parameter` (`{ column: [{ name, value }] }`), at least one column. */
export function readColumnPairs(context: IExecuteFunctions, itemIndex: number, parameter: string, label: string): ColumnValue[] {
	const rows = (context.getNodeParameter(`${parameter}.column`, itemIndex, []) as IDataObject[]) ?? [];
	if (rows.length === 0) throw invalidParameter(context, itemIndex, label, 'has no column', 'Add at least one column with its value.');
	return readPairs(context, itemIndex, rows, label, 'Column');
}

/** A Primary Key collection: like readColumnPairs, and every key column needs a value (a key is never null). */
export function readPrimaryKey(context: IExecuteFunctions, itemIndex: number): ColumnValue[] {
	const key = readColumnPairs(context, itemIndex, 'primaryKey', 'Primary Key');
	const empty = key.findIndex((column) => column.value === null || column.value.trim() === '');
	if (empty !== -1) {
		throw invalidParameter(context, itemIndex, `Primary Key › Column ${empty + 1} › Value`, 'is empty', 'Enter the key value of the row, e.g. 1001.');
	}
	return key;
}

/** Map Automatically: every top-level field of the input item is a column, except the ones to ignore. */
function readMappedColumns(context: IExecuteFunctions, itemIndex: number): ColumnValue[] {
	const ignored = new Set(splitList(context.getNodeParameter('columnsToIgnore', itemIndex, '')).map((name) => name.toLowerCase()));
	const json = context.getInputData()[itemIndex]?.json ?? {};
	const rows = Object.entries(json)
		.filter(([name]) => !ignored.has(name.trim().toLowerCase()))
		.map(([name, value]) => ({ name, value }) as IDataObject);
	if (rows.length === 0) {
		throw invalidParameter(context, itemIndex, 'Columns', 'the input item has no field to map', 'Give the item fields named like the table columns, or choose Define Below.');
	}
	return readPairs(context, itemIndex, rows, 'Input Item', 'Field');
}

/** The columns of a new or changed row: Map Automatically (input fields) or Define Below (the Columns collection). */
export function readRowColumns(context: IExecuteFunctions, itemIndex: number): ColumnValue[] {
	const mode = context.getNodeParameter('dataMode', itemIndex, 'defineBelow') as string;
	return mode === 'autoMapInputData' ? readMappedColumns(context, itemIndex) : readColumnPairs(context, itemIndex, 'columns', 'Columns');
}

/** `<Columns><Column><Name/><Value/></Column>…</Columns>`, a missing value as xsi:nil. */
export function columnsElement(columns: ColumnValue[]): XmlElement {
	return {
		Column: columns.map((column) => ({
			Name: column.name,
			Value: column.value === null ? { '@xsi:nil': 'true' } : column.value,
		})),
	};
}

/** The named values as one JSON object, for the output item. */
export function columnsObject(columns: ColumnValue[]): IDataObject {
	return Object.fromEntries(columns.map((column) => [column.name, column.value]));
}

interface Condition {
	column: string;
	operator: string;
	value: string;
}

/** Rows of a conditions collection: a column, an operator of `operators`, and a value that may not be empty. */
function readConditions(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	label: string,
	operators: readonly string[],
): Condition[] {
	const rows = (context.getNodeParameter(parameter, itemIndex, []) as IDataObject[]) ?? [];
	return rows.map((row, position) => {
		const where = `${label} › Condition ${position + 1}`;
		const column = readName(context, itemIndex, row.column, `${where} › Column`, 'column name');
		const operator = String(row.operator ?? '');
		if (!operators.includes(operator)) {
			throw invalidParameter(context, itemIndex, `${where} › Operator`, `"${operator}" is not an operator`, `Pick one of: ${operators.join(', ')}.`);
		}
		const value = readValue(context, itemIndex, row.value, `${where} › Value`);
		if (value === null || value.trim() === '') throw invalidParameter(context, itemIndex, `${where} › Value`, 'is empty', 'Enter the value to compare the column with.');
		return { column, operator, value };
	});
}

/** `<WhereConditions><Where><ColumnName/><Operator/><Value/></Where>…` of Get Rows and Get Row Count, or undefined. */
export function readWhereConditions(context: IExecuteFunctions, itemIndex: number): XmlElement | undefined {
	const conditions = readConditions(context, itemIndex, 'whereConditions.condition', 'Conditions', WHERE_OPERATORS);
	if (conditions.length === 0) return undefined;
	return { Where: conditions.map((entry) => ({ ColumnName: entry.column, Operator: entry.operator, Value: entry.value })) };
}

/** `<Filters><Filter><Column><Name/><Operator/><Value/></Column></Filter>…` of Delete Rows: at least one. */
export function readFilters(context: IExecuteFunctions, itemIndex: number): XmlElement {
	const filters = readConditions(context, itemIndex, 'filters.condition', 'Conditions', FILTER_OPERATORS);
	if (filters.length === 0) {
		throw invalidParameter(context, itemIndex, 'Conditions', 'has no condition', 'Add at least one condition; to delete every row use Clear Table.');
	}
	return { Filter: filters.map((entry) => ({ Column: { Name: entry.column, Operator: entry.operator, Value: entry.value } })) };
}

/** `<OrderByColumns><OrderBy><ColumnName/><Direction/></OrderBy>…`, or undefined. */
export function readOrderBy(context: IExecuteFunctions, itemIndex: number): XmlElement | undefined {
	const rows = (context.getNodeParameter('options.orderBy.rule', itemIndex, []) as IDataObject[]) ?? [];
	if (rows.length === 0) return undefined;
	const rules = rows.map((row, position) => {
		const where = `Sort › Rule ${position + 1}`;
		const column = readName(context, itemIndex, row.column, `${where} › Column`, 'column name');
		const direction = String(row.direction ?? 'Ascending');
		if (!(DIRECTIONS as readonly string[]).includes(direction)) {
			throw invalidParameter(context, itemIndex, `${where} › Direction`, `"${direction}" is not a direction`, 'Pick Ascending or Descending.');
		}
		return { ColumnName: column, Direction: direction };
	});
	return { OrderBy: rules };
}

/** The comma-separated Columns to return, each once; empty means every column of the table. */
export function readReturnedColumns(context: IExecuteFunctions, itemIndex: number): string[] {
	const names = splitList(context.getNodeParameter('options.columns', itemIndex, '')).map((name) =>
		readName(context, itemIndex, name, 'Columns to Return', 'column name'),
	);
	const duplicate = names.find((name, position) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) !== position);
	if (duplicate !== undefined) {
		throw invalidParameter(context, itemIndex, 'Columns to Return', `the column "${duplicate}" is given twice`, 'Name each column once.');
	}
	return names;
}
