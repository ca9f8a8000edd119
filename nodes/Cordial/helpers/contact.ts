import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { pathSegment } from '../../shared/pathSegment';
import { invalidParameter, isEmail, jsonObjectParameter, requiredString } from '../../shared/validation';
import { CONTACT_ID, KEY_NAME, splitList } from './values';

/**
 * The contact named by Identify Contact By and Contact, as the path `/contacts/<identifier>`: each part URL-encoded,
 * `key:value` for secondary keys.
 */
export function readContactPath(context: IExecuteFunctions, itemIndex: number): string {
	const mode = context.getNodeParameter('identifyBy', itemIndex) as string;
	const value = requiredString(context, 'contactKey', itemIndex, 'Contact');
	if (mode === 'secondaryKey') {
		const key = requiredString(context, 'secondaryKey', itemIndex, 'Secondary Key', 'Enter the name of an indexed key such as email or custID.');
		if (!KEY_NAME.test(key)) {
			throw invalidParameter(context, itemIndex, 'Secondary Key', `"${key}" is not a key name`, 'Use the key\'s name as defined in Cordial, e.g. custID.');
		}
		return `/contacts/${pathSegment(context, itemIndex, 'Secondary Key', key)}:${pathSegment(context, itemIndex, 'Contact', value)}`;
	}
	if (mode === 'cID' && !CONTACT_ID.test(value)) {
		throw invalidParameter(context, itemIndex, 'Contact', `"${value}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3; choose "Primary Key Value" or "Secondary Key" for other identifiers.');
	}
	return `/contacts/${pathSegment(context, itemIndex, 'Contact', value)}`;
}

/**
 * The contact key chosen in the picker `parameter` (email, cID, or with Custom Key the name typed in Key Name),
 * checked as a key name; `fix` says what to enter when it is not one.
 */
export function readIdentifierKey(context: IExecuteFunctions, itemIndex: number, parameter: string, fix: string): string {
	const mode = context.getNodeParameter(parameter, itemIndex) as string;
	if (mode !== 'custom') return mode;
	const key = String(context.getNodeParameter('customKey', itemIndex, '')).trim();
	if (!KEY_NAME.test(key)) {
		throw invalidParameter(context, itemIndex, 'Key Name', key ? `"${key}" is not a key name` : 'is empty', fix);
	}
	return key;
}

/** Identify By of Create or Update: comma-separated key names, at least one. */
export function readIdentifyBy(context: IExecuteFunctions, itemIndex: number, value: unknown): string[] {
	const keys = splitList(value);
	const wrong = keys.find((key) => !KEY_NAME.test(key));
	if (keys.length === 0 || wrong) {
		throw invalidParameter(context, itemIndex, 'Identify By', wrong ? `"${wrong}" is not a key name` : 'is empty', 'Enter key names such as email, custID, separated by commas.');
	}
	return keys;
}

const RESERVED = ['channels', 'forceSubscribe', 'suppressTriggers', 'identifyBy'];

/**
 * Sets a key of the body as its own property, whatever its name: an assignment to `__proto__` would change the
 * object's prototype instead, and the attribute or list would silently not be sent. JSON.stringify writes every
 * own enumerable key (ECMA-262, SerializeJSONObject), so `__proto__`, `constructor` and `toString` are sent as given.
 */
function setOwn(target: IDataObject, key: string, value: unknown): void {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The e-mail channel's subscribe status, and Force Subscribe only with "Subscribed". */
function readSubscribeStatus(context: IExecuteFunctions, itemIndex: number, values: IDataObject): string | undefined {
	const status = values.subscribeStatus === undefined || values.subscribeStatus === '' ? undefined : String(values.subscribeStatus);
	if (status !== undefined && !['none', 'subscribed', 'unsubscribed'].includes(status)) {
		throw invalidParameter(context, itemIndex, 'Subscribe Status', `"${status}" is not allowed`, 'Use none, subscribed or unsubscribed (lower case).');
	}
	if (values.forceSubscribe === true && status !== 'subscribed') {
		throw invalidParameter(context, itemIndex, 'Force Subscribe', 'needs Subscribe Status "Subscribed"', 'Add "Subscribe Status" set to Subscribed, or turn "Force Subscribe" off.');
	}
	return status;
}

/** Attributes (JSON) and the lists to add to and remove from, each key in one place only. */
function readMembership(
	context: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	attributesParameter: string,
): { attributes: IDataObject; add: string[]; remove: string[] } {
	const attributes = values.attributes === undefined ? {} : jsonObjectParameter(context, attributesParameter, itemIndex, 'Attributes (JSON)');
	const reserved = Object.keys(attributes).find((key) => RESERVED.includes(key));
	if (reserved) {
		throw invalidParameter(context, itemIndex, 'Attributes (JSON)', `"${reserved}" is not an attribute`, `Set ${reserved} with its own field; attributes are your account's contact attribute keys.`);
	}
	const add = splitList(values.addToLists);
	const remove = splitList(values.removeFromLists);
	const both = add.find((list) => remove.includes(list));
	if (both) {
		throw invalidParameter(context, itemIndex, 'Remove From Lists', `"${both}" is also in "Add to Lists"`, 'Name each list in one of the two fields only.');
	}
	const clash = [...add, ...remove].find((list) => Object.prototype.hasOwnProperty.call(attributes, list) || RESERVED.includes(list));
	if (clash) {
		throw invalidParameter(context, itemIndex, 'Add to Lists', `"${clash}" is also an attribute key`, 'A key is either a list or an attribute; remove it from one of the two.');
	}
	return { attributes, add, remove };
}

/**
 * The ContactCPost / ContactCPut body: `channels.email`, attributes at the top level, list membership as
 * `"<list>": true|false`, plus forceSubscribe and suppressTriggers when set.
 */
export function contactBody(
	context: IExecuteFunctions,
	itemIndex: number,
	email: string | undefined,
	values: IDataObject,
	attributesParameter: string,
): IDataObject {
	if (email !== undefined && !isEmail(email)) {
		throw invalidParameter(context, itemIndex, 'Email', `"${email}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
	const status = readSubscribeStatus(context, itemIndex, values);
	const body: IDataObject = {};
	if (email !== undefined || status !== undefined) {
		body.channels = { email: { ...(email !== undefined ? { address: email } : {}), ...(status ? { subscribeStatus: status } : {}) } };
	}
	if (values.forceSubscribe === true) body.forceSubscribe = true;
	const { attributes, add, remove } = readMembership(context, itemIndex, values, attributesParameter);
	for (const [key, value] of Object.entries(attributes)) setOwn(body, key, value);
	for (const list of add) setOwn(body, list, true);
	for (const list of remove) setOwn(body, list, false);
	if (values.suppressTriggers !== undefined) body.suppressTriggers = values.suppressTriggers;
	return body;
}
