import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import {
	providerRequest,
	type ProviderProfile,
	type ProviderResponse,
	type RequestBody,
	type RequestContext,
} from '../../shared/transport';

export const BIRD_CREDENTIAL = 'birdChannelsApi';

/** Bird's list endpoints take at most 100 per page. */
export const BIRD_MAX_PAGE_SIZE = 100;

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
				return undefined;
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
	const baseUrl = String(credentials.baseUrl || 'https://api.bird.com').replace(/\/+$/, '');
	return { baseUrl, workspaceId: String(credentials.workspaceId ?? '').trim() };
}

/** One request to a workspace-scoped path of the Channels API. */
export async function birdRequest(
	this: RequestContext,
	request: BirdRequest,
): Promise<ProviderResponse<IDataObject>> {
	const { baseUrl, workspaceId } = await birdAccount.call(this, request.itemIndex ?? 0);
	return (await providerRequest.call(this, birdProfile, {
			operation: request.operation,
			itemIndex: request.itemIndex,
			method: request.method,
			url: `${baseUrl}/workspaces/${encodeURIComponent(workspaceId)}${request.path}`,
			qs: request.qs,
			body: request.body,
			response: 'json',
			idempotent: request.idempotent,
	})) as ProviderResponse<IDataObject>;
}

/** `a/b` path segment, encoded so that IDs with `/`, `+` or `@` stay one segment. */
export function segment(value: string): string {
	return encodeURIComponent(value);
}

interface BirdPage {
	results?: IDataObject[];
	nextPageToken?: string;
}

/**
 * Reads a `pageToken`-paginated list: pages of up to 100, following `nextPageToken` until it is absent or `limit`
 * results are in (all of them when `limit` is undefined).
 */
export async function birdListAll(
	this: RequestContext,
	request: Omit<BirdRequest, 'method' | 'body'>,
	limit: number | undefined,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	let pageToken: string | undefined;
	do {
		const pageSize = limit === undefined ? BIRD_MAX_PAGE_SIZE : Math.min(BIRD_MAX_PAGE_SIZE, limit - results.length);
		const response = (await birdRequest.call(this, {
			...request,
			method: 'GET',
			qs: { ...request.qs, limit: pageSize, ...(pageToken ? { pageToken } : {}) },
		})) as unknown as ProviderResponse<BirdPage>;
		results.push(...(response.body.results ?? []));
		pageToken = response.body.nextPageToken || undefined;
	} while (pageToken && (limit === undefined || results.length < limit));
	return limit === undefined ? results : results.slice(0, limit);
}
