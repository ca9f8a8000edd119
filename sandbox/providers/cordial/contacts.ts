/** Contacts (`/v2/contacts`), found by cID, by the primary key (the e-mail address) or by `secondaryKey:value`. */
import { listState } from './accountLists';
import type { PatternRoute } from './routes';
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import {
	ACCOUNT_ATTRIBUTES,
	ACCOUNT_CHANNELS,
	ACCOUNT_LISTS,
	AUDIENCES,
	CHANNEL_ADDRESS_KEYS,
	CONTACT_CONTROL_KEYS,
	EMAIL,
	MERGE_OPTIONS,
	NOW,
	SECONDARY_KEYS,
	SMS_ADDRESS,
	SUBSCRIBE_STATUSES,
	type CordialContact,
	type Json,
} from './fixtures';
import { isAttributeKey } from './contactAttributes';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';

export function findContact(account: CordialAccount, key: string, value: string): CordialContact | undefined {
	for (const contact of account.contacts.values()) {
		if (key === 'cID' && contact.cID === value) return contact;
		if (key === 'email' && contact.channels.email?.address === value) return contact;
		const channel = /^channels\.([^.]+)\.address$/.exec(key)?.[1];
		if (channel !== undefined) {
			if (contact.channels[channel]?.address === value) return contact;
			continue;
		}
		if (key !== 'cID' && key !== 'email' && String(contact.attributes[key] ?? '') === value && value !== '') return contact;
	}
	return undefined;
}

/** `<cID>`, `<primary key value>` (the e-mail address) or `<secondary key>:<value>`. */
function lookup(account: CordialAccount, identifier: string): CordialContact | undefined {
	const colon = identifier.indexOf(':');
	const key = identifier.slice(0, colon);
	if (colon > 0 && (SECONDARY_KEYS.includes(key) || CHANNEL_ADDRESS_KEYS.includes(key))) {
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
		listJoinDate: structuredClone(contact.listJoinDate ?? {}),
		createdAt: contact.createdAt,
		lastModified: contact.lastModified ?? contact.createdAt,
	};
}

/** The seeded attribute definitions, for index.ts's old table; contactAttributes.ts serves the route with state. */
export function accountAttributes(): SandboxResponse {
	return jsonResponse(200, ACCOUNT_ATTRIBUTES.map((key) => ({ key, name: key, type: 'string', index: SECONDARY_KEYS.includes(key) })));
}

type Channel = { address?: unknown; subscribeStatus?: unknown };

/** Whether `key` names one of the account's lists: the seeded ones, and those made through the Account Lists API. */
function isListName(account: CordialAccount | undefined, key: string): boolean {
	if (!account) return ACCOUNT_LISTS.includes(key);
	return [...listState(account).lists.values()].some((list) => list.name === key);
}

/** The attributes and list memberships of a contact body; unknown keys and non-boolean memberships are problems. */
function readKeys(account: CordialAccount | undefined, body: Json, problems: Record<string, string[]>): { attributes: Json; lists: Record<string, boolean> } {
	const values: Json = {};
	const lists: Record<string, boolean> = {};
	for (const [key, value] of Object.entries(body)) {
		if (CONTACT_CONTROL_KEYS.includes(key)) continue;
		if (isListName(account, key)) {
			if (typeof value !== 'boolean') problems[key] = ['List membership must be true or false'];
			else lists[key] = value;
		} else if (account ? isAttributeKey(account, key) : ACCOUNT_ATTRIBUTES.includes(key.split('.')[0])) values[key] = value;
		else problems[key] = ['Attribute or list does not exist'];
	}
	if (body.suppressTriggers !== undefined && typeof body.suppressTriggers !== 'boolean') {
		problems.suppressTriggers = ['Incorrect value for suppressTriggers'];
	}
	if (body.forceSubscribe !== undefined && typeof body.forceSubscribe !== 'boolean') {
		problems.forceSubscribe = ['Must be true or false'];
	}
	return { attributes: values, lists };
}

/** Whether an address fits its channel: an e-mail address, or an SMS number (Cordial's "Import SMS contacts" page). */
function validAddress(channel: string, address: unknown): boolean {
	if (typeof address !== 'string') return false;
	if (channel === 'email') return EMAIL.test(address);
	if (channel === 'sms') return SMS_ADDRESS.test(address);
	return address !== '';
}

/**
 * The `channels` of a contact body: the account's channels only, each `{ address, subscribeStatus }` well-formed
 * (EmailC of the Swagger; the other channels have the same two fields, as the Contacts API page shows for sms).
 */
function readChannels(body: Json, problems: Record<string, string[]>): Record<string, Channel> {
	if (body.channels === undefined) return {};
	if (!isObject(body.channels)) {
		problems.channels = ['Must be an object'];
		return {};
	}
	const channels: Record<string, Channel> = {};
	for (const [channel, value] of Object.entries(body.channels)) {
		if (!ACCOUNT_CHANNELS.includes(channel)) problems[`channels.${channel}`] = ["Channel doesn't exist"];
		else if (!isObject(value)) problems[`channels.${channel}`] = ['Must be an object'];
		else {
			const entry = value as Channel;
			const unknown = Object.keys(entry).find((key) => key !== 'address' && key !== 'subscribeStatus');
			if (unknown) problems[`channels.${channel}.${unknown}`] = ['Unknown field'];
			if (entry.address !== undefined && !validAddress(channel, entry.address)) problems[`channels.${channel}.address`] = ['Address not exists'];
			if (entry.subscribeStatus !== undefined && !SUBSCRIBE_STATUSES.includes(String(entry.subscribeStatus))) {
				problems[`channels.${channel}.subscribeStatus`] = ['Possible values: none, subscribed, unsubscribed'];
			}
			channels[channel] = entry;
		}
	}
	return channels;
}

/** Sets each channel of the body on the contact; a channel without an address (new or stored) is left alone. */
function applyChannels(contact: CordialContact, channels: Record<string, Channel>): void {
	for (const [channel, entry] of Object.entries(channels)) {
		const address = typeof entry.address === 'string' ? entry.address : contact.channels[channel]?.address;
		if (!address) continue;
		contact.channels[channel] = {
			address,
			subscribeStatus: String(entry.subscribeStatus ?? contact.channels[channel]?.subscribeStatus ?? 'none'),
		};
	}
}

/** Applies a contact body (POST or PUT) to a contact; returns the ContactError when the body is invalid. */
function applyContact(account: CordialAccount | undefined, contact: CordialContact, body: Json): SandboxResponse | undefined {
	const problems: Record<string, string[]> = {};
	const { attributes: values, lists } = readKeys(account, body, problems);
	const channels = readChannels(body, problems);
	for (const [channel, entry] of Object.entries(channels)) {
		if (entry.subscribeStatus === 'subscribed' && contact.channels[channel]?.subscribeStatus === 'unsubscribed' && body.forceSubscribe !== true) {
			problems[`channels.${channel}.subscribeStatus`] = ['Contact is unsubscribed: use forceSubscribe to subscribe it again'];
		}
	}
	if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', problems, 'messages');
	applyChannels(contact, channels);
	Object.assign(contact.attributes, values);
	contact.listJoinDate ??= {};
	for (const [list, member] of Object.entries(lists)) {
		const had = contact.lists.includes(list);
		contact.lists = contact.lists.filter((name) => name !== list);
		if (member) contact.lists.push(list);
		if (member && !had) contact.listJoinDate[list] = (account?.now ?? new Date(NOW)).toISOString();
		if (!member) delete contact.listJoinDate[list];
	}
	contact.lastModified = (account?.now ?? new Date(NOW)).toISOString();
	return undefined;
}

/** The value an identifyBy key names in a POST body: a channel address, or an attribute at the top level. */
function identifyValue(body: Json, key: string): unknown {
	const channel = /^channels\.([^.]+)\.address$/.exec(key)?.[1] ?? (key === 'email' ? 'email' : undefined);
	if (channel === undefined) return body[key];
	const channels = isObject(body.channels) ? body.channels : {};
	return isObject(channels[channel]) ? (channels[channel] as Json).address : undefined;
}

export function upsertContact(account: CordialAccount, body: Json): SandboxResponse {
	// The channels are checked first: an identifyBy on a channel the account lacks is a channel problem.
	const channelProblems: Record<string, string[]> = {};
	readChannels(body, channelProblems);
	if (Object.keys(channelProblems).length) return error(422, 'GENERIC_ERROR_KEY', channelProblems, 'messages');
	const identifyBy = body.identifyBy === undefined ? ['email'] : body.identifyBy;
	if (!Array.isArray(identifyBy) || identifyBy.length === 0 || identifyBy.some((key) => typeof key !== 'string')) {
		return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Search field is not correct'] }, 'messages');
	}
	let existing: CordialContact | undefined;
	for (const key of identifyBy as string[]) {
		const path = key === 'channels.email.address' ? 'email' : key;
		if (path !== 'email' && !SECONDARY_KEYS.includes(path) && !CHANNEL_ADDRESS_KEYS.includes(path)) {
			return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Search field is not correct'] }, 'messages');
		}
		const value = identifyValue(body, path);
		if (typeof value === 'string') existing ??= findContact(account, path, value);
	}
	if (existing) {
		const invalid = applyContact(account, existing, body);
		return invalid ?? jsonResponse(200, { success: true, message: 'contact updated', cID: existing.cID });
	}
	// A new contact needs the address of a channel it is identified by: the e-mail address (the primary key) by
	// default; an SMS-only contact when identifyBy names channels.sms.address (the sandbox's choice, see the report).
	const identifying = (identifyBy as string[]).map((key) => identifyValue(body, key === 'channels.email.address' ? 'email' : key));
	if (!identifying.some((value) => typeof value === 'string')) {
		return error(422, 'GENERIC_ERROR_KEY', { 'channels.email.address': ['Address not exists'] }, 'messages');
	}
	const contact: CordialContact = { cID: account.nextHex(), channels: {}, attributes: {}, lists: [], mcIDs: [], createdAt: account.now.toISOString() };
	const invalid = applyContact(account, contact, body);
	if (invalid) return invalid;
	account.contacts.set(contact.cID, contact);
	return jsonResponse(201, { success: true, message: 'contact created', cID: contact.cID });
}

/** PUT /v2/contacts/{primary_key}; without `account` (index.ts's old table) only the seeded attributes are known. */
export function updateContact(contact: CordialContact, body: Json | undefined, account?: CordialAccount): SandboxResponse {
	if (!body || Object.keys(body).length === 0) {
		return error(422, 'GENERIC_ERROR_KEY', { body: ['Nothing to update'] }, 'messages');
	}
	if (body.identifyBy !== undefined) {
		return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Not allowed on update'] }, 'messages');
	}
	const invalid = applyContact(account, contact, body);
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

/** The first problem of a MergeContacts body (Swagger: sourceContact, destinationContact, options all required). */
function mergeProblem(body: Json): string | undefined {
	const unknown = Object.keys(body).find((key) => !['sourceContact', 'destinationContact', 'options'].includes(key));
	if (unknown) return `Unknown field: ${unknown}`;
	for (const field of ['sourceContact', 'destinationContact']) {
		if (typeof body[field] !== 'string' || body[field] === '') return `${field} is required`;
	}
	if (!isObject(body.options)) return 'options is required';
	const options = body.options;
	const extra = Object.keys(options).find((key) => !(key in MERGE_OPTIONS));
	if (extra) return `options.${extra} is not an option`;
	for (const [option, values] of Object.entries(MERGE_OPTIONS)) {
		if (!values.includes(String(options[option]))) return `options.${option} must be one of: ${values.join(', ')}`;
	}
	return undefined;
}

/** Moves what `options` keeps from the source onto the destination (events are re-attributed; orders, supplements, carts and push channels live elsewhere and are only checked). */
function mergeInto(account: CordialAccount, source: CordialContact, destination: CordialContact, options: Json): void {
	const fromSource = (option: string) => options[option] === 'sourceContact';
	for (const channel of ['email', 'sms']) {
		if ((fromSource(`${channel}_channels`) || !destination.channels[channel]) && source.channels[channel]) {
			destination.channels[channel] = { ...source.channels[channel] };
		}
	}
	destination.attributes = fromSource('attributes') ? { ...destination.attributes, ...source.attributes } : { ...source.attributes, ...destination.attributes };
	if (fromSource('lists')) {
		destination.lists = [...source.lists];
		destination.listJoinDate = { ...(source.listJoinDate ?? {}) };
	}
	if (options.events === 'merge') {
		for (const activity of account.activities) {
			if (activity.cID === source.cID) Object.assign(activity, { cID: destination.cID, email: destination.channels.email?.address ?? activity.email });
		}
	}
	destination.mcIDs = [...new Set([...destination.mcIDs, ...source.mcIDs])];
	destination.lastModified = account.now.toISOString();
	account.contacts.delete(source.cID);
}

/** The merges the account ran, as `source>destination` (for the suites' duplicate count). */
export function merges(account: CordialAccount): string[] {
	return account.state('contactMerges', () => [] as string[]);
}

/**
 * mergecontacts: merges the source into the destination and answers MergeContactsSuccess `{ jobID, message }` (201).
 * The Swagger documents a job and no 404: an unknown or repeated contact is its 422 MergeContactsError.
 */
function mergeContacts(account: CordialAccount, body: Json): SandboxResponse {
	const problem = mergeProblem(body);
	if (problem) return error(422, 'GENERIC_ERROR_KEY', problem);
	const source = lookup(account, String(body.sourceContact));
	const destination = lookup(account, String(body.destinationContact));
	if (!source) return error(422, 'GENERIC_ERROR_KEY', "Source contact doesn't exist");
	if (!destination) return error(422, 'GENERIC_ERROR_KEY', "Destination contact doesn't exist");
	if (source === destination) return error(422, 'GENERIC_ERROR_KEY', 'Source and destination are the same contact');
	mergeInto(account, source, destination, body.options as Json);
	merges(account).push(`${source.cID}>${destination.cID}`);
	return jsonResponse(201, { jobID: account.nextHex(), message: 'Contacts merge job has been created' });
}

/** Routes of this resource written as patterns (see routes.ts), matched before index.ts's table. */
export const contactRoutes: PatternRoute[] = [
	{ method: 'POST', path: 'contacts/merge', handle: ({ account, body }) => mergeContacts(account, body) },
	// With the account, so that attributes created through contactAttributes.ts are known.
	{
		method: 'PUT',
		path: 'contacts/{key}',
		handle: ({ account, params, request, body }) =>
			withContact(account, params.key, (contact) => updateContact(contact, request.text === '' ? undefined : body, account)),
	},
];
