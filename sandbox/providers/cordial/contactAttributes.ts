/**
 * Account contact attributes (`/v2/accountcontactattributes`), written from Cordial's API v2 Swagger: operations
 * getListAccountAttributes (query `type`, `indexed`; a JSON array of AttributeShow), getAttribute (one AttributeShow)
 * and addattribute (body Attribute with `key`, `name`, `type` required; answer SuccessOperation; 422 AttributeError
 * "Key must be unique", "Name must be unique", "invalid field type"). The account starts with ACCOUNT_ATTRIBUTES.
 *
 * Where the Swagger is silent: it lists no paging for the list (the emulator refuses `page`/`per_page` like any
 * unknown key), and no 404 for getAttribute; an unknown key answers RecordNotFound (404), as the list documents it.
 */
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import {
	ACCOUNT_ATTRIBUTES,
	ATTRIBUTE_FIELDS,
	ATTRIBUTE_TYPES,
	RETAIN_ON_DESTROY,
	SECONDARY_KEYS,
	SEEDED_ATTRIBUTE_TYPES,
	type CordialAttribute,
	type Json,
} from './fixtures';
import { error, isObject, notFound, unknownParameter } from './replies';
import type { PatternRoute } from './routes';

/** Attribute keys are letters, digits, `_` and `-` (Cordial's attribute examples: first_name, loyalty_points). */
const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The account's attributes by key, seeded on first use after a reset. */
export function attributes(account: CordialAccount): Map<string, CordialAttribute> {
	return account.state('contactAttributes', () => {
		const ct = account.now.toISOString();
		return new Map(
			ACCOUNT_ATTRIBUTES.map((key): [string, CordialAttribute] => [
				key,
				{ key, name: key, type: SEEDED_ATTRIBUTE_TYPES[key] ?? 'string', index: SECONDARY_KEYS.includes(key), ct, lm: ct },
			]),
		);
	});
}

/** Whether a contact body key is an attribute of the account (`geo_key.city` counts as `geo_key`). */
export function isAttributeKey(account: CordialAccount, key: string): boolean {
	return attributes(account).has(key.split('.')[0]);
}

function attributeError(message: string): SandboxResponse {
	return error(422, 'GENERIC_ERROR_KEY', message);
}

/** getListAccountAttributes: every attribute, filtered by `type` and `indexed` (0 or 1). */
function listAttributes(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['type', 'indexed'], 'GENERIC_ERROR_KEY');
	if (unknown) return unknown;
	const type = query.get('type');
	const indexed = query.get('indexed');
	if (type !== null && !ATTRIBUTE_TYPES.includes(type)) return attributeError('invalid field type');
	if (indexed !== null && indexed !== '0' && indexed !== '1') return error(422, 'GENERIC_ERROR_KEY', { indexed: ['Possible values: 0, 1'] }, 'messages');
	const list = [...attributes(account).values()].filter(
		(attribute) => (type === null || attribute.type === type) && (indexed === null || attribute.index === (indexed === '1')),
	);
	return jsonResponse(200, list.map((attribute) => structuredClone(attribute)));
}

/** The first problem of an Attribute body, in the Swagger's field order. */
function attributeProblem(account: CordialAccount, body: Json): string | undefined {
	const unknown = Object.keys(body).find((key) => !ATTRIBUTE_FIELDS.includes(key));
	if (unknown) return `Unknown field: ${unknown}`;
	for (const field of ['key', 'name', 'type']) {
		if (typeof body[field] !== 'string' || body[field] === '') return `${field} is required`;
	}
	if (!ATTRIBUTE_KEY.test(String(body.key))) return 'Key may contain only letters, digits, _ and -';
	if (attributes(account).has(String(body.key))) return 'Key must be unique';
	if ([...attributes(account).values()].some((attribute) => attribute.name === body.name)) return 'Name must be unique';
	if (!ATTRIBUTE_TYPES.includes(String(body.type))) return 'invalid field type';
	// Attribute.index: "Possible values: 1, 0, true, false".
	if (body.index !== undefined && ![true, false, 0, 1].includes(body.index as never)) return 'index must be true or false';
	for (const field of ['validators', 'options']) {
		if (body[field] !== undefined && !isObject(body[field])) return `${field} must be an object`;
	}
	if (body.updateUnauthenticated !== undefined && typeof body.updateUnauthenticated !== 'boolean') return 'updateUnauthenticated must be true or false';
	if (body.retainOnDestroy !== undefined && !RETAIN_ON_DESTROY.includes(body.retainOnDestroy)) {
		return 'retainOnDestroy: possible values anonymized, unchanged, null, ""';
	}
	return undefined;
}

/** addattribute: stores the attribute (geo attributes are always indexed, as the Swagger says). */
function addAttribute(account: CordialAccount, body: Json): SandboxResponse {
	const problem = attributeProblem(account, body);
	if (problem) return attributeError(problem);
	const now = account.now.toISOString();
	const attribute: CordialAttribute = {
		...structuredClone(body),
		key: String(body.key),
		name: String(body.name),
		type: String(body.type),
		index: body.type === 'geo' || body.index === true || body.index === 1,
		ct: now,
		lm: now,
	};
	attributes(account).set(attribute.key, attribute);
	return jsonResponse(200, { success: true });
}

/** Routes of this resource written as patterns (see routes.ts), matched before index.ts's table. */
export const contactAttributeRoutes: PatternRoute[] = [
	{ method: 'GET', path: 'accountcontactattributes', handle: ({ account, request }) => listAttributes(account, request.query) },
	{ method: 'POST', path: 'accountcontactattributes', handle: ({ account, body }) => addAttribute(account, body) },
	{
		method: 'GET',
		path: 'accountcontactattributes/{key}',
		handle: ({ account, params }) => {
			const attribute = attributes(account).get(params.key);
			return attribute ? jsonResponse(200, structuredClone(attribute)) : notFound();
		},
	},
];
