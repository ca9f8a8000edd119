import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readFilters, readTableName } from '../../helpers/dataTables';
import { expertSenderRequest, missingInAnswer } from '../../transport';
import { countOf } from '../../transport/dataTables';
import { deleteFilters, tableLocator } from './fields';

const OPERATION = 'Delete Data Table Rows';

const properties: INodeProperties[] = [tableLocator, { ...deleteFilters, required: true }];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['deleteRows'] } }, properties);

/**
 * `POST /v2/Api/DataTablesDeleteRows` (TableName, Filters; "Delete rows" page): every row that meets all conditions;
 * the answer's `<Count>` is the number deleted.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const tableName = readTableName(this, itemIndex);
	const filters = readFilters(this, itemIndex);
	const response = await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex,
		method: 'POST',
		resource: 'DataTablesDeleteRows',
		request: { TableName: tableName, Filters: filters },
	});
	const count = countOf(response.body);
	if (count === undefined) throw missingInAnswer(this, response, OPERATION, itemIndex, 'Count element');
	return { deleted: true, tableName, count };
}
