import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readTableName } from '../../helpers/dataTables';
import { fetchTableDetails } from '../../transport/dataTables';
import { tableLocator } from './fields';

const properties: INodeProperties[] = [tableLocator];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['get'] } }, properties);

/** `GET /v2/Api/DataTablesGetTables?name=`: the table's details and its columns (type, length, primary key, required). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = readTableName(this, itemIndex);
	return await fetchTableDetails.call(this, name, { itemIndex, operation: 'Get Data Table' });
}
