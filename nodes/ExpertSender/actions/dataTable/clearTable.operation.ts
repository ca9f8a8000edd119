import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readTableName } from '../../helpers/dataTables';
import { expertSenderRequest } from '../../transport';
import { tableLocator } from './fields';

const properties: INodeProperties[] = [
	tableLocator,
	{
		displayName: 'This deletes every row of the table. Tables that are the destination of a relationship cannot be cleared.',
		name: 'clearNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['clearTable'] } }, properties);

/** `POST /v2/Api/DataTablesClearTable` (TableName; "Clear table" page: SQL TRUNCATE, 204 No Content). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const tableName = readTableName(this, itemIndex);
	await expertSenderRequest.call(this, {
		operation: 'Clear Data Table',
		itemIndex,
		method: 'POST',
		resource: 'DataTablesClearTable',
		request: { TableName: tableName },
	});
	return { deleted: true, tableName, allRows: true };
}
