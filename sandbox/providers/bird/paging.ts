/** Bird's `pageToken` pagination of every list endpoint. */
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import { birdError, type Json } from './answers';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from './fixtures';

function encodeToken(offset: number, scope: string): string {
	return Buffer.from(JSON.stringify({ offset, scope })).toString('base64url');
}

function decodeToken(token: string, scope: string): number | undefined {
	try {
		const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown; scope?: unknown };
		return decoded.scope === scope && Number.isInteger(decoded.offset) && (decoded.offset as number) >= 0 ? (decoded.offset as number) : undefined;
	} catch {
		return undefined;
	}
}

/** `limit` 1..100 (default 10), opaque `pageToken`, `reverse`; `nextPageToken` only when more remain. */
export function page(request: SandboxRequest, all: Json[], scope: string): SandboxResponse {
	const limitText = request.query.get('limit');
	const limit = limitText === null ? DEFAULT_PAGE_SIZE : Number(limitText);
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
		return birdError(400, 'InvalidParameter', 'limit must be an integer from 1 to 100');
	}
	const token = request.query.get('pageToken');
	let offset = 0;
	if (token !== null) {
		if (token.length > MAX_PAGE_TOKEN_LENGTH) return birdError(400, 'InvalidParameter', 'pageToken is too long');
		const decoded = decodeToken(token, scope);
		if (decoded === undefined) return birdError(400, 'InvalidParameter', 'pageToken is not valid');
		offset = decoded;
	}
	const reverse = request.query.get('reverse');
	if (reverse !== null && reverse !== 'true' && reverse !== 'false') {
		return birdError(400, 'InvalidParameter', 'reverse must be true or false');
	}
	const ordered = reverse === 'true' ? [...all].reverse() : all;
	const results = ordered.slice(offset, offset + limit);
	const next = offset + limit < ordered.length ? encodeToken(offset + limit, scope) : undefined;
	return jsonResponse(200, { results, ...(next ? { nextPageToken: next } : {}) });
}
