import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { pathSegment } from '../../shared/pathSegment';
import { invalidParameter, isEmail, jsonObjectParameter, requiredString } from '../../shared/validation';
import { CHANNEL_KEY, CONTACT_ID, KEY_NAME, splitList } from './values';

/**
 * The contact named by Identify Contact By and Contact, as the path `/contacts/<identifier>`: each part URL-encoded,
 * `key:value` for secondary keys.
 */
export function readContactPath(context: IExecuteFunctions, itemIndex: number): string {
	const { key, value } = readContactIdentifier(context, itemIndex, { mode: 'identifyBy', secondaryKey: 'secondaryKey', value: 'contactKey' }, 'Contact');
	if (key !== undefined) {
		return `/contacts/${pathSegment(context, itemIndex, 'Secondary Key', key)}:${pathSegment(context, itemIndex, 'Contact', value)}`;
	}
	return `/contacts/${pathSegment(context, itemIndex, 'Contact', value)}`;
}

/**
 * A contact named by a mode parameter (cID, primary key value, or secondary key), a Secondary Key parameter and a
 * value parameter, checked: `key` is the secondary key's name, undefined for cID and primary key values.
 */
export function readContactIdentifier(
	context: IExecuteFunctions,
	itemIndex: number,
	names: { mode: string; secondaryKey: string; value: string },
	label: string,
): { key?: string; value: string } {
	const mode = context.getNodeParameter(names.mode, itemIndex) as string;
	const value = requiredString(context, names.value, itemIndex, label);
	if (mode === 'secondaryKey') {
		const key = requiredString(context, names.secondaryKey, itemIndex, 'Secondary Key', 'Enter the name of an indexed key such as email or custID.');
		if (!KEY_NAME.test(key)) {
			throw invalidParameter(context, itemIndex, 'Secondary Key', `"${key}" is not a key name`, 'Use the key\'s name as defined in Cordial, e.g. custID.');
		}
		return { key, value };
	}
	if (mode === 'cID' && !CONTACT_ID.test(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3; choose "Primary Key Value" or "Secondary Key" for other identifiers.');
	}
	return { value };
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

/** The channel's subscribe status ("Don't Change" sends none), and Force Subscribe only with "Subscribed". */
function readSubscribeStatus(context: IExecuteFunctions, itemIndex: number, values: IDataObject): string | undefined {
	const status = values.subscribeStatus === undefined || values.subscribeStatus === '' ? undefined : String(values.subscribeStatus);
	if (status !== undefined && !['none', 'subscribed', 'unsubscribed'].includes(status)) {
		throw invalidParameter(context, itemIndex, 'Subscribe Status', `"${status}" is not allowed`, 'Use none, subscribed or unsubscribed (lower case), or leave it out to keep the current status.');
	}
	if (values.forceSubscribe === true && status !== 'subscribed') {
		throw invalidParameter(context, itemIndex, 'Force Subscribe', 'needs Subscribe Status "Subscribed"', 'Add "Subscribe Status" set to Subscribed, or turn "Force Subscribe" off.');
	}
	return status;
}

/** A channel and the contact's address on it (the address may be absent on Update). */
export interface ChannelAddress {
	channel: string;
	address?: string;
}

/** An SMS number as Cordial stores it: digits with the country code, an optional leading `+`. */
const SMS_NUMBER = /^\+?[1-9][0-9]{6,14}$/;

/** Channel and its address field (Email, or Address with Channel Key for a custom channel), checked. */
export function readChannelAddress(context: IExecuteFunctions, itemIndex: number): ChannelAddress {
	const choice = String(context.getNodeParameter('channel', itemIndex, 'email'));
	if (choice === 'email') return { channel: 'email', address: requiredString(context, 'email', itemIndex, 'Email') };
	const channel = choice === 'custom' ? requiredString(context, 'channelKey', itemIndex, 'Channel Key', 'Enter the channel key defined in Cordial, e.g. whatsapp.') : choice;
	if (!CHANNEL_KEY.test(channel)) {
		throw invalidParameter(context, itemIndex, 'Channel Key', `"${channel}" is not a channel key`, 'Use letters, digits, _ and - only, e.g. whatsapp.');
	}
	const address = requiredString(context, 'address', itemIndex, 'Address');
	if (channel === 'sms' && !SMS_NUMBER.test(address)) {
		throw invalidParameter(context, itemIndex, 'Address', `"${address}" is not an SMS number`, 'Enter the number with its country code and digits only, e.g. 15555551234 or +15555551234.');
	}
	return { channel, address };
}

/** The key that finds a contact by its address on a channel other than e-mail, as identifyBy names it (Swagger, ContactCPost). */
export function channelAddressKey(channel: string): string {
	return `channels.${channel}.address`;
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
 * The ContactCPost / ContactCPut body: `channels.<channel>` (address and subscribeStatus), attributes at the top level, list membership as
 * `"<list>": true|false`, plus forceSubscribe and suppressTriggers when set.
 */
export function contactBody(
	context: IExecuteFunctions,
	itemIndex: number,
	target: ChannelAddress,
	values: IDataObject,
	attributesParameter: string,
): IDataObject {
	const { channel, address } = target;
	if (channel === 'email' && address !== undefined && !isEmail(address)) {
		throw invalidParameter(context, itemIndex, 'Email', `"${address}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
	const status = readSubscribeStatus(context, itemIndex, values);
	const body: IDataObject = {};
	if (address !== undefined || status !== undefined) {
		body.channels = { [channel]: { ...(address !== undefined ? { address } : {}), ...(status ? { subscribeStatus: status } : {}) } };
	}
	if (values.forceSubscribe === true) body.forceSubscribe = true;
	const { attributes, add, remove } = readMembership(context, itemIndex, values, attributesParameter);
	for (const [key, value] of Object.entries(attributes)) setOwn(body, key, value);
	for (const list of add) setOwn(body, list, true);
	for (const list of remove) setOwn(body, list, false);
	if (values.suppressTriggers !== undefined) body.suppressTriggers = values.suppressTriggers;
	return body;
}
