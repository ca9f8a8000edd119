import type { INodeProperties } from 'n8n-workflow';

import { identifierKeyOptions } from '../fields';

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	default: '',
	required: true,
};

/** Identifier key and value of one contact (upsert and search). */
export const identifierFields: INodeProperties[] = [
	{
		displayName: 'Identifier Key',
		name: 'identifierKey',
		type: 'options',
		options: identifierKeyOptions,
		default: 'emailaddress',
	},
	{
		displayName: 'Custom Identifier Key',
		name: 'customIdentifierKey',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. telegram',
		displayOptions: { show: { identifierKey: ['custom'] } },
	},
	{
		displayName: 'Identifier Value',
		name: 'identifierValue',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description: 'Phone numbers in international format with country code (+31612345678)',
	},
];

/** Every identifier of a new contact (Create). */
export const identifiersField: INodeProperties = {
	displayName: 'Identifiers',
	name: 'identifiers',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Identifier',
	description: 'How Bird reaches the contact: e-mail addresses, phone numbers and other identifiers',
	options: [
		{
			displayName: 'Identifier',
			name: 'identifier',
			values: [
				{ displayName: 'Key', name: 'key', type: 'options', options: identifierKeyOptions, default: 'emailaddress' },
				{
					displayName: 'Custom Key',
					name: 'customKey',
					type: 'string',
					default: '',
					displayOptions: { show: { key: ['custom'] } },
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

export const attributesField: INodeProperties = {
	displayName: 'Attributes (JSON)',
	name: 'attributes',
	type: 'json',
	default: '{}',
	description: 'Contact attributes as a JSON object, e.g. {"firstName": "Jane"}',
};

export const displayNameField: INodeProperties = { displayName: 'Display Name', name: 'displayName', type: 'string', default: '' };

export const listIdsField: INodeProperties = {
	displayName: 'List IDs',
	name: 'listIds',
	type: 'string',
	default: '',
	description: 'Comma-separated IDs of lists the contact belongs to (at most 10)',
};
