/**
 * Bird's Notifications API, shared by the Webhook Subscription operations and the Bird Channels Trigger: webhook
 * subscriptions live below `/organizations/{organizationId}/workspaces/{workspaceId}/webhook-subscriptions`
 * (docs.bird.com "Create a webhook subscription", "List webhook subscriptions", "Delete a webhook subscription";
 * PipedreamHQ/pipedream `components/messagebird/messagebird.app.mjs` calls the same paths). They need the
 * credential's Organization ID, which the workspace-scoped transport (transport/index.ts) does not use.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readTokenPages } from '../../shared/paging';
import { pathSegment } from '../../shared/pathSegment';
import { providerRequest, type ProviderResponse, type RequestBody, type RequestContext } from '../../shared/transport';
import { itemSuffix } from '../../shared/validation';
import { BIRD_CREDENTIAL, BIRD_DEFAULT_BASE_URL, BIRD_MAX_PAGE_SIZE, birdProfile, unusableAnswer, type BirdPaging } from './index';

/** The `url` of "Create a webhook subscription" (the Notifications_Url pattern): https and a host name, no IP address. */
export const BIRD_WEBHOOK_URL = /^https:\/\/([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}(\/\S*)?$/;

/** What the user does once the Organization ID is in the credential, for the end of the message. */
export const RUN_AGAIN = 'run the node again';

/**
 * The credential has no Organization ID: Bird registers webhooks per organization, so nothing can be sent. Refused
 * before any request; `retry` ends the fix ("activate the workflow again" for the trigger).
 */
export function missingOrganizationId(context: Pick<IExecuteFunctions, 'getNode'>, retry: string, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), `The Bird Channels credential has no Organization ID${itemSuffix(itemIndex)}`, {
		itemIndex,
		description: `Bird registers webhooks per organization. Open the credential, enter the Organization ID (in Bird, the UUID in the address bar after /organizations/, or Settings → Organization) and ${retry}.`,
	});
}

/** `{baseUrl}/organizations/{organizationId}/workspaces/{workspaceId}/webhook-subscriptions`. */
async function subscriptionsUrl(context: RequestContext, itemIndex: number | undefined, retry: string): Promise<string> {
	const credentials = await context.getCredentials(BIRD_CREDENTIAL, itemIndex ?? 0);
	const organizationId = String(credentials.organizationId ?? '').trim();
	if (!organizationId) throw missingOrganizationId(context, retry, itemIndex);
	const baseUrl = String(credentials.baseUrl || BIRD_DEFAULT_BASE_URL).replace(/\/+$/, '');
	const organization = pathSegment(context, itemIndex ?? 0, 'Organization ID (in the credential)', organizationId);
	const workspace = pathSegment(context, itemIndex ?? 0, 'Workspace ID (in the credential)', String(credentials.workspaceId ?? '').trim());
	return `${baseUrl}/organizations/${organization}/workspaces/${workspace}/webhook-subscriptions`;
}

export interface NotificationsRequest {
	operation: string;
	itemIndex?: number;
	method: IHttpRequestMethods;
	/** Below `/webhook-subscriptions` (e.g. `/{id}`), every segment already encoded. */
	path?: string;
	qs?: IDataObject;
	body?: RequestBody;
	idempotent?: boolean;
	/** How to try again once the Organization ID is set (default: run the node again). */
	retry?: string;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One request to the webhook subscriptions of the credential's workspace; every answer but a DELETE's is a JSON object. */
export async function notificationsRequest(this: RequestContext, request: NotificationsRequest): Promise<ProviderResponse<IDataObject>> {
	const url = await subscriptionsUrl(this, request.itemIndex, request.retry ?? RUN_AGAIN);
	const response = (await providerRequest.call(this, birdProfile, {
		operation: request.operation,
		itemIndex: request.itemIndex,
		method: request.method,
		url: `${url}${request.path ?? ''}`,
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

/** One page of "List webhook subscriptions": `{results, nextPageToken}`, checked, with the answer's status. */
export async function subscriptionPage(
	this: RequestContext,
	request: Pick<NotificationsRequest, 'operation' | 'itemIndex'>,
	size: number,
	pageToken?: string,
): Promise<{ records: IDataObject[]; nextToken?: string; statusCode: number }> {
	const read = { ...request, method: 'GET' as const };
	const response = await notificationsRequest.call(this, { ...read, qs: { limit: size, ...(pageToken ? { pageToken } : {}) } });
	const { results, nextPageToken } = response.body;
	if (!Array.isArray(results)) throw unusableAnswer(this, read, response.statusCode, 'the answer has no list of results');
	if (nextPageToken !== undefined && nextPageToken !== null && typeof nextPageToken !== 'string') {
		throw unusableAnswer(this, read, response.statusCode, 'the answer has a next page token that is not text');
	}
	return { records: results as IDataObject[], nextToken: nextPageToken ?? undefined, statusCode: response.statusCode };
}

/**
 * The webhook subscriptions of the workspace as Get Many reads them: `limit` records (all when undefined), pages of
 * `pageSize` (1 to 100, "List webhook subscriptions"), from `startToken`; a token seen twice, or a list past the
 * page limit, is refused (see the shared `readTokenPages`).
 */
export async function listWebhookSubscriptions(
	this: RequestContext,
	request: Pick<NotificationsRequest, 'operation' | 'itemIndex'>,
	paging: BirdPaging,
): Promise<{ results: IDataObject[]; nextPageToken: string | null }> {
	let statusCode = 200;
	const { records, nextToken } = await readTokenPages(
		async (pageToken, size) => {
			const page = await subscriptionPage.call(this, request, size, pageToken);
			statusCode = page.statusCode;
			return page;
		},
		{ limit: paging.limit, pageSize: paging.pageSize ?? BIRD_MAX_PAGE_SIZE, startToken: paging.startToken },
		(problem) => unusableAnswer(this, { ...request, method: 'GET' }, statusCode, problem),
	);
	return { results: records, nextPageToken: nextToken };
}

/** Creates one subscription of the Channels service; returns Bird's answer, which must carry the new ID. */
export async function createWebhookSubscription(
	this: RequestContext,
	request: Pick<NotificationsRequest, 'operation' | 'itemIndex' | 'retry'>,
	body: IDataObject,
): Promise<IDataObject> {
	const create = { ...request, method: 'POST' as const };
	const response = await notificationsRequest.call(this, { ...create, body: { json: body } });
	if (typeof response.body.id !== 'string' || response.body.id === '') {
		throw unusableAnswer(this, create, response.statusCode, 'the answer has no subscription ID');
	}
	return response.body;
}

/** Deletes one subscription; `id` is the user's value, sent as exactly one path segment. */
export async function deleteWebhookSubscription(
	this: RequestContext,
	request: Pick<NotificationsRequest, 'operation' | 'itemIndex' | 'retry' | 'idempotent'>,
	id: string,
): Promise<void> {
	const path = `/${pathSegment(this, request.itemIndex ?? 0, 'Webhook Subscription', id)}`;
	await notificationsRequest.call(this, { ...request, method: 'DELETE', path });
}

/** A subscription as the node outputs it: Bird's answer without the signing key, which stays out of execution data. */
export function withoutSigningKey(subscription: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(subscription).filter(([key]) => key !== 'signingKey'));
}
