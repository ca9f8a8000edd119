import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readTokenPages } from '../../shared/paging';
import { pathSegment } from '../../shared/pathSegment';
import {
	accountFingerprint,
	normalizedBaseUrl,
	providerRequest,
	requestsPerSecond,
	type ProviderProfile,
	type ProviderResponse,
	type RequestBody,
	type RequestContext,
} from '../../shared/transport';
import { itemSuffix } from '../../shared/validation';

export const BIRD_CREDENTIAL = 'birdChannelsApi';

export const BIRD_DEFAULT_BASE_URL = 'https://api.bird.com';

/** Bird's list endpoints take `limit` 1 to 100 per page (api.bird.com "Pagination"). */
export const BIRD_MAX_PAGE_SIZE = 100;

/** Bird's `pageToken` is at most 8000 characters (api.bird.com "Pagination"). */
export const BIRD_MAX_PAGE_TOKEN_LENGTH = 8000;

/** Bird's error body: `{code, message}`, and for 422 also `details: {<field>: [messages]}`. */
interface BirdErrorBody {
	code?: unknown;
	message?: unknown;
	details?: unknown;
}

function fieldDetails(details: unknown): string[] {
	if (!details || typeof details !== 'object' || Array.isArray(details)) return [];
	return Object.entries(details as Record<string, unknown>).map(([field, messages]) => {
		const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
		return `${field}: ${list.join('; ')}`;
	});
}

export const birdProfile: ProviderProfile = {
	name: 'Bird',
	credentialType: BIRD_CREDENTIAL,
	secrets: (credentials) => [String(credentials.accessKeySecret ?? '')],
	// Bird counts per workspace, reads (50/s) apart from writes (500/s).
	rateCeiling: (credentials, method) =>
		method === 'GET' || method === 'HEAD'
			? {
					key: `bird:read:${accountFingerprint(normalizedBaseUrl(credentials.baseUrl || BIRD_DEFAULT_BASE_URL), String(credentials.workspaceId ?? '').trim())}`,
					perSecond: requestsPerSecond(credentials.readRequestsPerSecond, 50),
				}
			: {
					key: `bird:write:${accountFingerprint(normalizedBaseUrl(credentials.baseUrl || BIRD_DEFAULT_BASE_URL), String(credentials.workspaceId ?? '').trim())}`,
					perSecond: requestsPerSecond(credentials.requestsPerSecond, 500),
				},
	parseError({ statusCode, body }) {
		if (statusCode < 400) return undefined;
		const error = body as BirdErrorBody | undefined;
		if (!error || typeof error !== 'object' || typeof error.message !== 'string') return undefined;
		const fields = fieldDetails(error.details);
		return {
			message: error.message,
			code: typeof error.code === 'string' ? error.code : undefined,
			// A 422 lists every rejected field; all of them go into the description so the user can fix them at once.
			description: fields.length > 0 ? `Bird rejected these fields: ${fields.join(' | ')}.` : undefined,
			details: fields.length > 0 ? { fieldErrors: error.details as IDataObject } : undefined,
		};
	},
	// Bird documents that a 429 "has not been processed and can be retried"; nothing else is documented that way
	// for every endpoint, so a 5xx on a send is not repeated (it could deliver twice).
	isNotProcessed: ({ statusCode }) => statusCode === 429,
	statusHint(statusCode) {
		switch (statusCode) {
			case 401:
				return 'Check the access key in the credential (Bird → Settings → Security → Access keys).';
			case 403:
				return 'The access key has no role or policy for this action in this workspace; check the workspace ID and the role of the key.';
			case 404:
				return 'Check the workspace ID of the credential and the IDs entered in the node.';
			case 422:
				return 'Change the fields named above and run the item again.';
			default:
				// Only a 429 is documented as not processed: after a 5xx a send or change may have been done.
				return statusCode >= 500
					? 'Bird may have processed the request before it failed; it was not sent again. Check in Bird (for a message: Get Many Messages) before running a send or change again.'
					: undefined;
		}
	},
};

export interface BirdRequest {
	operation: string;
	itemIndex?: number;
	method: IHttpRequestMethods;
	/** Path below `/workspaces/{workspaceId}`, with every segment already encoded. */
	path: string;
	qs?: IDataObject;
	body?: RequestBody;
	idempotent?: boolean;
}

export interface BirdAccount {
	baseUrl: string;
	workspaceId: string;
}

export async function birdAccount(this: RequestContext, itemIndex = 0): Promise<BirdAccount> {
	const credentials = await this.getCredentials(BIRD_CREDENTIAL, itemIndex);
	const baseUrl = String(credentials.baseUrl || BIRD_DEFAULT_BASE_URL).replace(/\/+$/, '');
	return { baseUrl, workspaceId: String(credentials.workspaceId ?? '').trim() };
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A success status whose body is not what Bird documents (empty, or not the expected object or list): the result is
 * unknown. Named like the shared transport's errors: provider, operation and item.
 */
export function unusableAnswer(
	context: RequestContext,
	request: Pick<BirdRequest, 'operation' | 'itemIndex' | 'method' | 'idempotent'>,
	statusCode: number,
	problem: string,
): NodeOperationError {
	const reads = request.idempotent ?? (request.method === 'GET' || request.method === 'HEAD');
	return new NodeOperationError(context.getNode(), `${birdProfile.name} ${request.operation}: ${problem} (HTTP ${statusCode})${itemSuffix(request.itemIndex)}`, {
		itemIndex: request.itemIndex,
		description: reads
			? 'Nothing was changed. Run the item again; if it persists, Bird or a proxy in between answers with something else than the API.'
			: `Bird took the request (HTTP ${statusCode}) but its answer cannot be read, so the result is unknown; it was not sent again (that could send it twice). Check in Bird before running this item again.`,
	});
}

/** One request to a workspace-scoped path of the Channels API; every answer but a DELETE's must be a JSON object. */
export async function birdRequest(
	this: RequestContext,
	request: BirdRequest,
): Promise<ProviderResponse<IDataObject>> {
	const { baseUrl, workspaceId } = await birdAccount.call(this, request.itemIndex ?? 0);
	const response = (await providerRequest.call(this, birdProfile, {
		operation: request.operation,
		itemIndex: request.itemIndex,
		method: request.method,
		url: `${baseUrl}/workspaces/${pathSegment(this, request.itemIndex ?? 0, 'Workspace ID (in the credential)', workspaceId)}${request.path}`,
		qs: request.qs,
		body: request.body,
		response: 'json',
		idempotent: request.idempotent,
	})) as ProviderResponse<IDataObject>;
	if (request.method !== 'DELETE' && !isObject(response.body)) {
		throw unusableAnswer(this, request, response.statusCode, response.body === undefined ? 'the answer is empty' : 'the answer is not a JSON object');
	}
	return response;
}

/**
 * A user's value as one path segment, so that IDs with `/`, `+` or `@` stay one segment; empty, `.` and `..` are
 * refused naming `field` and the item (see the shared `pathSegment`).
 */
export function segment(context: IExecuteFunctions, itemIndex: number, field: string, value: string): string {
	return pathSegment(context, itemIndex, field, value);
}

interface BirdPage {
	results?: IDataObject[];
	nextPageToken?: string;
}

/** How a Bird list is read: at most `limit` records (all when undefined), `pageSize` a request, from `startToken`. */
export interface BirdPaging {
	limit?: number;
	pageSize?: number;
	startToken?: string;
}

/**
 * Reads a `pageToken`-paginated list (Bird "Pagination": `limit` 1..100, `pageToken`, `{results, nextPageToken}`,
 * no `nextPageToken` on the last page): `pageSize` a page (100 unless given), the first request from `startToken`,
 * then following `nextPageToken` until it is absent or `limit` records are in. With a limit the last request asks
 * only for the rest, so `nextPageToken` (null after the last page) is exactly where the list goes on. Every record
 * read is returned (see the shared `readTokenPages`).
 */
export async function birdListAll(
	this: RequestContext,
	request: Omit<BirdRequest, 'method' | 'body'>,
	paging: BirdPaging = {},
): Promise<{ results: IDataObject[]; nextPageToken: string | null }> {
	const read = { ...request, method: 'GET' as const };
	let statusCode = 200;
	const { records, nextToken } = await readTokenPages(
		async (pageToken, size) => {
			const response = (await birdRequest.call(this, {
				...read,
				qs: { ...request.qs, limit: size, ...(pageToken ? { pageToken } : {}) },
			})) as unknown as ProviderResponse<BirdPage>;
			statusCode = response.statusCode;
			if (!Array.isArray(response.body.results)) {
				throw unusableAnswer(this, read, response.statusCode, 'the answer has no list of results');
			}
			const next = response.body.nextPageToken as unknown;
			if (next !== undefined && next !== null && typeof next !== 'string') {
				throw unusableAnswer(this, read, response.statusCode, 'the answer has a next page token that is not text');
			}
			return { records: response.body.results, nextToken: next ?? undefined };
		},
		{ limit: paging.limit, pageSize: paging.pageSize ?? BIRD_MAX_PAGE_SIZE, startToken: paging.startToken },
		(problem) => unusableAnswer(this, read, statusCode, problem),
	);
	return { results: records, nextPageToken: nextToken };
}
