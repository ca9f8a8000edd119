/**
 * The Contacts resource: create, get, update, delete, list, search by identifier, and the upsert by identifier
 * (`PATCH /contacts/identifiers/{key}/{value}`). A contact's `listIds` is its list membership (lists.ts reads and
 * changes it), `accountIds` the accounts it belongs to.
 */
import { emptyResponse, jsonResponse, mediaType, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount, StoredContact } from './account';
import { add, birdError, isObject, malformed, type Details, type Json } from './answers';
import { E164, EMAIL } from './fixtures';
import { page } from './paging';

export function checkIdentifiers(value: unknown, path: string, details: Details): Array<{ key: string; value: string }> {
	if (!Array.isArray(value)) {
		add(details, path, 'Must be an array');
		return [];
	}
	return value.flatMap((identifier: unknown, index) => {
		const at = `${path}[${index}]`;
		if (!isObject(identifier) || typeof identifier.key !== 'string' || typeof identifier.value !== 'string' || !identifier.key || !identifier.value) {
			add(details, at, "Properties 'key' and 'value' are required");
			return [];
		}
		for (const key of Object.keys(identifier)) if (!['key', 'value', 'properties'].includes(key)) add(details, `${at}.${key}`, `Unknown property '${key}'`);
		if (identifier.key === 'phonenumber' && !E164.test(identifier.value)) add(details, `${at}.value`, 'Must be a phone number in E.164 format');
		if (identifier.key === 'emailaddress' && !EMAIL.test(identifier.value)) add(details, `${at}.value`, 'Must be an email address');
		return [{ key: identifier.key, value: identifier.value }];
	});
}

export function checkIdList(value: unknown, path: string, details: Details, max = 10): string[] {
	if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
		add(details, path, 'Must be an array of strings');
		return [];
	}
	if (value.length > max) add(details, path, `At most ${max} items are allowed`);
	return value as string[];
}

/** A path segment as sent, decoded; undefined when it is not valid percent-encoding (Bird cannot resolve it). */
export function decodedSegment(raw: string): string | undefined {
	try {
		return decodeURIComponent(raw);
	} catch {
		return undefined;
	}
}

/**
 * The JSON object a DELETE carries. Bird's "Remove contacts from a list" and "Delete contact identifier" take a
 * JSON body on DELETE; the workspace router parses bodies of POST, PATCH and PUT only.
 */
export function deleteBody(request: SandboxRequest): { body?: Json; refused?: SandboxResponse } {
	if (mediaType(request) !== 'application/json') return { refused: birdError(415, 'UnsupportedMediaType', 'Content-Type must be application/json') };
	let body: unknown;
	try {
		body = JSON.parse(request.text);
	} catch {
		return { refused: birdError(400, 'InvalidPayload', 'The request body is not valid JSON') };
	}
	return isObject(body) ? { body } : { refused: birdError(400, 'InvalidPayload', 'The request body must be a JSON object') };
}

/**
 * The `add…`/`remove…` and full-list fields of one kind of membership (lists or accounts), applied in that order:
 * the full list replaces, then the additions, then the removals. "Update a contact" and "Create or update a contact
 * by identifier" say `string · uuid[] · max: 10` for each.
 */
function membershipChange(body: Json, fields: { all: string; add: string; remove: string; maxChange: number }, details: Details): (current: string[]) => string[] {
	const read = (field: string, max = 10) => (body[field] === undefined ? undefined : checkIdList(body[field], `.${field}`, details, max));
	const all = read(fields.all);
	const added = read(fields.add, fields.maxChange) ?? [];
	const removed = read(fields.remove, fields.maxChange) ?? [];
	return (current) => [...new Set([...(all ?? current), ...added])].filter((id) => !removed.includes(id));
}

const LIST_FIELDS = { all: 'listIds', add: 'addToLists', remove: 'removeFromLists', maxChange: 10 };
const ACCOUNT_FIELDS = { all: 'accountIds', add: 'addToAccounts', remove: 'removeFromAccounts', maxChange: 10 };

export function createContact(account: BirdAccount, body: Json): SandboxResponse {
	const details: Details = {};
	const allowed = new Set(['displayName', 'identifiers', 'attributes', 'listIds', 'accountIds']);
	for (const key of Object.keys(body)) if (!allowed.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
	if (body.displayName !== undefined && (typeof body.displayName !== 'string' || body.displayName.length < 1 || body.displayName.length > 150)) {
		add(details, '.displayName', 'Must be 1 to 150 characters');
	}
	const identifiers = body.identifiers === undefined ? [] : checkIdentifiers(body.identifiers, '.identifiers', details);
	if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
	const listIds = body.listIds === undefined ? [] : checkIdList(body.listIds, '.listIds', details);
	const accountIds = body.accountIds === undefined ? [] : checkIdList(body.accountIds, '.accountIds', details);
	if (Object.keys(details).length > 0) return malformed(details);
	const taken = identifiers.find(({ key, value }) => account.ownerOf(key, value));
	if (taken) return birdError(409, 'Conflict', `A contact with identifier ${taken.key} ${taken.value} already exists`);
	const now = new Date().toISOString();
	const contact: StoredContact = {
		id: account.nextId('c'),
		displayName: body.displayName as string | undefined,
		identifiers,
		attributes: structuredClone((body.attributes as Json | undefined) ?? {}),
		listIds,
		accountIds,
		createdAt: now,
		updatedAt: now,
	};
	account.addContact(contact);
	return jsonResponse(201, account.contactJson(contact));
}

export function updateContact(account: BirdAccount, contact: StoredContact, body: Json): SandboxResponse {
	const details: Details = {};
	// "Update a contact" documents the membership fields of the upsert besides the contact's own.
	const allowed = new Set(['displayName', 'attributes', ...[LIST_FIELDS, ACCOUNT_FIELDS].flatMap((fields) => [fields.all, fields.add, fields.remove])]);
	for (const key of Object.keys(body)) if (!allowed.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
	if (Object.keys(body).length === 0) add(details, '.', 'At least one property is required');
	if (body.displayName !== undefined && (typeof body.displayName !== 'string' || body.displayName.length < 1 || body.displayName.length > 150)) {
		add(details, '.displayName', 'Must be 1 to 150 characters');
	}
	if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
	const lists = membershipChange(body, LIST_FIELDS, details);
	const accounts = membershipChange(body, ACCOUNT_FIELDS, details);
	if (Object.keys(details).length > 0) return malformed(details);
	if (body.displayName !== undefined) contact.displayName = body.displayName as string;
	if (isObject(body.attributes)) Object.assign(contact.attributes, structuredClone(body.attributes));
	contact.listIds = lists(contact.listIds);
	contact.accountIds = accounts(contact.accountIds);
	contact.updatedAt = new Date().toISOString();
	return jsonResponse(200, account.contactJson(contact));
}

export function upsertContact(account: BirdAccount, rawKey: string, rawValue: string, body: Json): SandboxResponse {
	// A path segment decodes %XX only; a raw "+" stays a "+"... except that Bird's router reads it as a space, as
	// form encoding does, which is why clients must send %2B.
	let key: string;
	let value: string;
	try {
		key = decodeURIComponent(rawKey);
		value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
	} catch {
		return birdError(400, 'InvalidParameter', 'The identifier in the path is not correctly encoded');
	}
	const details: Details = {};
	if (key === 'phonenumber' && !E164.test(value)) add(details, '.identifierValue', `"${value}" is not a phone number in E.164 format`);
	if (key === 'emailaddress' && !EMAIL.test(value)) add(details, '.identifierValue', `"${value}" is not an email address`);
	const allowed = new Set([
		'attributes',
		'addIdentifiers',
		'removeIdentifiers',
		'addToLists',
		'removeFromLists',
		'listIds',
		'addToAccounts',
		'removeFromAccounts',
		'strategy',
		'allowWritingReadOnly',
	]);
	for (const field of Object.keys(body)) if (!allowed.has(field)) add(details, `.${field}`, `Unknown property '${field}'`);
	if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
	const lists = membershipChange(body, LIST_FIELDS, details);
	const accounts = membershipChange(body, ACCOUNT_FIELDS, details);
	if (Object.keys(details).length > 0) return malformed(details);
	let contact = account.ownerOf(key, value);
	const created = !contact;
	const now = new Date().toISOString();
	if (!contact) {
		contact = { id: account.nextId('c'), identifiers: [{ key, value }], attributes: {}, listIds: [], accountIds: [], createdAt: now, updatedAt: now };
		account.addContact(contact);
	}
	if (isObject(body.attributes)) Object.assign(contact.attributes, structuredClone(body.attributes));
	contact.listIds = lists(contact.listIds);
	contact.accountIds = accounts(contact.accountIds);
	contact.updatedAt = now;
	return jsonResponse(created ? 201 : 200, account.contactJson(contact));
}

export function searchContacts(account: BirdAccount, body: Json): SandboxResponse {
	const details: Details = {};
	for (const key of Object.keys(body)) if (key !== 'identifier' && key !== 'platformAddress') add(details, `.${key}`, `Unknown property '${key}'`);
	if ((body.identifier === undefined) === (body.platformAddress === undefined)) add(details, '.', "Exactly one of 'identifier' or 'platformAddress' is required");
	const identifier = body.identifier;
	if (identifier !== undefined && (!isObject(identifier) || typeof identifier.key !== 'string' || typeof identifier.value !== 'string')) {
		add(details, '.identifier', "Properties 'key' and 'value' are required");
	}
	if (Object.keys(details).length > 0) return malformed(details);
	const results = isObject(identifier)
		? [...account.contacts.values()].filter((contact) => contact.identifiers.some((entry) => entry.key === identifier.key && entry.value === identifier.value))
		: [...account.contacts.values()].filter((contact) => contact.identifiers.some((entry) => entry.value === body.platformAddress));
	return jsonResponse(200, { results: results.map((contact) => account.contactJson(contact)) });
}

export function listContacts(account: BirdAccount, request: SandboxRequest): SandboxResponse {
	return page(request, [...account.contacts.values()].map((contact) => account.contactJson(contact)), 'contacts');
}

/** The contact of `GET`, `PATCH` and `DELETE /contacts/{contactId}`: 404 when there is none. */
export function withContact(account: BirdAccount, contactId: string, handle: (contact: StoredContact) => SandboxResponse): SandboxResponse {
	const contact = account.contacts.get(contactId);
	return contact ? handle(contact) : birdError(404, 'NotFound', 'Contact not found');
}

export function deleteContact(account: BirdAccount, contact: StoredContact): SandboxResponse {
	account.contacts.delete(contact.id);
	return emptyResponse(204);
}
