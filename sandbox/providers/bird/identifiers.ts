/**
 * A contact's identifiers, from Bird's Contacts API reference "Manage contact identifiers"
 * (docs.bird.com/api/contacts-api/api-reference/manage-contact-identifiers) and its pages:
 * - "List contact identifiers": `GET /contacts/{contactId}/identifiers`, paged (`limit` 1..100, `pageToken`,
 *   `reverse`), `{results: [{contactId, key, value, properties, createdAt}], nextPageToken}`;
 * - "Create contact identifier": `POST /contacts/{contactId}/identifiers` with `{key (1..64), value (1..500),
 *   properties}` (properties: "key-value pairs, where the key is up to 64 characters, only letters and digits"),
 *   201 with the identifier, 404 for an unknown contact, 409 "a conflict with the current state of the resource";
 * - "Delete contact identifier": `DELETE /contacts/{contactId}/identifiers` with the JSON body `{key, value}`, 204,
 *   404 "The contact, workspace or identifier was not found".
 *
 * Where the pages are silent, the emulator chooses: the 409 is an identifier that a contact (this one or another)
 * already has, with the message of Create Contact's conflict; the 404 messages are "Contact not found" and
 * "Identifier not found"; a contact's last identifier may be removed.
 */
import { emptyResponse, jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount, StoredContact } from './account';
import { add, birdError, isObject, malformed, type Details, type Json } from './answers';
import { decodedSegment, deleteBody, withContact } from './contacts';
import { E164, EMAIL } from './fixtures';
import { page } from './paging';
import type { Route } from './routes';

/** What Bird keeps of an identifier besides key and value; identifiers made with the contact have none. */
interface IdentifierDetails {
	properties: Json;
	createdAt: string;
}

// Deliberate copies of the documented bounds (see the header).
const MAX_KEY = 64;
const MAX_VALUE = 500;
const PROPERTY_KEY = /^[A-Za-z0-9]{1,64}$/;

const detailKey = (contactId: string, key: string, value: string) => `${contactId}\u0000${key}\u0000${value}`;

function detailsOf(account: BirdAccount): Map<string, IdentifierDetails> {
	return account.state('identifierDetails', () => new Map<string, IdentifierDetails>());
}

function identifierJson(account: BirdAccount, contact: StoredContact, key: string, value: string): Json {
	const details = detailsOf(account).get(detailKey(contact.id, key, value));
	return { contactId: contact.id, key, value, properties: structuredClone(details?.properties ?? {}), createdAt: details?.createdAt ?? contact.createdAt };
}

/** `{key, value}` (and `properties` where `withProperties`), checked as the pages document them. */
function checkIdentifierBody(body: Json, withProperties: boolean): Details {
	const details: Details = {};
	const allowed = withProperties ? ['key', 'value', 'properties'] : ['key', 'value'];
	for (const field of Object.keys(body)) if (!allowed.includes(field)) add(details, `.${field}`, `Unknown property '${field}'`);
	for (const [field, max] of [['key', MAX_KEY], ['value', MAX_VALUE]] as const) {
		const text = body[field];
		if (text === undefined) add(details, `.${field}`, `Property '${field}' is missing`);
		else if (typeof text !== 'string' || text.length < 1 || text.length > max) add(details, `.${field}`, `Must be 1 to ${max} characters`);
	}
	if (body.key === 'phonenumber' && typeof body.value === 'string' && !E164.test(body.value)) add(details, '.value', 'Must be a phone number in E.164 format');
	if (body.key === 'emailaddress' && typeof body.value === 'string' && !EMAIL.test(body.value)) add(details, '.value', 'Must be an email address');
	if (body.properties !== undefined) {
		if (!isObject(body.properties)) add(details, '.properties', 'Must be an object');
		else for (const name of Object.keys(body.properties)) if (!PROPERTY_KEY.test(name)) add(details, `.properties.${name}`, 'Keys are up to 64 letters and digits');
	}
	return details;
}

function addIdentifier(account: BirdAccount, contact: StoredContact, body: Json): SandboxResponse {
	const details = checkIdentifierBody(body, true);
	if (Object.keys(details).length > 0) return malformed(details);
	const key = body.key as string;
	const value = body.value as string;
	if (account.ownerOf(key, value)) return birdError(409, 'Conflict', `A contact with identifier ${key} ${value} already exists`);
	const now = new Date().toISOString();
	contact.identifiers.push({ key, value });
	detailsOf(account).set(detailKey(contact.id, key, value), { properties: structuredClone((body.properties as Json | undefined) ?? {}), createdAt: now });
	// Indexes the new identifier, so that search and upsert find the contact by it.
	account.addContact(contact);
	contact.updatedAt = now;
	return jsonResponse(201, identifierJson(account, contact, key, value));
}

function removeIdentifier(account: BirdAccount, contact: StoredContact, request: SandboxRequest): SandboxResponse {
	const parsed = deleteBody(request);
	if (parsed.refused) return parsed.refused;
	const body = parsed.body!;
	const details = checkIdentifierBody(body, false);
	if (Object.keys(details).length > 0) return malformed(details);
	const position = contact.identifiers.findIndex((entry) => entry.key === body.key && entry.value === body.value);
	if (position === -1) return birdError(404, 'NotFound', 'Identifier not found');
	contact.identifiers.splice(position, 1);
	detailsOf(account).delete(detailKey(contact.id, body.key as string, body.value as string));
	contact.updatedAt = new Date().toISOString();
	return emptyResponse(204);
}

function listIdentifiers(account: BirdAccount, contact: StoredContact, request: SandboxRequest): SandboxResponse {
	const identifiers = contact.identifiers.map(({ key, value }) => identifierJson(account, contact, key, value));
	return page(request, identifiers, `identifiers:${contact.id}`);
}

/** The contact of a route, by its percent-encoded ID in the path. */
function withContactAt(account: BirdAccount, rawId: string, handle: (contact: StoredContact) => SandboxResponse): SandboxResponse {
	return withContact(account, decodedSegment(rawId) ?? '', handle);
}

export const identifierRoutes: Route[] = [
	{ method: 'GET', path: '/contacts/{contactId}/identifiers', handle: ({ account, params, request }) => withContactAt(account, params.contactId, (contact) => listIdentifiers(account, contact, request)) },
	{ method: 'POST', path: '/contacts/{contactId}/identifiers', handle: ({ account, params, body }) => withContactAt(account, params.contactId, (contact) => addIdentifier(account, contact, body)) },
	{ method: 'DELETE', path: '/contacts/{contactId}/identifiers', handle: ({ account, params, request }) => withContactAt(account, params.contactId, (contact) => removeIdentifier(account, contact, request)) },
];
