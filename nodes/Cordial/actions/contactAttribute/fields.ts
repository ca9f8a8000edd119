import type { INodeProperties } from 'n8n-workflow';

/** The attribute types (Swagger, addattribute: "string, number, date, geo, array"). */
export const ATTRIBUTE_TYPES = [
	{ name: 'Array', value: 'array', description: 'A list of values' },
	{ name: 'Date', value: 'date', description: 'An ISO 8601 date, e.g. 2026-06-01T00:00:00' },
	{ name: 'Geo', value: 'geo', description: 'An address with coordinates; always indexed' },
	{ name: 'Number', value: 'number' },
	{ name: 'String', value: 'string' },
];

/** The attribute picker: from the account's attributes (searchContactAttributes), or a key typed in. */
export const attributeKeyField: INodeProperties = {
	displayName: 'Attribute',
	name: 'attributeKey',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The contact attribute, by its key',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchContactAttributes', searchable: true } },
		{ displayName: 'By Key', name: 'id', type: 'string', placeholder: 'e.g. first_name' },
	],
};
