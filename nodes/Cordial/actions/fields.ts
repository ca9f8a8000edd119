import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../shared/descriptions';
import { includePagingInfoOption } from '../../shared/paging';
import { CORDIAL_MAX_PER_PAGE } from '../helpers/paging';

/** The paging options of a Get Many: First Page and Per Page (Cordial's `page` and `per_page`), Include Paging Info. */
export const pagingOptions: INodeProperties[] = [
	{
		displayName: 'First Page',
		name: 'page',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'The page number to start from, e.g. the nextPage an earlier run gave with Include Paging Info. Stop when nextPage is null: page 1 would start the list over.',
	},
	includePagingInfoOption(
		'nextPage',
		'First Page',
		`Cordial counts pages, so without Return All, Limit must be a multiple of Per Page; without Per Page, each page holds Limit records (up to ${CORDIAL_MAX_PER_PAGE}; above that Limit must be a multiple of ${CORDIAL_MAX_PER_PAGE}).`,
	),
	{
		displayName: 'Per Page',
		name: 'perPage',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: CORDIAL_MAX_PER_PAGE },
		default: 100,
		description: 'How many records each request asks for (Cordial\'s per_page)',
	},
];

/**
 * Sort By and Sort Direction, sent as `sort_by`/`sort_dir` (the names of Cordial's Batch Messages API page) only when
 * the user sets them.
 */
export function sortOptions(placeholder: string, description: string, defaultDirection: 'asc' | 'desc'): INodeProperties[] {
	return [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: '',
			placeholder,
			description,
		},
		{
			displayName: 'Sort Direction',
			name: 'sortDir',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: defaultDirection,
		},
	];
}

/** The Options of a Get Many: the paging options, then Sort By and Sort Direction. */
export function listOptionsProperty(sortPlaceholder: string, sortDescription: string, defaultDirection: 'asc' | 'desc'): INodeProperties {
	return collectionProperty('options', [...pagingOptions, ...sortOptions(sortPlaceholder, sortDescription, defaultDirection)]);
}

/**
 * The picker of the contact key a contact is given by (Contact ID, Email, or a custom key named in Key Name), for
 * Send Test and the transactional Send.
 */
export function identifierKeyFields(
	picker: { displayName: string; name: string; description?: string },
	customDescription: string,
	keyName: Partial<INodeProperties> = {},
): INodeProperties[] {
	return [
		{
			...picker,
			type: 'options',
			options: [
				{ name: 'Contact ID (cID)', value: 'cID' },
				{ name: 'Custom Key', value: 'custom', description: customDescription },
				{ name: 'Email', value: 'email' },
			],
			default: 'email',
		},
		{
			displayName: 'Key Name',
			name: 'customKey',
			type: 'string',
			default: '',
			placeholder: 'e.g. custID',
			...keyName,
			displayOptions: { show: { [picker.name]: ['custom'] } },
		},
	];
}
