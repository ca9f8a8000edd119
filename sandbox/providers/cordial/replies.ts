import { jsonResponse, type SandboxResponse } from '../../framework';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, type Json } from './fixtures';

/** Cordial's documented error body `{ error: true, errorKey, message | messages }`. */
export function error(status: number, errorKey: string, message: unknown, field: 'message' | 'messages' = 'message'): SandboxResponse {
	return jsonResponse(status, { error: true, errorKey, [field]: message });
}

export const notFound = (message = 'record not found') => error(404, 'RECORD_NOT_FOUND', message);

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The VALIDATION_ERROR for the first query parameter not in `allowed`, if any. */
export function unknownParameter(query: URLSearchParams, allowed: string[], errorKey = 'VALIDATION_ERROR'): SandboxResponse | undefined {
	const unknown = [...new Set(query.keys())].filter((key) => !allowed.includes(key));
	return unknown.length ? error(422, errorKey, { [unknown[0]]: ['Unknown parameter'] }, 'messages') : undefined;
}

/** `sort_by`/`sort_dir`, then `page`/`per_page` (25 by default, at most 1000). */
export function sortAndPage(list: Json[], query: URLSearchParams): Json[] | SandboxResponse {
	const sortBy = query.get('sort_by');
	const sortDir = query.get('sort_dir');
	if (sortDir !== null && sortDir !== 'asc' && sortDir !== 'desc') {
		return error(422, 'VALIDATION_ERROR', { sort_dir: ['Possible values: asc, desc'] }, 'messages');
	}
	if (sortBy) {
		const direction = sortDir === 'desc' ? -1 : 1;
		list = [...list].sort((a, b) => String(a[sortBy] ?? '').localeCompare(String(b[sortBy] ?? '')) * direction);
	}
	const page = Number(query.get('page') ?? '1');
	const perPage = Number(query.get('per_page') ?? String(DEFAULT_PER_PAGE));
	if (!Number.isInteger(page) || page < 1) return error(422, 'VALIDATION_ERROR', { page: ['Must be a positive integer'] }, 'messages');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
		return error(422, 'VALIDATION_ERROR', { per_page: [`Must be between 1 and ${MAX_PER_PAGE}`] }, 'messages');
	}
	return list.slice((page - 1) * perPage, page * perPage);
}

/** A list answer: the page, or the paging error. */
export function listReply(list: Json[], query: URLSearchParams): SandboxResponse {
	const paged = sortAndPage(list, query);
	return 'status' in paged ? paged : jsonResponse(200, paged);
}
