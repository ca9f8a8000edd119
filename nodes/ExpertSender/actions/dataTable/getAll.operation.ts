import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { fetchDataTables } from '../../transport/dataTables';

const properties: INodeProperties[] = [...returnAllOrLimit()];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['getAll'] } }, properties);

/** `GET /v2/Api/DataTablesGetTables`: every table in one answer (no paging), so the limit is applied here. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as unknown);
	if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of tables`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	const tables = await fetchDataTables.call(this, { itemIndex });
	return limit === undefined ? tables : tables.slice(0, limit);
}
