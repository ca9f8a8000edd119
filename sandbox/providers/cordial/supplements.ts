/**
 * Supplements and their records (`/v2/supplements`, `/v2/supplements/{supplement}/records[/{id}]`), written from
 * Cordial's API v2 Swagger (getsupplements, addsupplementrecord, getsupplementrecords, getsupplementrecord,
 * deletesupplementrecord) and the "Supplements API" page. Two supplements are seeded: `cars` (indexed model and
 * year) and `stores` (a contact object: each record needs email or cID).
 */
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import type { Json } from './fixtures';
import { error, listReply, notFound, unknownParameter } from './replies';
import type { PatternRoute } from './routes';

export interface Supplement {
	key: string;
	name: string;
	indexes: Array<{ field: string; type: 'string' | 'number' | 'date' | 'geo' | 'array' }>;
	contactObject: boolean;
	autogenerateIDs: boolean;
	createdAt: string;
}

interface SupplementState {
	supplements: Map<string, Supplement>;
	records: Map<string, Map<string, Json>>;
}

const SEEDED: Supplement[] = [
	{
		key: 'cars',
		name: 'Cars',
		indexes: [
			{ field: 'model', type: 'string' },
			{ field: 'year', type: 'number' },
		],
		contactObject: false,
		autogenerateIDs: false,
		createdAt: '2026-01-10T08:00:00+0000',
	},
	{ key: 'stores', name: 'Stores', indexes: [{ field: 'city', type: 'string' }], contactObject: true, autogenerateIDs: false, createdAt: '2026-02-10T08:00:00+0000' },
];

export function supplementState(account: CordialAccount): SupplementState {
	return account.state('supplements', () => ({
		supplements: new Map(SEEDED.map((supplement) => [supplement.key, structuredClone(supplement)])),
		records: new Map(SEEDED.map((supplement) => [supplement.key, new Map<string, Json>()])),
	}));
}

/** SupplementDoesntExist: a 422 naming the supplement. */
const noSupplement = (key: string) => error(422, 'GENERIC_ERROR_KEY', `The supplement '${key}' does not exist.`);

/** The records of a supplement, or its refusal. */
function recordsOf(account: CordialAccount, key: string): { supplement: Supplement; records: Map<string, Json> } | SandboxResponse {
	const state = supplementState(account);
	const supplement = state.supplements.get(key);
	return supplement ? { supplement, records: state.records.get(key)! } : noSupplement(key);
}

/** The Supplements API page: "Supplement IDs cannot be 24-character hex strings". */
const RESERVED_ID = /^[0-9a-fA-F]{24}$/;

/** Indexed fields enforce their type on load and update (Supplements API page); non-indexed fields are free. */
function typeProblems(supplement: Supplement, body: Json): Record<string, string[]> {
	const problems: Record<string, string[]> = {};
	for (const { field, type } of supplement.indexes) {
		const value = body[field];
		if (value === undefined) continue;
		const fits =
			type === 'number' ? typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
				: type === 'array' ? Array.isArray(value)
					: type === 'date' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
						: type === 'string' ? typeof value === 'string' || typeof value === 'number' : true;
		if (!fits) problems[field] = [type === 'number' ? `The ${field} must be a number.` : `The ${field} must be of type ${type}.`];
	}
	return problems;
}

/** SupplementRecordPost: `id` required (a string, not 24-hex), `suppressTriggers` a boolean, indexed types kept. */
function checkRecord(supplement: Supplement, body: Json): SandboxResponse | undefined {
	if (Object.keys(body).length === 0) return error(422, 'GENERIC_ERROR_KEY', 'empty post');
	if (typeof body.id !== 'string' || body.id.trim() === '') return error(422, 'GENERIC_ERROR_KEY', { validationErrors: { id: ['id is required'] } });
	if (RESERVED_ID.test(body.id)) return error(422, 'GENERIC_ERROR_KEY', { validationErrors: { id: ['Cannot be a 24-character hex string'] } });
	if (body.suppressTriggers !== undefined && typeof body.suppressTriggers !== 'boolean') {
		return error(422, 'GENERIC_ERROR_KEY', { validationErrors: { suppressTriggers: ['Possible values: true, false'] } });
	}
	if (supplement.contactObject && body.email === undefined && body.cID === undefined) {
		return error(422, 'GENERIC_ERROR_KEY', 'Must include email or secondaryKey email,cID,push');
	}
	const problems = typeProblems(supplement, body);
	return Object.keys(problems).length ? error(422, 'GENERIC_ERROR_KEY', { validationErrors: problems }) : undefined;
}

/**
 * addsupplementrecord: a new ID is created (201 "record created"); an existing ID has its fields replaced by the
 * body's (200 "record updated"). The Swagger calls POST "Add records" and lists no conflict error for a known ID, so
 * the sandbox treats it as an upsert, as the Supplements API page's "Create or update" record import does.
 */
function addRecord(account: CordialAccount, key: string, body: Json): SandboxResponse {
	const found = recordsOf(account, key);
	if ('status' in found) return found;
	const refusal = checkRecord(found.supplement, body);
	if (refusal) return refusal;
	const id = String(body.id);
	const previous = found.records.get(id);
	const now = account.now.toISOString().replace('.000Z', '+0000');
	const data = Object.fromEntries(Object.entries(body).filter(([field]) => field !== 'suppressTriggers'));
	found.records.set(id, { ...data, id, ct: previous?.ct ?? now, created: previous?.created ?? now, lm: now });
	return previous
		? jsonResponse(200, { success: true, message: 'record updated' })
		: jsonResponse(201, { success: true, message: 'record created' });
}

/** `fields`: only these fields of each record (its `id` always). */
function project(record: Json, fields: string | null): Json {
	if (!fields) return structuredClone(record);
	const wanted = fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(record).filter(([field]) => field === 'id' || wanted.includes(field)));
}

function listRecords(account: CordialAccount, key: string, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['fields', 'page', 'per_page', 'sort_by', 'sort_dir', 'return_count']);
	if (unknown) return unknown;
	const returnCount = query.get('return_count');
	if (returnCount !== null && returnCount !== 'true' && returnCount !== 'false') {
		return error(422, 'VALIDATION_ERROR', { return_count: ['Possible values: true, false'] }, 'messages');
	}
	const found = recordsOf(account, key);
	if ('status' in found) return found;
	return listReply([...found.records.values()].map((record) => project(record, query.get('fields'))), query);
}

function withRecord(account: CordialAccount, key: string, id: string, handler: (records: Map<string, Json>, record: Json) => SandboxResponse): SandboxResponse {
	const found = recordsOf(account, key);
	if ('status' in found) return found;
	const record = found.records.get(id);
	return record ? handler(found.records, record) : notFound();
}

const supplementView = (supplement: Supplement): Json => ({ ...structuredClone(supplement), lastDataUpdate: supplement.createdAt });

export const supplementRoutes: PatternRoute[] = [
	{
		method: 'GET',
		path: 'supplements',
		handle: ({ account, request }) =>
			unknownParameter(request.query, ['page', 'per_page']) ??
			listReply([...supplementState(account).supplements.values()].map(supplementView), request.query),
	},
	{ method: 'POST', path: 'supplements/{supplement}/records', handle: ({ account, params, body }) => addRecord(account, params.supplement, body) },
	{ method: 'GET', path: 'supplements/{supplement}/records', handle: ({ account, params, request }) => listRecords(account, params.supplement, request.query) },
	{
		method: 'GET',
		path: 'supplements/{supplement}/records/{id}',
		handle: ({ account, params, request }) =>
			unknownParameter(request.query, []) ?? withRecord(account, params.supplement, params.id, (_records, record) => jsonResponse(200, structuredClone(record))),
	},
	{
		method: 'DELETE',
		path: 'supplements/{supplement}/records/{id}',
		handle: ({ account, params }) =>
			withRecord(account, params.supplement, params.id, (records) => {
				records.delete(params.id);
				return jsonResponse(200, { success: true });
			}),
	},
];
