import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isE164Phone, isEmail, jsonObjectParameter, requiredString } from '../../shared/validation';
import { splitList } from '../../shared/records';

/** Bird's longest display name of a contact. */
const MAX_DISPLAY_NAME = 150;

/** Checks an identifier value against its key: phone numbers in E.164, e-mail addresses as such. */
export function checkIdentifier(context: IExecuteFunctions, itemIndex: number, label: string, key: string, value: string): void {
	if (key === 'phonenumber' && !isE164Phone(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not a phone number in international format`, 'Write the number with + and the country code and no spaces, e.g. +31612345678.');
	}
	if (key === 'emailaddress' && !isEmail(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
}

/** The one identifier of Create or Update and Search: Identifier Key (or Custom Identifier Key) and Identifier Value. */
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

/** The Identifiers of a new contact (Create), each with a key and a value that fits it. */
export function readIdentifiers(context: IExecuteFunctions, itemIndex: number): Array<{ key: string; value: string }> {
	const entries = context.getNodeParameter('identifiers.identifier', itemIndex, []) as IDataObject[];
	return entries.map((entry, position) => {
		const label = `Identifiers (identifier ${position + 1})`;
		const key = (entry.key === 'custom' ? String(entry.customKey ?? '') : String(entry.key ?? 'emailaddress')).trim();
		const value = String(entry.value ?? '').trim();
		if (key === '') throw invalidParameter(context, itemIndex, `${label} Custom Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
		if (value === '') throw invalidParameter(context, itemIndex, `${label} Value`, 'is empty', 'Enter the e-mail address, phone number or other identifier.');
		checkIdentifier(context, itemIndex, `${label} Value`, key, value);
		return { key, value };
	});
}

/** A comma-separated list of IDs, at most `max`. */
export function readIdList(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string, max = 10): string[] | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	const ids = splitList(raw);
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

/** The Display Name of a collection, or undefined when empty; at most 150 characters. */
export function readDisplayName(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const name = String(raw ?? '').trim();
	if (name === '') return undefined;
	if (name.length > MAX_DISPLAY_NAME) {
		throw invalidParameter(context, itemIndex, 'Display Name', `is ${name.length} characters long`, `Shorten it to at most ${MAX_DISPLAY_NAME} characters.`);
	}
	return name;
}

/** "Create contact identifier": the keys of `properties` are "up to 64 characters, only letters and digits". */
const PROPERTY_KEY = /^[A-Za-z0-9]{1,64}$/;

/** The Properties (JSON) of an identifier, or undefined when absent or empty; every key as Bird allows it. */
export function readIdentifierProperties(context: IExecuteFunctions, itemIndex: number, parameter: string): IDataObject | undefined {
	const properties = jsonObjectParameter(context, parameter, itemIndex, 'Properties (JSON)');
	const wrong = Object.keys(properties).find((key) => !PROPERTY_KEY.test(key));
	if (wrong !== undefined) {
		throw invalidParameter(context, itemIndex, 'Properties (JSON)', `has the key "${wrong}"`, 'Use keys of 1 to 64 letters and digits only, e.g. {"isGmail": true}.');
	}
	return Object.keys(properties).length > 0 ? properties : undefined;
}

/** The Contact ID of an operation: its picker (a resource locator) or, in older workflows, a plain string. */
export function readContactId(context: IExecuteFunctions, itemIndex: number): string {
	return requiredString(context, 'contactId', itemIndex, 'Contact ID', 'Pick a contact from the list or enter its ID.');
}
