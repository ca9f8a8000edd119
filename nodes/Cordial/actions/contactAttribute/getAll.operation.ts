import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { ATTRIBUTE_TYPES } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty('filters', [
		{
			displayName: 'Indexed',
			name: 'indexed',
			type: 'options',
			options: [
				{ name: 'Indexed Only', value: '1' },
				{ name: 'Not Indexed Only', value: '0' },
			],
			default: '1',
			description: 'Only attributes that are (or are not) indexed for search and audiences',
		},
		{ displayName: 'Type', name: 'type', type: 'options', options: ATTRIBUTE_TYPES, default: 'string', description: 'Only attributes of this type' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contactAttribute'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', itemIndex) as number);
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${limit} is not allowed`, 'Enter a whole number of at least 1, or turn on "Return All".');
	}
	const type = filters.type === undefined ? undefined : String(filters.type);
	if (type !== undefined && !ATTRIBUTE_TYPES.some((entry) => entry.value === type)) {
		throw invalidParameter(this, itemIndex, 'Type', `"${type}" is not allowed`, 'Choose string, number, date, geo or array.');
	}
	const indexed = filters.indexed === undefined ? undefined : String(filters.indexed);
	if (indexed !== undefined && indexed !== '0' && indexed !== '1') {
		throw invalidParameter(this, itemIndex, 'Indexed', `"${indexed}" is not allowed`, 'Choose "Indexed Only" or "Not Indexed Only".');
	}
	// GET /v2/accountcontactattributes (Swagger, getListAccountAttributes): `type` and `indexed`, no paging; the
	// whole list comes in one answer, so Limit is applied here.
	const records = await cordialList.call(this, {
		operation: 'Get Many Contact Attributes',
		itemIndex,
		method: 'GET',
		path: `/accountcontactattributes${queryString([['type', type], ['indexed', indexed]])}`,
	});
	return returnAll ? records : records.slice(0, limit);
}
