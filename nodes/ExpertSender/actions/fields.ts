import type { INodeProperties } from 'n8n-workflow';

import { batchingOption } from '../../shared/descriptions';

/** A required list picked from the account's lists (or typed as an ID). */
export const listLocator: INodeProperties = {
	displayName: 'List',
	name: 'list',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The subscriber list',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchLists', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 12',
			validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'List: the list ID is a positive whole number' } }],
		},
	],
};

/** An optional list in an options collection: a dropdown of the account's lists. */
export const optionalListField: INodeProperties = {
	displayName: 'List Name or ID',
	name: 'listId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLists' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/**
 * Request Options › Batching, one option for every operation that batches (a collection holds each name once); each
 * of them exports it as its `batching`, so that the router checks its value too.
 */
export const batchingProperty = batchingOption(
	[
		{ resource: 'contact', operation: 'upsert' },
		{ resource: 'dataTable', operation: 'addRow' },
	],
	"Send the items in ExpertSender's bulk requests, 100 per request: MultiData for subscribers, Add Multiple Rows for the rows of each table",
);
