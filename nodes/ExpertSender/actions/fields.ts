import type { INodeProperties } from 'n8n-workflow';

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
