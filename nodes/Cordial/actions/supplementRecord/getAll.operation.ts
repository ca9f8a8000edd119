import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, readPaging, readSort } from '../../helpers/paging';
import { KEY_NAME, splitList } from '../../helpers/values';
import { pagingOptions, sortOptions } from '../fields';
import { readRecordsPath, supplementLocator } from './fields';

const properties: INodeProperties[] = [
	supplementLocator,
	...returnAllOrLimit(),
	collectionProperty(
		'options',
		([
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'string',
				default: '',
				placeholder: 'e.g. make, model',
				description: 'Comma-separated fields to include; the ID is always included',
			},
			...pagingOptions,
			...sortOptions('e.g. lm', 'The record field to sort by (sort_by)', 'asc'),
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['supplementRecord'], operation: ['getAll'] } }, properties);

/** getsupplementrecords (`GET /v2/supplements/{supplement}/records`: fields, page, per_page, sort_by, sort_dir). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const path = readRecordsPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const { sortBy, sortDir } = readSort(this, itemIndex, options, ' (e.g. lm)');
	const fields = splitList(options.fields);
	const wrong = fields.find((field) => !KEY_NAME.test(field));
	if (wrong) throw invalidParameter(this, itemIndex, 'Fields', `"${wrong}" is not a field name`, 'Enter field names such as make, model, separated by commas.');
	return await cordialPagedList(this, 'Get Many Supplement Records', itemIndex, paging, async (page, perPage) =>
		await cordialList.call(this, {
			operation: 'Get Many Supplement Records',
			itemIndex,
			method: 'GET',
			path: `${path}${queryString([
				['fields', fields.length ? fields.join(',') : undefined],
				['page', page],
				['per_page', perPage],
				['sort_by', sortBy || undefined],
				['sort_dir', sortDir],
			])}`,
		}),
	);
}
