/**
 * Contact lists, from Bird's Contacts API reference "Manage contact lists"
 * (docs.bird.com/api/contacts-api/api-reference/manage-contact-lists) and its pages "Create a list", "Get a list",
 * "List lists", "Update a list", "Delete a list", "Add contacts to a list", "List contacts in a list" and "Remove
 * contacts from a list":
 * - a list is `{id, name, description, createdAt, updatedAt, contactCount, consentType, tags, isProof, counter}`;
 *   `name` 2..256 characters (required on create), `description` text or null, `consentType` single, double or
 *   null, `tags` tag UUIDs or null, `isProof` a boolean or null;
 * - add and remove take `{contacts: [contact IDs], identifiers: [{key, value}]}`, "maximum combined count of
 *   contacts and identifiers is 100", and answer `{itemsProcessed}` (201 on add, 200 on remove); fewer processed
 *   than given "means some of the contacts were not processed";
 * - an unknown list is 404 "The workspace or list was not found".
 *
 * Membership is the contact's own `listIds` (contacts.ts), so a contact's lists and a list's contacts always agree.
 *
 * Where the pages are silent, the emulator chooses (and the node must not rely on more): the 404 message is "List
 * not found" (as "Contact not found"); "List lists" documents no query parameters but pages as every list endpoint
 * does ("Pagination"); an update needs at least one property (as the contact update); unknown contact IDs and
 * identifiers of no contact are not processed (no contact is created); a contact named twice is processed once;
 * deleting a list takes it off its contacts' `listIds`.
 */
import { emptyResponse, jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount, StoredContact } from './account';
import { add, birdError, malformed, type Details, type Json } from './answers';
import { checkIdentifiers, decodedSegment, deleteBody } from './contacts';
import { page } from './paging';
import type { Route } from './routes';

export interface StoredList {
	id: string;
	name: string;
	description?: string;
	consentType?: string;
	tags: string[];
	isProof: boolean;
	createdAt: string;
	updatedAt: string;
	/** When its membership last changed (the list's `counter.updatedAt`). */
	countedAt: string;
}

/** The lists the workspace starts with, as if made in Bird's UI (fixed IDs, so that examples can name them). */
export const BIRD_LISTS = {
	newsletter: { id: '4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Newsletter', description: 'Monthly product news' },
	vip: { id: '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b', name: 'VIP Customers', description: 'Customers with a gold plan' },
} as const;

const SEEDED_AT = '2025-01-06T09:00:00.000Z';

// Deliberate copies of the documented values (see the header), not imports from the node.
const CONSENT_TYPES = ['single', 'double'];
const LIST_FIELDS = new Set(['name', 'description', 'consentType', 'tags', 'isProof']);
const MEMBER_FIELDS = new Set(['contacts', 'identifiers']);
const MAX_MEMBERS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listsOf(account: BirdAccount): Map<string, StoredList> {
	return account.state('lists', () => {
		const seeded = Object.values(BIRD_LISTS).map((list): [string, StoredList] => [
			list.id,
			{ ...list, tags: [], isProof: false, createdAt: SEEDED_AT, updatedAt: SEEDED_AT, countedAt: SEEDED_AT },
		]);
		return new Map(seeded);
	});
}

function membersOf(account: BirdAccount, listId: string): StoredContact[] {
	return [...account.contacts.values()].filter((contact) => contact.listIds.includes(listId));
}

export function listJson(account: BirdAccount, list: StoredList): Json {
	const contactCount = membersOf(account, list.id).length;
	return {
		id: list.id,
		name: list.name,
		...(list.description !== undefined ? { description: list.description } : {}),
		createdAt: list.createdAt,
		updatedAt: list.updatedAt,
		contactCount,
		...(list.consentType !== undefined ? { consentType: list.consentType } : {}),
		tags: [...list.tags],
		isProof: list.isProof,
		counter: { count: contactCount, updatedAt: list.countedAt },
	};
}

/** The checks of the create and update bodies; `name` is required on create only. */
function checkListBody(body: Json, creating: boolean): Details {
	const details: Details = {};
	for (const key of Object.keys(body)) if (!LIST_FIELDS.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
	if (creating && body.name === undefined) add(details, '.name', "Property 'name' is missing");
	if (!creating && Object.keys(body).length === 0) add(details, '.', 'At least one property is required');
	if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length < 2 || body.name.length > 256)) {
		add(details, '.name', 'Must be 2 to 256 characters');
	}
	if (body.description !== undefined && body.description !== null && typeof body.description !== 'string') add(details, '.description', 'Must be a string or null');
	if (body.consentType !== undefined && body.consentType !== null && !CONSENT_TYPES.includes(body.consentType as string)) {
		add(details, '.consentType', `Must be one of ${CONSENT_TYPES.join(', ')}`);
	}
	if (body.tags !== undefined && body.tags !== null && (!Array.isArray(body.tags) || body.tags.some((tag) => typeof tag !== 'string' || !UUID.test(tag)))) {
		add(details, '.tags', 'Must be an array of UUIDs');
	}
	if (body.isProof !== undefined && body.isProof !== null && typeof body.isProof !== 'boolean') add(details, '.isProof', 'Must be a boolean');
	return details;
}

/** The documented fields of a checked body onto a list (null clears a nullable field). */
function applyListBody(list: StoredList, body: Json): void {
	if (typeof body.name === 'string') list.name = body.name;
	if (body.description !== undefined) list.description = (body.description as string | null) ?? undefined;
	if (body.consentType !== undefined) list.consentType = (body.consentType as string | null) ?? undefined;
	if (body.tags !== undefined) list.tags = [...((body.tags as string[] | null) ?? [])];
	if (body.isProof !== undefined) list.isProof = (body.isProof as boolean | null) ?? false;
}

function createList(account: BirdAccount, body: Json): SandboxResponse {
	const details = checkListBody(body, true);
	if (Object.keys(details).length > 0) return malformed(details);
	const now = new Date().toISOString();
	const list: StoredList = { id: account.nextId('l'), name: '', tags: [], isProof: false, createdAt: now, updatedAt: now, countedAt: now };
	applyListBody(list, body);
	listsOf(account).set(list.id, list);
	return jsonResponse(201, listJson(account, list));
}

function updateList(account: BirdAccount, list: StoredList, body: Json): SandboxResponse {
	const details = checkListBody(body, false);
	if (Object.keys(details).length > 0) return malformed(details);
	applyListBody(list, body);
	list.updatedAt = new Date().toISOString();
	return jsonResponse(200, listJson(account, list));
}

function deleteList(account: BirdAccount, list: StoredList): SandboxResponse {
	listsOf(account).delete(list.id);
	for (const contact of membersOf(account, list.id)) contact.listIds = contact.listIds.filter((id) => id !== list.id);
	return emptyResponse(204);
}

/** The contacts an add or remove body names (by ID or identifier), each once; 422 details for what is malformed. */
function namedContacts(account: BirdAccount, body: Json, details: Details): StoredContact[] {
	for (const key of Object.keys(body)) if (!MEMBER_FIELDS.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
	const ids = body.contacts ?? [];
	if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || !UUID.test(id))) add(details, '.contacts', 'Must be an array of contact IDs (UUIDs)');
	const identifiers = body.identifiers === undefined || body.identifiers === null ? [] : checkIdentifiers(body.identifiers, '.identifiers', details);
	const count = (Array.isArray(ids) ? ids.length : 0) + (Array.isArray(body.identifiers) ? body.identifiers.length : 0);
	if (count === 0) add(details, '.', "At least one of 'contacts' or 'identifiers' is required");
	if (count > MAX_MEMBERS) add(details, '.', `Maximum combined count of contacts and identifiers is ${MAX_MEMBERS}`);
	if (Object.keys(details).length > 0) return [];
	const byId = (ids as string[]).map((id) => account.contacts.get(id));
	const byIdentifier = identifiers.map(({ key, value }) => account.ownerOf(key, value));
	return [...new Set([...byId, ...byIdentifier].filter((contact): contact is StoredContact => contact !== undefined))];
}

function changeMembers(account: BirdAccount, list: StoredList, body: Json, adding: boolean): SandboxResponse {
	const details: Details = {};
	const contacts = namedContacts(account, body, details);
	if (Object.keys(details).length > 0) return malformed(details);
	for (const contact of contacts) {
		const has = contact.listIds.includes(list.id);
		if (adding && !has) contact.listIds = [...contact.listIds, list.id];
		if (!adding && has) contact.listIds = contact.listIds.filter((id) => id !== list.id);
	}
	if (contacts.length > 0) list.countedAt = new Date().toISOString();
	return jsonResponse(adding ? 201 : 200, { itemsProcessed: contacts.length });
}

function removeMembers(account: BirdAccount, list: StoredList, request: SandboxRequest): SandboxResponse {
	const parsed = deleteBody(request);
	return parsed.refused ?? changeMembers(account, list, parsed.body!, false);
}

function listContacts(account: BirdAccount, list: StoredList, request: SandboxRequest): SandboxResponse {
	return page(request, membersOf(account, list.id).map((contact) => account.contactJson(contact)), `list-contacts:${list.id}`);
}

/** The list of a `/lists/{listId}…` route: 404 when there is none. */
function withList(account: BirdAccount, rawId: string, handle: (list: StoredList) => SandboxResponse): SandboxResponse {
	const id = decodedSegment(rawId);
	const list = id === undefined ? undefined : listsOf(account).get(id);
	return list ? handle(list) : birdError(404, 'NotFound', 'List not found');
}

export const listRoutes: Route[] = [
	{ method: 'POST', path: '/lists', handle: ({ account, body }) => createList(account, body) },
	{ method: 'GET', path: '/lists', handle: ({ account, request }) => page(request, [...listsOf(account).values()].map((list) => listJson(account, list)), 'lists') },
	{ method: 'GET', path: '/lists/{listId}', handle: ({ account, params }) => withList(account, params.listId, (list) => jsonResponse(200, listJson(account, list))) },
	{ method: 'PATCH', path: '/lists/{listId}', handle: ({ account, params, body }) => withList(account, params.listId, (list) => updateList(account, list, body)) },
	{ method: 'DELETE', path: '/lists/{listId}', handle: ({ account, params }) => withList(account, params.listId, (list) => deleteList(account, list)) },
	{ method: 'POST', path: '/lists/{listId}/contacts', handle: ({ account, params, body }) => withList(account, params.listId, (list) => changeMembers(account, list, body, true)) },
	{ method: 'GET', path: '/lists/{listId}/contacts', handle: ({ account, params, request }) => withList(account, params.listId, (list) => listContacts(account, list, request)) },
	{ method: 'DELETE', path: '/lists/{listId}/contacts', handle: ({ account, params, request }) => withList(account, params.listId, (list) => removeMembers(account, list, request)) },
];
