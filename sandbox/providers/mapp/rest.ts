/**
 * The REST API's binding, Jackson-like: query parameters checked by kind, JSON bodies strict about unknown fields,
 * types and case-sensitive enums, and the answers and errors of the Mapp Engage REST API.
 */
import { emptyResponse, jsonResponse, mediaType, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { MappAccount } from './account';
import { invalidParameter, MappError, missingParameter, Unreadable, UnsupportedMedia } from './errors';
import { IDENTIFIER_TYPES, REST_PREFIX, SUBSCRIPTION_MODES } from './fixtures';
import type { Args, NameValueArg, Operation, Route } from './operation';

/** The container's own refusals (unknown path, method, media type), in Mapp's error body. */
export function invalidRequest(status: number, message: string): SandboxResponse {
	return jsonResponse(status, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message });
}

export function handleRest(account: MappAccount, request: SandboxRequest, routes: Route[]): SandboxResponse {
	const accept = request.headers.accept ?? '*/*';
	if (!/application\/json|\*\/\*/.test(accept)) return invalidRequest(406, 'Not Acceptable');
	const path = request.path.slice(REST_PREFIX.length);
	const route = routes.find((entry) => entry.path === path);
	if (!route) return invalidRequest(404, 'Not Found');
	if (request.method !== route.method) return invalidRequest(405, 'Method Not Allowed');
	try {
		const answer = route.handler.run(account, route.handler.query ? bindRest(request, route.handler) : {});
		return answer.json === undefined ? emptyResponse(answer.status ?? 204) : jsonResponse(200, answer.json);
	} catch (error) {
		if (error instanceof UnsupportedMedia) return invalidRequest(415, error.message);
		if (error instanceof MappError) return jsonResponse(400, error.fields);
		if (error instanceof Unreadable) return { status: 400, headers: { 'Content-Type': 'text/plain' }, body: error.message };
		throw error;
	}
}

/** The query parameters first (unknown or repeated ones refused), then the body. */
function bindRest(request: SandboxRequest, operation: Operation): Args {
	const query = operation.query ?? {};
	const args: Args = {};
	for (const key of new Set(request.query.keys())) {
		if (!Object.prototype.hasOwnProperty.call(query, key)) throw invalidParameter(key, request.query.get(key) ?? '', 'unknown parameter');
		if (request.query.getAll(key).length > 1) throw invalidParameter(key, request.query.getAll(key).join(','), 'given more than once');
	}
	for (const [key, kind] of Object.entries(query)) {
		const value = request.query.get(key);
		if (value === null || value === '') {
			if (operation.optional?.includes(key)) continue;
			throw missingParameter(key);
		}
		if (kind === 'long' && !/^\d+$/.test(value)) throw invalidParameter(key, value, 'not a number');
		if (kind === 'mode' && !SUBSCRIPTION_MODES.includes(value)) throw invalidParameter(key, value, `one of ${SUBSCRIPTION_MODES.join(', ')} expected`);
		if (kind === 'type' && !IDENTIFIER_TYPES.includes(value)) throw invalidParameter(key, value, `one of ${IDENTIFIER_TYPES.join(', ')} expected`);
		args[key] = value;
	}
	if (!operation.body) {
		if (request.text.trim() !== '') throw new UnsupportedMedia('This method takes no body');
		return args;
	}
	if (mediaType(request) !== 'application/json') throw new UnsupportedMedia('Unsupported Media Type');
	let json: unknown;
	try {
		json = JSON.parse(request.text);
	} catch {
		throw new Unreadable('Unexpected end-of-input: cannot deserialize value');
	}
	return Object.assign(args, operation.body(json));
}

export function asObject(value: unknown, what: string): Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new Unreadable(`Cannot deserialize value of type \`${what}\` from ${Array.isArray(value) ? 'Array' : typeof value} value`);
	}
	return value as Record<string, unknown>;
}

export function onlyKeys(object: Record<string, unknown>, allowed: string[], what: string): void {
	for (const key of Object.keys(object)) {
		if (!allowed.includes(key)) {
			throw new Unreadable(`Unrecognized field "${key}" (class ${what}), not marked as ignorable`);
		}
	}
}

export function optionalString(object: Record<string, unknown>, key: string, what: string): string | null | undefined {
	const value = object[key];
	if (value === undefined || value === null) return value as null | undefined;
	if (typeof value !== 'string') throw new Unreadable(`Cannot deserialize value of type \`String\` for ${what}.${key}`);
	return value;
}

export function readRestPairs(value: unknown, what: string): NameValueArg[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) throw new Unreadable(`Cannot deserialize value of type \`ArrayList<${what}>\` from Object value`);
	return value.map((entry) => {
		const object = asObject(entry, what);
		onlyKeys(object, ['name', 'value'], what);
		const name = optionalString(object, 'name', what);
		if (!name) throw missingParameter('name');
		return { name, value: optionalString(object, 'value', what) ?? null };
	});
}
