import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { readOrderBy, readReturnedColumns, readTableName, readWhereConditions } from '../../helpers/dataTables';
import { fetchTableDetails, fetchTableRows } from '../../transport/dataTables';
import { orderByOption, tableLocator, whereConditions } from './fields';

const OPERATION = 'Get Data Table Rows';

const properties: INodeProperties[] = [
	tableLocator,
	...returnAllOrLimit(),
	whereConditions,
	collectionProperty('options', [
		{
			displayName: 'Columns to Return',
			name: 'columns',
			type: 'string',
			default: '',
			placeholder: 'e.g. OrderId, Email, Amount',
			description: 'Comma-separated columns to return; empty returns every column of the table',
		},
		orderByOption,
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['getRows'] } }, properties);

function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	const limit = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	if (!(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= 2_147_483_647)) {
		throw invalidParameter(context, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of rows`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	return limit;
}

/**
 * `POST /v2/Api/DataTablesGetData`. ExpertSender writes the CSV header row only when `<Columns>` is sent, so with no
 * Columns to Return the table's columns are looked up first and all of them are asked for. The method has a Limit but
 * no offset: Return All sends no Limit and gets every matching row in one answer.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const tableName = readTableName(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const where = readWhereConditions(this, itemIndex);
	const orderBy = readOrderBy(this, itemIndex);
	let columns = readReturnedColumns(this, itemIndex);
	if (columns.length === 0) {
		const details = await fetchTableDetails.call(this, tableName, { itemIndex, operation: OPERATION });
		columns = (details.Columns as IDataObject[]).map((column) => String(column.Name));
	}
	const rows = await fetchTableRows.call(
		this,
		{ TableName: tableName, Columns: { Column: columns }, WhereConditions: where, OrderByColumns: orderBy, Limit: limit },
		{ itemIndex, operation: OPERATION, columns },
	);
	// A Limit is ExpertSender's: a server that ignored it still gives no more rows than asked for.
	return limit === undefined ? rows : rows.slice(0, limit);
}
