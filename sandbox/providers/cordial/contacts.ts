/** Contacts (`/v2/contacts`), found by cID, by the primary key (the e-mail address) or by `secondaryKey:value`. */
import type { PatternRoute } from './routes';
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import {
	ACCOUNT_ATTRIBUTES,
	ACCOUNT_CHANNELS,
	ACCOUNT_LISTS,
	AUDIENCES,
	CONTACT_CONTROL_KEYS,
	EMAIL,
	SECONDARY_KEYS,
	SUBSCRIBE_STATUSES,
	type CordialContact,
	type Json,
} from './fixtures';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';

export function findContact(account: CordialAccount, key: string, value: string): CordialContact | undefined {
	for (const contact of account.contacts.values()) {
		if (key === 'cID' && contact.cID === value) return contact;
		if (key === 'email' && contact.channels.email?.address === value) return contact;
		if (key !== 'cID' && key !== 'email' && String(contact.attributes[key] ?? '') === value && value !== '') return contact;
	}
	return undefined;
}

/** `<cID>`, `<primary key value>` (the e-mail address) or `<secondary key>:<value>`. */
function lookup(account: CordialAccount, identifier: string): CordialContact | undefined {
	const colon = identifier.indexOf(':');
	if (colon > 0 && SECONDARY_KEYS.includes(identifier.slice(0, colon))) {
		return findContact(account, identifier.slice(0, colon), identifier.slice(colon + 1));
	}
	return account.contacts.get(identifier) ?? findContact(account, 'email', identifier);
}

export function withContact(account: CordialAccount, identifier: string, handler: (contact: CordialContact) => SandboxResponse): SandboxResponse {
	const contact = lookup(account, identifier);
	return contact ? handler(contact) : notFound();
}

export function contactView(contact: CordialContact): Json {
	return {
		cID: contact.cID,
		channels: structuredClone(contact.channels),
		...structuredClone(contact.attributes),
		lists: [...contact.lists],
		createdAt: contact.createdAt,
	};
}

/** The account's contact attribute definitions (the credential test call). */
export function accountAttributes(): SandboxResponse {
	return jsonResponse(200, ACCOUNT_ATTRIBUTES.map((key) => ({ key, name: key, type: 'string', index: SECONDARY_KEYS.includes(key) })));
}

type EmailChannel = { address?: unknown; subscribeStatus?: unknown };

/** The attributes and list memberships of a contact body; unknown keys and non-boolean memberships are problems. */
function readKeys(body: Json, problems: Record<string, string[]>): { attributes: Json; lists: Record<string, boolean> } {
	const attributes: Json = {};
	const lists: Record<string, boolean> = {};
	for (const [key, value] of Object.entries(body)) {
		if (CONTACT_CONTROL_KEYS.includes(key)) continue;
		if (ACCOUNT_LISTS.includes(key)) {
			if (typeof value !== 'boolean') problems[key] = ['List membership must be true or false'];
			else lists[key] = value;
		} else if (ACCOUNT_ATTRIBUTES.includes(key.split('.')[0])) attributes[key] = value;
		else problems[key] = ['Attribute or list does not exist'];
	}
	if (body.suppressTriggers !== undefined && typeof body.suppressTriggers !== 'boolean') {
		problems.suppressTriggers = ['Incorrect value for suppressTriggers'];
	}
	if (body.forceSubscribe !== undefined && typeof body.forceSubscribe !== 'boolean') {
		problems.forceSubscribe = ['Must be true or false'];
	}
	return { attributes, lists };
}

/** The `channels` of a contact body: known channels only, and a well-formed e-mail channel. */
function readChannels(body: Json, problems: Record<string, string[]>): EmailChannel | undefined {
	if (body.channels === undefined) return undefined;
	if (!isObject(body.channels)) {
		problems.channels = ['Must be an object'];
		return undefined;
	}
	for (const channel of Object.keys(body.channels)) {
		if (!ACCOUNT_CHANNELS.includes(channel)) problems[`channels.${channel}`] = ["Channel doesn't exist"];
	}
	const email = isObject(body.channels.email) ? (body.channels.email as EmailChannel) : undefined;
	if (email) {
		if (email.address !== undefined && (typeof email.address !== 'string' || !EMAIL.test(email.address))) {
			problems['channels.email.address'] = ['Address not exists'];
		}
		if (email.subscribeStatus !== undefined && !SUBSCRIBE_STATUSES.includes(String(email.subscribeStatus))) {
			problems['channels.email.subscribeStatus'] = ['Possible values: none, subscribed, unsubscribed'];
		}
	}
	return email;
}

/** Applies a contact body (POST or PUT) to a contact; returns the ContactError when the body is invalid. */
function applyContact(contact: CordialContact, body: Json, allowForce: boolean): SandboxResponse | undefined {
	const problems: Record<string, string[]> = {};
	const { attributes, lists } = readKeys(body, problems);
	const email = readChannels(body, problems);
	const current = contact.channels.email?.subscribeStatus;
	if (email?.subscribeStatus === 'subscribed' && current === 'unsubscribed' && !(allowForce && body.forceSubscribe === true)) {
		problems['channels.email.subscribeStatus'] = ['Contact is unsubscribed: use forceSubscribe to subscribe it again'];
	}
	if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', problems, 'messages');
	if (email) {
		const address = typeof email.address === 'string' ? email.address : contact.channels.email?.address;
		if (address) {
			contact.channels.email = {
				address,
				subscribeStatus: String(email.subscribeStatus ?? contact.channels.email?.subscribeStatus ?? 'none'),
			};
		}
	}
	Object.assign(contact.attributes, attributes);
	for (const [list, member] of Object.entries(lists)) {
		contact.lists = contact.lists.filter((name) => name !== list);
		if (member) contact.lists.push(list);
	}
	return undefined;
}

export function upsertContact(account: CordialAccount, body: Json): SandboxResponse {
	const channels = isObject(body.channels) ? body.channels : undefined;
	const address = isObject(channels?.email) ? (channels!.email as Json).address : undefined;
	const identifyBy = body.identifyBy === undefined ? ['email'] : body.identifyBy;
	if (!Array.isArray(identifyBy) || identifyBy.some((key) => typeof key !== 'string')) {
		return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Search field is not correct'] }, 'messages');
	}
	let existing: CordialContact | undefined;
	for (const key of identifyBy as string[]) {
		const path = key === 'channels.email.address' ? 'email' : key;
		if (path !== 'email' && !SECONDARY_KEYS.includes(path)) {
			return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Search field is not correct'] }, 'messages');
		}
		const value = path === 'email' ? address : body[path];
		if (typeof value === 'string') existing ??= findContact(account, path, value);
	}
	if (existing) {
		const invalid = applyContact(existing, body, true);
		return invalid ?? jsonResponse(200, { success: true, message: 'contact updated', cID: existing.cID });
	}
	if (typeof address !== 'string') {
		return error(422, 'GENERIC_ERROR_KEY', { 'channels.email.address': ['Address not exists'] }, 'messages');
	}
	const contact: CordialContact = {
		cID: account.nextHex(),
		channels: {},
		attributes: {},
		lists: [],
		mcIDs: [],
		createdAt: account.now.toISOString(),
	};
	const invalid = applyContact(contact, body, true);
	if (invalid) return invalid;
	account.contacts.set(contact.cID, contact);
	return jsonResponse(201, { success: true, message: 'contact created', cID: contact.cID });
}

export function updateContact(contact: CordialContact, body: Json | undefined): SandboxResponse {
	if (!body || Object.keys(body).length === 0) {
		return error(422, 'GENERIC_ERROR_KEY', { body: ['Nothing to update'] }, 'messages');
	}
	if (body.identifyBy !== undefined) {
		return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Not allowed on update'] }, 'messages');
	}
	const invalid = applyContact(contact, body, true);
	return invalid ?? jsonResponse(200, { success: true });
}

export function deleteContact(account: CordialAccount, contact: CordialContact): SandboxResponse {
	account.contacts.delete(contact.cID);
	return jsonResponse(200, { success: true });
}

export function unsubscribe(contact: CordialContact, channel: string, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['mcID'], 'GENERIC_ERROR_KEY');
	if (unknown) return unknown;
	if (!contact.channels[channel]) return error(422, 'GENERIC_ERROR_KEY', { channel: ["Channel doesn't exist"] }, 'messages');
	const mcID = query.get('mcID');
	if (mcID !== null && !contact.mcIDs.includes(mcID)) {
		return error(422, 'GENERIC_ERROR_KEY', { mcID: ["mcID doesn't belong to this contact"] }, 'messages');
	}
	contact.channels[channel].subscribeStatus = 'unsubscribed';
	return jsonResponse(200, { success: true });
}

export function listContacts(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['email', 'audience-key', 'page', 'per_page', 'sort_by', 'sort_dir', 'return_count']);
	if (unknown) return unknown;
	let list = [...account.contacts.values()];
	const email = query.get('email');
	if (email) list = list.filter((contact) => contact.channels.email?.address === email);
	const audience = query.get('audience-key');
	if (audience) {
		if (!AUDIENCES.includes(audience)) return error(422, 'INVALID_AUDIENCE_RULES', `Audience with name: '${audience}' does not exist.`);
		// The sandbox's saved audiences: engaged = subscribed by e-mail, VIP = on the "vip" list.
		list = list.filter((contact) =>
			audience === 'vip_customers' ? contact.lists.includes('vip') : contact.channels.email?.subscribeStatus === 'subscribed',
		);
	}
	return listReply(list.map((contact) => contactView(contact)), query);
}

/** Routes of this resource written as patterns (see routes.ts), matched before index.ts's table. */
export const contactRoutes: PatternRoute[] = [];
