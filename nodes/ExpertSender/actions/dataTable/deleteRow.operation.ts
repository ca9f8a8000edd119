import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { columnsElement, columnsObject, readPrimaryKey, readTableName } from '../../helpers/dataTables';
import { expertSenderRequest } from '../../transport';
import { columnCollection, tableLocator } from './fields';

const properties: INodeProperties[] = [
	tableLocator,
	{
		...columnCollection('Primary Key', 'primaryKey', 'The primary key column(s) of the row to delete and their values'),
		required: true,
	},
];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['deleteRow'] } }, properties);

/** `POST /v2/Api/DataTablesDeleteRow` (TableName, PrimaryKeyColumns): one row by its primary key. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const tableName = readTableName(this, itemIndex);
	const primaryKey = readPrimaryKey(this, itemIndex);
	await expertSenderRequest.call(this, {
		operation: 'Delete Data Table Row',
		itemIndex,
		method: 'POST',
		resource: 'DataTablesDeleteRow',
		request: { TableName: tableName, PrimaryKeyColumns: columnsElement(primaryKey) },
	});
	return { deleted: true, tableName, primaryKey: columnsObject(primaryKey) };
}
