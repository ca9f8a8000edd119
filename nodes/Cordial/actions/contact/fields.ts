import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, isEmail, jsonObjectParameter } from '../../../shared/validation';
import { splitList } from '../common';

export const subscribeStatusField: INodeProperties = {
	displayName: 'Subscribe Status',
	name: 'subscribeStatus',
	type: 'options',
	options: [
		{ name: 'None', value: 'none', description: 'Receives transactional messages only' },
		{ name: 'Subscribed', value: 'subscribed', description: 'Receives promotional messages too' },
		{ name: 'Unsubscribed', value: 'unsubscribed' },
	],
	default: 'subscribed',
	description: 'The e-mail channel\'s subscribe status',
};

/** Attribute, list and subscription fields shared by Create or Update and Update. */
export const contactDataFields: INodeProperties[] = [
	{
		displayName: 'Add to Lists',
		name: 'addToLists',
		type: 'string',
		default: '',
		placeholder: 'newsletter, vip',
		description: 'Comma-separated names of existing lists to add the contact to',
	},
	{
		displayName: 'Attributes (JSON)',
		name: 'attributes',
		type: 'json',
		default: '{}',
		description: 'Contact attribute values by attribute key, e.g. {"first_name": "Jane", "geo_key.city": "San Diego"}; the keys must exist in the account',
	},
	{
		displayName: 'Force Subscribe',
		name: 'forceSubscribe',
		type: 'boolean',
		default: false,
		description: 'Whether to subscribe a contact that has unsubscribed before (needs Subscribe Status "Subscribed")',
	},
	{
		displayName: 'Remove From Lists',
		name: 'removeFromLists',
		type: 'string',
		default: '',
		placeholder: 'newsletter',
		description: 'Comma-separated names of lists to remove the contact from',
	},
	subscribeStatusField,
	{
		displayName: 'Suppress Triggers',
		name: 'suppressTriggers',
		type: 'boolean',
		default: true,
		description: 'Whether to keep attribute changes from firing triggered messages (Cordial\'s default)',
	},
];

const RESERVED = ['channels', 'forceSubscribe', 'suppressTriggers', 'identifyBy'];

/**
 * Sets a key of the body as its own property, whatever its name: an assignment to `__proto__` would change the
 * object's prototype instead, and the attribute or list would silently not be sent. JSON.stringify writes every
 * own enumerable key (ECMA-262, SerializeJSONObject), so `__proto__`, `constructor` and `toString` are sent as given.
 */
function setOwn(target: IDataObject, key: string, value: unknown): void {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
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
	const status = values.subscribeStatus === undefined || values.subscribeStatus === '' ? undefined : String(values.subscribeStatus);
	if (status !== undefined && !['none', 'subscribed', 'unsubscribed'].includes(status)) {
		throw invalidParameter(context, itemIndex, 'Subscribe Status', `"${status}" is not allowed`, 'Use none, subscribed or unsubscribed (lower case).');
	}
	if (values.forceSubscribe === true && status !== 'subscribed') {
		throw invalidParameter(context, itemIndex, 'Force Subscribe', 'needs Subscribe Status "Subscribed"', 'Add "Subscribe Status" set to Subscribed, or turn "Force Subscribe" off.');
	}
	const body: IDataObject = {};
	if (email !== undefined || status !== undefined) {
		body.channels = { email: { ...(email !== undefined ? { address: email } : {}), ...(status ? { subscribeStatus: status } : {}) } };
	}
	if (values.forceSubscribe === true) body.forceSubscribe = true;
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
	for (const [key, value] of Object.entries(attributes)) setOwn(body, key, value);
	for (const list of add) setOwn(body, list, true);
	for (const list of remove) setOwn(body, list, false);
	if (values.suppressTriggers !== undefined) body.suppressTriggers = values.suppressTriggers;
	return body;
}
