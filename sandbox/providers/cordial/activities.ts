/**
 * Contact activities (events), `GET /v2/contactactivities`, written from Cordial's API v2 Swagger (operation
 * getActivityList: query `time[gt]`, `time[gte]`, `time[lt]`, `time[lte]`, `action`, `email`, `mdtID`, `mcID`,
 * `per_page`, `return_count`, `contactFields`; answer a JSON array of ActivityActivityShow; 422 ContactActivityError)
 * and Cordial's "Contact activities (events) API" and "Events" pages on support.cordial.com (the stored record: `_id`,
 * `cID`, `email`, `action`, `time` as `2017-03-13T22:02:42+0000`, `mcID`, `bmID`, `mdtID`, `first`, `properties`;
 * the reserved actions message-sent, open, click, optout, bounce, complaint, pageview, message-stopped). `page` is
 * Cordial's numbered paging as on its other list endpoints.
 *
 * POST (operation addActivity, body ActivityActivity) stores a custom event for a contact named by one identifier
 * pair; the page's older example names it `"email": "msmith@example.com"` at the top level, which is how the
 * Swagger's `primaryKey` ("Use the "identifierKey":"identifierValue" format") is read here.
 *
 * Cordial documents no order for this list: the emulator answers in the order events were stored, so that an event
 * stored late (a late-arriving event with an older time) comes after newer ones, as a real feed may give it.
 */
import type { PatternRoute } from './routes';
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { findContact } from './contacts';
import {
	ACTIVITY_FIELDS,
	ACTIVITY_QUERY_KEYS,
	CHANNEL_ADDRESS_KEYS,
	MAX_PER_PAGE,
	RANGE_OPERATORS,
	RESERVED_ACTIONS,
	SECONDARY_KEYS,
	type CordialActivity,
	type CordialContact,
	type Json,
} from './fixtures';
import { error, isObject, unknownParameter } from './replies';

/** `YYYY-MM-DDThh:mm:ss` (the Swagger's form), optionally with fractions and a zone; no zone means UTC. */
const ACTIVITY_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,6})?(Z|[+-]\d{2}:?\d{2})?$/;

function problem(field: string, message: string): SandboxResponse {
	return error(422, 'VALIDATION_ERROR', { [field]: [message] }, 'messages');
}

export function parseActivityTime(value: string): number | undefined {
	const match = ACTIVITY_TIME.exec(value);
	if (!match) return undefined;
	const zone = match[3] === undefined || match[3] === 'Z' ? 'Z' : match[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
	const time = Date.parse(`${match[1]}${match[2] ?? ''}${zone}`);
	return Number.isNaN(time) ? undefined : time;
}

/** The stored form of a time, as Cordial's Events page shows it: `2017-03-13T22:02:42+0000`. */
export function activityTimeText(time: number): string {
	return `${new Date(time).toISOString().slice(0, 19)}+0000`;
}

type Filter = (activity: CordialActivity) => boolean;

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
	gt: (a, b) => a > b,
	gte: (a, b) => a >= b,
	lt: (a, b) => a < b,
	lte: (a, b) => a <= b,
};

/** The filters of the query, or the 422 Cordial answers for the first bad value. */
function filtersOf(query: URLSearchParams): Filter[] | SandboxResponse {
	const filters: Filter[] = [];
	for (const key of new Set(query.keys())) {
		if (query.getAll(key).length > 1 && key !== 'contactFields') return problem(key, 'Must be given once');
	}
	for (const operator of RANGE_OPERATORS) {
		const value = query.get(`time[${operator}]`);
		if (value === null) continue;
		const bound = parseActivityTime(value);
		if (bound === undefined) return problem(`time[${operator}]`, 'Invalid date format, expected ISO 8601 (YYYY-MM-DDThh:mm:ss)');
		filters.push((activity) => COMPARE[operator](activity.time, bound));
	}
	for (const key of ['action', 'email', 'mdtID', 'mcID'] as const) {
		const value = query.get(key);
		if (value === null) continue;
		if (value === '') return problem(key, 'Must not be empty');
		filters.push((activity) => activity[key] === value);
	}
	const count = query.get('return_count');
	if (count !== null && count !== 'true' && count !== 'false') return problem('return_count', 'Possible values: true, false');
	return filters;
}

function pageOf(query: URLSearchParams): { page: number; perPage: number } | SandboxResponse {
	const page = Number(query.get('page') ?? '1');
	const perPage = Number(query.get('per_page') ?? '25');
	if (!Number.isInteger(page) || page < 1) return problem('page', 'Must be a positive integer');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) return problem('per_page', `Must be between 1 and ${MAX_PER_PAGE}`);
	return { page, perPage };
}

function view(activity: CordialActivity): Json {
	const record: Json = { _id: activity._id, cID: activity.cID, email: activity.email, action: activity.action, time: activityTimeText(activity.time) };
	for (const key of ['mcID', 'bmID', 'mdtID', 'first'] as const) if (activity[key] !== undefined) record[key] = activity[key];
	record.properties = structuredClone(activity.properties);
	return record;
}

export function listActivities(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ACTIVITY_QUERY_KEYS);
	if (unknown) return unknown;
	const filters = filtersOf(query);
	if (!Array.isArray(filters)) return filters;
	const paging = pageOf(query);
	if ('status' in paging) return paging;
	const matching = account.activities.filter((activity) => filters.every((filter) => filter(activity)));
	const page = matching.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage).map(view);
	const headers: Record<string, string> = query.get('return_count') === 'true' ? { 'X-Total-Count': String(matching.length) } : {};
	return jsonResponse(200, page, headers);
}

/** The identifier keys an event may name its contact by: cID, the e-mail (primary) key, and the secondary keys. */
const IDENTIFIER_KEYS = ['cID', ...SECONDARY_KEYS, ...CHANNEL_ADDRESS_KEYS.filter((key) => key !== 'channels.email.address')];

/** The contact a POST body names by its one identifier pair (`"email": "…"`, `"cID": "…"`, `"custID": "…"`). */
function eventContact(account: CordialAccount, body: Json): { contact?: CordialContact; refusal?: SandboxResponse } {
	const pairs = Object.entries(body).filter(([key]) => !ACTIVITY_FIELDS.includes(key));
	const unknown = pairs.find(([key]) => !IDENTIFIER_KEYS.includes(key));
	if (unknown) return { refusal: problem(unknown[0], 'Unknown field') };
	if (pairs.length !== 1) return { refusal: error(422, 'GENERIC_ERROR_KEY', pairs.length ? 'too many parameters' : 'primaryKey is required') };
	const [key, value] = pairs[0];
	if (typeof value !== 'string' || value === '') return { refusal: problem(key, 'Must be a non-empty string') };
	const contact = key === 'cID' ? account.contacts.get(value) : findContact(account, key, value);
	return contact ? { contact } : { refusal: error(422, 'GENERIC_ERROR_KEY', "Contact doesn't exist") };
}

/** The first problem of `a`, `ats`, `UID` and `properties` (Swagger ActivityActivity; reserved actions from the page). */
function eventProblem(body: Json): SandboxResponse | undefined {
	if (typeof body.a !== 'string' || body.a === '') return problem('a', 'Required');
	if (body.a.length > 40) return problem('a', 'The maximum length is 40 characters');
	if (RESERVED_ACTIONS.includes(body.a)) return problem('a', 'System reserved actions cannot be created');
	if (body.ats !== undefined && (typeof body.ats !== 'string' || parseActivityTime(body.ats.replace(' ', 'T')) === undefined)) {
		return problem('ats', 'Invalid date format, expected ISO 8601 (YYYY-MM-DDThh:mm:ss)');
	}
	if (body.UID !== undefined && (typeof body.UID !== 'string' || body.UID === '')) return problem('UID', 'Must be a non-empty string');
	if (body.properties !== undefined && !isObject(body.properties)) return problem('properties', 'Must be an object');
	return undefined;
}

/** The properties as stored: keys of digits only or with a dot are stripped (Swagger, ActivityActivity.properties). */
function storedProperties(properties: unknown): Json {
	return Object.fromEntries(Object.entries(isObject(properties) ? properties : {}).filter(([key]) => !/^\d+$/.test(key) && !key.includes('.')));
}

/** The UIDs of the events stored, so that an event sent again with its UID is stored once (the sandbox's reading). */
function storedUids(account: CordialAccount): Set<string> {
	return account.state('activityUids', () => new Set<string>());
}

/** addActivity: stores the event for its contact at `ats` (now without it) and answers 201. */
export function addActivity(account: CordialAccount, body: Json): SandboxResponse {
	const invalid = eventProblem(body);
	if (invalid) return invalid;
	const { contact, refusal } = eventContact(account, body);
	if (!contact) return refusal!;
	const uid = body.UID as string | undefined;
	if (uid === undefined || !storedUids(account).has(uid)) {
		if (uid !== undefined) storedUids(account).add(uid);
		const time = body.ats === undefined ? account.now.getTime() : parseActivityTime(String(body.ats).replace(' ', 'T'))!;
		account.activities.push({
			_id: account.nextHex(),
			cID: contact.cID,
			email: contact.channels.email?.address ?? '',
			action: String(body.a),
			time,
			properties: storedProperties(body.properties),
		});
	}
	// The Swagger documents the 201 without a body; the emulator answers SuccessOperation, as Cordial's other writes.
	return jsonResponse(201, { success: true });
}

/** Routes of this resource written as patterns (see routes.ts), matched before index.ts's table. */
export const activityRoutes: PatternRoute[] = [{ method: 'POST', path: 'contactactivities', handle: ({ account, body }) => addActivity(account, body) }];
