import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asXmlElement, asXmlList, parseCsv, xmlText, type XmlElement, type XmlParsed } from '../../shared/codec';
import { providerRequest, type RequestContext } from '../../shared/transport';
import {
	apiServerOf,
	CREDENTIAL_TYPE,
	expertSenderCsvProfile,
	expertSenderRequest,
	missingInAnswer,
	XS_NAMESPACE,
	XSI_NAMESPACE,
} from './index';

/**
 * ExpertSender's data table methods (help.expertsender.com/emp/api/methods/data-tables/…). Get list of tables answers
 * `<ApiResponse><TableList><Tables><Table>…` and, with `?name=`, `<ApiResponse><Details>…<Columns><TableColumn>…`
 * (both without a `<Data>` wrapper; citilinkru/expert-sender-api src/Response/DataTablesGetTablesDetailsResponse.php
 * reads `/ApiResponse/Details/Columns/TableColumn`). Get data answers CSV.
 */

const TABLE_NUMBERS = ['Id', 'ColumnsCount', 'RelationshipsCount', 'RelationshipsDestinationCount', 'Rows'];

/** A number field of the answer as a number (a table size such as 0.05 MB too), text when it is not one. */
function numeric(value: XmlParsed | undefined): number | string | null {
	const text = xmlText(value);
	if (text === undefined) return null;
	return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
}

function tableJson(element: XmlParsed): IDataObject {
	const table = asXmlElement(element);
	const result: IDataObject = {};
	for (const [name, value] of Object.entries(table)) {
		if (name.startsWith('@') || name === 'Columns') continue;
		result[name] = TABLE_NUMBERS.includes(name) || name === 'Size' ? numeric(value) : (xmlText(value) ?? null);
	}
	return result;
}

/** Every data table of the account (`GET /v2/Api/DataTablesGetTables`): Id, Name, ColumnsCount, …, Rows, Size. */
export async function fetchDataTables(this: RequestContext, options: { itemIndex?: number } = {}): Promise<IDataObject[]> {
	const response = await expertSenderRequest.call(this, {
		operation: 'Get Many Data Tables',
		itemIndex: options.itemIndex,
		method: 'GET',
		resource: 'DataTablesGetTables',
		xmlArrays: ['TableList.Tables.Table'],
	});
	const list = asXmlElement(response.body.ApiResponse).TableList;
	if (list === undefined) throw missingInAnswer(this, response, 'Get Many Data Tables', options.itemIndex, 'TableList element');
	return asXmlList(asXmlElement(asXmlElement(list).Tables).Table).map(tableJson);
}

/** One column of a table's details: Name, ColumnType, Length, DefaultValue, IsPrimaryKey, IsRequired. */
function columnJson(element: XmlParsed): IDataObject {
	const column = asXmlElement(element);
	const flag = (value: XmlParsed | undefined) => /^(true|1)$/i.test(xmlText(value) ?? '');
	return {
		Name: xmlText(column.Name) ?? '',
		ColumnType: xmlText(column.ColumnType) ?? null,
		Length: numeric(column.Length),
		DefaultValue: xmlText(column.DefaultValue) ?? null,
		IsPrimaryKey: flag(column.IsPrimaryKey),
		IsRequired: flag(column.IsRequired),
	};
}

/** One table's details with its columns (`GET /v2/Api/DataTablesGetTables?name=`). */
export async function fetchTableDetails(
	this: RequestContext,
	name: string,
	options: { itemIndex?: number; operation?: string } = {},
): Promise<IDataObject> {
	const operation = options.operation ?? 'Get Data Table';
	const response = await expertSenderRequest.call(this, {
		operation,
		itemIndex: options.itemIndex,
		method: 'GET',
		resource: 'DataTablesGetTables',
		qs: { name },
		xmlArrays: ['Details.Columns.TableColumn'],
	});
	const details = asXmlElement(response.body.ApiResponse).Details;
	if (details === undefined) throw missingInAnswer(this, response, operation, options.itemIndex, 'Details element');
	const columns = asXmlList(asXmlElement(asXmlElement(details).Columns).TableColumn).map(columnJson);
	return { ...tableJson(details), Columns: columns };
}

/** The `<Count>` of a Get Data Count or Delete Rows answer (`<ApiResponse><Count>1</Count></ApiResponse>`). */
export function countOf(body: XmlParsed | undefined): number | undefined {
	const text = xmlText(asXmlElement(asXmlElement(body).ApiResponse).Count);
	return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}

/**
 * `POST /v2/Api/DataTablesGetData` with these `<ApiRequest>` children: the rows as `{ column: value }`. The answer
 * has its header row only when `<Columns>` was sent ("Get data" page), so the caller always sends the columns and
 * names them in `options.columns`.
 */
export async function fetchTableRows(
	this: RequestContext,
	request: XmlElement,
	options: { itemIndex: number; operation: string; columns: string[] },
): Promise<Array<Record<string, string>>> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, options.itemIndex);
	const response = await providerRequest.call(this, expertSenderCsvProfile, {
		operation: options.operation,
		itemIndex: options.itemIndex,
		method: 'POST',
		url: `${apiServerOf(credentials)}/v2/Api/DataTablesGetData`,
		body: {
			xml: {
				root: 'ApiRequest',
				value: { '@xmlns:xsi': XSI_NAMESPACE, '@xmlns:xs': XS_NAMESPACE, ApiKey: String(credentials.apiKey ?? ''), ...request },
				declaration: false,
			},
		},
		response: 'text',
		// Reading changes nothing in ExpertSender: a lost answer may be asked for again.
		idempotent: true,
	});
	const text = String(response.body);
	const what = `The ExpertSender response to ${options.operation}`;
	try {
		if (!headerMatches(text, options.columns)) throw new Error(`${what} does not start with the header row of the columns asked for`);
		return parseCsv(text, { what });
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `${(error as Error).message} [item ${options.itemIndex}]`, {
			itemIndex: options.itemIndex,
			description: 'ExpertSender answered something that is not the documented CSV. Check the API server URL in the credential.',
		});
	}
}

/**
 * Whether the CSV starts with the header row of the columns sent (the "Get data" page: a header when Columns is
 * given), so that an empty or foreign body (a proxy's HTML page) is an error, not "no rows".
 */
function headerMatches(text: string, columns: string[]): boolean {
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
	const expected = columns.map((name) => (/[",\r\n]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name)).join(',');
	return firstLine.trim().toLowerCase() === expected.toLowerCase();
}
