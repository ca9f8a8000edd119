import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, pagingOptions, pagingValues, sortOptions } from '../common';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Audience Key',
				name: 'audienceKey',
				type: 'string',
				default: '',
				placeholder: '30_day_engaged',
				description: 'Only contacts in this saved audience',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only the contact with this e-mail address',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...pagingOptions,
			...sortOptions('lastModified', 'The field to sort by', 'asc'),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = pagingValues(this, itemIndex, options);
	const email = String(filters.email ?? '').trim();
	if (email && !isEmail(email)) {
		throw invalidParameter(this, itemIndex, 'Email', `"${email}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
	const sortBy = String(options.sortBy ?? '').trim();
	const sortDir = options.sortDir as string | undefined;
	if (sortDir && !sortBy) {
		throw invalidParameter(this, itemIndex, 'Sort Direction', 'is set without "Sort By"', 'Add the "Sort By" option, or remove "Sort Direction".');
	}
	return await cordialPagedList(this, 'Get Many Contacts', itemIndex, paging, async (page, perPage) =>
		await cordialList.call(this, {
			operation: 'Get Many Contacts',
			itemIndex,
			method: 'GET',
			path: `/contacts${queryString([
				['email', email],
				['audience-key', String(filters.audienceKey ?? '').trim()],
				['page', page],
				['per_page', perPage],
				['sort_by', sortBy],
				['sort_dir', sortDir],
			])}`,
		}),
	);
}
