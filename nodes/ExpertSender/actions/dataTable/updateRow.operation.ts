import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { columnsElement, columnsObject, readPrimaryKey, readRowColumns, readTableName } from '../../helpers/dataTables';
import { expertSenderRequest } from '../../transport';
import { columnCollection, rowColumns, tableLocator } from './fields';

const properties: INodeProperties[] = [
	tableLocator,
	{
		...columnCollection('Primary Key', 'primaryKey', 'The primary key column(s) of the row to update and their values'),
		required: true,
	},
	...rowColumns,
];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['updateRow'] } }, properties);

/**
 * `POST /v2/Api/DataTablesUpdateRow` (TableName, PrimaryKeyColumns, Columns; "Update row" page, 204 on success). With
 * Map Automatically the primary key fields are not sent again as columns to change.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const tableName = readTableName(this, itemIndex);
	const primaryKey = readPrimaryKey(this, itemIndex);
	const keyNames = new Set(primaryKey.map((column) => column.name.toLowerCase()));
	const mapped = this.getNodeParameter('dataMode', itemIndex, 'defineBelow') === 'autoMapInputData';
	const columns = readRowColumns(this, itemIndex).filter((column) => !mapped || !keyNames.has(column.name.toLowerCase()));
	if (columns.length === 0) {
		throw invalidParameter(this, itemIndex, 'Columns', 'has no column to change besides the primary key', 'Add the columns to change and their new values.');
	}
	await expertSenderRequest.call(this, {
		operation: 'Update Data Table Row',
		itemIndex,
		method: 'POST',
		resource: 'DataTablesUpdateRow',
		request: { TableName: tableName, PrimaryKeyColumns: columnsElement(primaryKey), Columns: columnsElement(columns) },
	});
	return { updated: true, tableName, primaryKey: columnsObject(primaryKey), columns: columnsObject(columns) };
}
