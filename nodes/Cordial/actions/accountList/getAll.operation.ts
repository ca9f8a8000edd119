import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty('filters', [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. newsletter',
			description: 'Only the list with exactly this name',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['getAll'] } }, properties);

/**
 * getLists (`GET /v2/accountlists`): the Swagger declares only the `name` filter and no paging, so one request gives
 * every list; Limit keeps the first ones.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex) as number);
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${limit} is not allowed`, 'Enter a whole number of at least 1, or turn on "Return All".');
	}
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const name = String(filters.name ?? '').trim();
	const lists = await cordialList.call(this, {
		operation: 'Get Many Account Lists',
		itemIndex,
		method: 'GET',
		path: `/accountlists${queryString([['name', name || undefined]])}`,
	});
	return lists.slice(0, limit);
}
