/**
 * The Contacts resource: create, get, update, delete, list, search by identifier, and the upsert by identifier
 * (`PATCH /contacts/identifiers/{key}/{value}`).
 */
import { emptyResponse, jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
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
	const allowed = new Set(['displayName', 'attributes', 'listIds', 'accountIds']);
	for (const key of Object.keys(body)) if (!allowed.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
	if (Object.keys(body).length === 0) add(details, '.', 'At least one property is required');
	if (body.displayName !== undefined && (typeof body.displayName !== 'string' || body.displayName.length < 1 || body.displayName.length > 150)) {
		add(details, '.displayName', 'Must be 1 to 150 characters');
	}
	if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
	const listIds = body.listIds === undefined ? undefined : checkIdList(body.listIds, '.listIds', details);
	const accountIds = body.accountIds === undefined ? undefined : checkIdList(body.accountIds, '.accountIds', details);
	if (Object.keys(details).length > 0) return malformed(details);
	if (body.displayName !== undefined) contact.displayName = body.displayName as string;
	if (isObject(body.attributes)) Object.assign(contact.attributes, structuredClone(body.attributes));
	if (listIds) contact.listIds = listIds;
	if (accountIds) contact.accountIds = accountIds;
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
	const addToLists = body.addToLists === undefined ? [] : checkIdList(body.addToLists, '.addToLists', details, 100);
	const removeFromLists = body.removeFromLists === undefined ? [] : checkIdList(body.removeFromLists, '.removeFromLists', details, 100);
	if (Object.keys(details).length > 0) return malformed(details);
	let contact = account.ownerOf(key, value);
	const created = !contact;
	const now = new Date().toISOString();
	if (!contact) {
		contact = { id: account.nextId('c'), identifiers: [{ key, value }], attributes: {}, listIds: [], accountIds: [], createdAt: now, updatedAt: now };
		account.addContact(contact);
	}
	if (isObject(body.attributes)) Object.assign(contact.attributes, structuredClone(body.attributes));
	contact.listIds = [...new Set([...contact.listIds, ...addToLists])].filter((id) => !removeFromLists.includes(id));
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
