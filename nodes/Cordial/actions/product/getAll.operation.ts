import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, readPaging, readSort } from '../../helpers/paging';
import { KEY_NAME, splitList } from '../../helpers/values';
import { pagingOptions, sortOptions } from '../fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty('options', [
		{
			displayName: 'Fields',
			name: 'fields',
			type: 'string',
			default: '',
			placeholder: 'e.g. productID, productName, price',
			description: 'Comma-separated fields to return of each product (Cordial\'s fields); all fields when empty',
		},
		...pagingOptions,
		...sortOptions('e.g. productName', 'The field to sort by (sort_by)', 'asc'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['getAll'] } }, properties);

/** getproducts' `fields`: field names separated by commas. */
function readFields(context: IExecuteFunctions, itemIndex: number, options: IDataObject): string | undefined {
	const fields = splitList(options.fields);
	const wrong = fields.find((field) => !KEY_NAME.test(field));
	if (wrong) throw invalidParameter(context, itemIndex, 'Fields', `"${wrong}" is not a field name`, 'Enter field names such as productID, productName, separated by commas.');
	return fields.length ? fields.join(',') : undefined;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const fields = readFields(this, itemIndex, options);
	const { sortBy, sortDir } = readSort(this, itemIndex, options, ' (e.g. productName)');
	// getproducts (Cordial's API v2 Swagger) takes page, per_page, fields, sort_by and sort_dir, and no filters.
	return await cordialPagedList(this, 'Get Many Products', itemIndex, paging, async (page, perPage) =>
		await cordialList.call(this, {
			operation: 'Get Many Products',
			itemIndex,
			method: 'GET',
			path: `/products${queryString([['page', page], ['per_page', perPage], ['fields', fields], ['sort_by', sortBy || undefined], ['sort_dir', sortDir]])}`,
		}),
	);
}
