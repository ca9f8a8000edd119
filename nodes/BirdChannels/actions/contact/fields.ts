import type { INodeProperties } from 'n8n-workflow';

import { identifierKeyOptions } from '../fields';

/**
 * The contact of an operation: picked from the workspace's contacts (searched by name, e-mail address or phone
 * number, see methods/contacts.ts) or entered as an ID. Its name and label stay those of the plain text field it
 * replaces: workflows that hold a plain string keep working (requiredString reads both).
 */
export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The contact: pick it from the list (search by name, e-mail address or phone number) or enter its ID',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchContacts', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 12bd0e40-9361-4e32-8b26-99b4ab7eae09',
		},
	],
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
	placeholder: 'e.g. 4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
	description: 'Comma-separated IDs of lists the contact belongs to (at most 10); List › Get Many gives them',
};

/** Accounts (Bird's companies) of a contact: "Create a contact" and "Update a contact" take at most 10 `accountIds`. */
export const accountIdsField: INodeProperties = {
	displayName: 'Account IDs',
	name: 'accountIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. 123e4567-e89b-12d3-a456-426614174000',
	description: 'Comma-separated IDs of the accounts the contact belongs to (at most 10)',
};

/** An "add to" or "remove from" list of IDs of the upsert, with how many it takes (see upsert.operation.ts). */
export function membershipField(displayName: string, name: string, description: string, max = 10): INodeProperties {
	return { displayName, name, type: 'string', default: '', description: `Comma-separated IDs of ${description} (at most ${max})` };
}

/** Extra data Bird keeps with an identifier ("Create contact identifier": `properties`). */
export const identifierPropertiesField: INodeProperties = {
	displayName: 'Properties (JSON)',
	name: 'properties',
	type: 'json',
	default: '{}',
	description: 'Extra data about the identifier as a JSON object whose keys are up to 64 letters and digits, e.g. {"isGmail": true}',
};

/**
 * Simplify of Contact → Get and Get Many (helpers/contact.ts simplifyContact). Off by default, unlike the newer
 * resources, so that workflows built before it existed keep the output they had.
 */
export const contactSimplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description: 'Whether to return only the ID, display name, featured identifiers, list IDs and times of each contact instead of the raw contact',
};
