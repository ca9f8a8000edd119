import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readTableName, readWhereConditions } from '../../helpers/dataTables';
import { expertSenderRequest, missingInAnswer } from '../../transport';
import { countOf } from '../../transport/dataTables';
import { tableLocator, whereConditions } from './fields';

const OPERATION = 'Count Data Table Rows';

const properties: INodeProperties[] = [tableLocator, whereConditions];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['getRowCount'] } }, properties);

/** `POST /v2/Api/DataTablesGetDataCount` (TableName, WhereConditions): the number of matching rows. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const tableName = readTableName(this, itemIndex);
	const where = readWhereConditions(this, itemIndex);
	const response = await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex,
		method: 'POST',
		resource: 'DataTablesGetDataCount',
		request: { TableName: tableName, WhereConditions: where },
	});
	const count = countOf(response.body);
	if (count === undefined) throw missingInAnswer(this, response, OPERATION, itemIndex, 'Count element');
	return { tableName, count };
}
