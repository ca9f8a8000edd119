import type { INodeProperties } from 'n8n-workflow';

import { identifiersField } from '../contact/fields';

/** The list of an operation: picked from the workspace's lists (see methods/lists.ts) or entered as an ID. */
export const listLocator: INodeProperties = {
	displayName: 'List',
	name: 'listId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The contact list: pick it from the list (search by name) or enter its ID',
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
			placeholder: 'e.g. 4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
		},
	],
};

/** Simplify of Get and Get Many of lists (see simplifyList in helpers/list.ts). */
export const simplifyListField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return only the ID, name, description, contact count and times of each list instead of the raw data',
};

/** Simplify of Get Contacts (see simplifyContact in helpers/contact.ts). */
export const simplifyContactsField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return only the ID, display name, featured identifiers, list IDs and times of each contact instead of the raw data',
};

/** The documented fields of a list besides its name ("Create a list", "Update a list"), sorted by display name. */
export const listDetailFields: INodeProperties[] = [
	{
		displayName: 'Consent Type',
		name: 'consentType',
		type: 'options',
		options: [
			{ name: 'Double', value: 'double', description: 'Contacts confirm their subscription (double opt-in)' },
			{ name: 'Single', value: 'single', description: 'Contacts are subscribed at once (single opt-in)' },
		],
		default: 'single',
		description: 'How contacts who join through a sign-up form give consent',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		placeholder: 'e.g. Customers in the United States',
	},
	{
		displayName: 'Proof List',
		name: 'isProof',
		type: 'boolean',
		default: false,
		description: 'Whether the list is a proof list, which campaigns use as a test list',
	},
	{
		displayName: 'Tag IDs',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'e.g. 123e4567-e89b-12d3-a456-426614174000',
		description: 'Comma-separated IDs (UUIDs) of the tags of the list',
	},
];

export const listNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. US Customers',
	description: 'The name of the list, 2 to 256 characters',
};

/** Who joins or leaves a list: contact IDs and/or identifiers ("Add contacts to a list", "Remove contacts from a list"). */
export const memberFields: INodeProperties[] = [
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12bd0e40-9361-4e32-8b26-99b4ab7eae09',
		description: 'Comma-separated IDs of the contacts; an expression may also give a list of IDs',
		hint: 'Bird takes 100 contacts and identifiers per request: more go in requests of 100, one after the other. Running an item again after a failure does no harm.',
	},
	{ ...identifiersField, description: 'Contacts by e-mail address, phone number or other identifier' },
];

export const reverseOption: INodeProperties = {
	displayName: 'Reverse Order',
	name: 'reverse',
	type: 'boolean',
	default: false,
	description: 'Whether to ask Bird for the list in reverse order',
};
