import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, isE164Phone, isEmail, jsonObjectParameter, requiredString } from '../../../shared/validation';

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
		options: [
			{ name: 'Email Address', value: 'emailaddress' },
			{ name: 'Other', value: 'custom' },
			{ name: 'Phone Number', value: 'phonenumber' },
		],
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

export const attributesField: INodeProperties = {
	displayName: 'Attributes (JSON)',
	name: 'attributes',
	type: 'json',
	default: '{}',
	description: 'Contact attributes as a JSON object, e.g. {"firstName": "Jane"}',
};

export const listIdsField: INodeProperties = {
	displayName: 'List IDs',
	name: 'listIds',
	type: 'string',
	default: '',
	description: 'Comma-separated IDs of lists the contact belongs to (at most 10)',
};

/** Checks an identifier value against its key: phone numbers in E.164, e-mail addresses as such. */
export function checkIdentifier(context: IExecuteFunctions, itemIndex: number, label: string, key: string, value: string): void {
	if (key === 'phonenumber' && !isE164Phone(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not a phone number in international format`, 'Write the number with + and the country code and no spaces, e.g. +31612345678.');
	}
	if (key === 'emailaddress' && !isEmail(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
}

export function readIdentifier(context: IExecuteFunctions, itemIndex: number): { key: string; value: string } {
	const chosen = context.getNodeParameter('identifierKey', itemIndex) as string;
	const key =
		chosen === 'custom'
			? requiredString(context, 'customIdentifierKey', itemIndex, 'Custom Identifier Key', 'Enter the identifier key, e.g. telegram.')
			: chosen;
	const value = requiredString(context, 'identifierValue', itemIndex, 'Identifier Value');
	checkIdentifier(context, itemIndex, 'Identifier Value', key, value);
	return { key, value };
}

/** A comma-separated list of IDs, at most `max`. */
export function readIdList(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string, max = 10): string[] | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	const ids = (Array.isArray(raw) ? raw.map(String) : String(raw).split(','))
		.map((id) => id.trim())
		.filter((id) => id !== '');
	if (ids.length > max) {
		throw invalidParameter(context, itemIndex, label, `has ${ids.length} IDs; Bird takes at most ${max}`, `Enter at most ${max} IDs.`);
	}
	return ids;
}

/** The attributes JSON of a collection, or undefined when absent or empty. */
export function readAttributes(context: IExecuteFunctions, itemIndex: number, parameter: string): IDataObject | undefined {
	const attributes = jsonObjectParameter(context, parameter, itemIndex, 'Attributes (JSON)');
	return Object.keys(attributes).length > 0 ? attributes : undefined;
}

export function readDisplayName(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const name = String(raw ?? '').trim();
	if (name === '') return undefined;
	if (name.length > 150) {
		throw invalidParameter(context, itemIndex, 'Display Name', `is ${name.length} characters long`, 'Shorten it to at most 150 characters.');
	}
	return name;
}
