/**
 * The webhook-subscription calls of Bird's Notifications API (docs.bird.com, "Create a webhook subscription", "List
 * webhook subscriptions", "Delete a webhook subscription"): `/organizations/{organizationId}/workspaces/{workspaceId}
 * /webhook-subscriptions[/{id}]`, through the shared transport with the Bird profile. The organization ID comes from
 * the credential; without it activation stops with a message telling where to find it.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/pathSegment';
import { providerRequest, type ProviderResponse, type RequestContext } from '../../shared/transport';
import { BIRD_CREDENTIAL, BIRD_DEFAULT_BASE_URL, BIRD_MAX_PAGE_SIZE, birdProfile, unusableAnswer } from '../transport';
import type { EventFilter } from './settings';

/** A subscription as Bird lists it (the fields the trigger reads). */
export interface BirdSubscription {
	id: string;
	event: string;
	url: string;
	eventFilters: EventFilter[];
}

/** The most pages of subscriptions one look-up reads (100 each). */
const MAX_PAGES = 20;

function asRequestContext(context: IHookFunctions): RequestContext {
	// The transport uses getCredentials, getNode and the request helpers, which a hook context offers as well.
	return context as unknown as RequestContext;
}

/** `{baseUrl}/organizations/{organizationId}/workspaces/{workspaceId}/webhook-subscriptions`. */
async function subscriptionsUrl(context: IHookFunctions): Promise<string> {
	const credentials = await context.getCredentials(BIRD_CREDENTIAL);
	const organizationId = String(credentials.organizationId ?? '').trim();
	if (!organizationId) {
		throw new NodeOperationError(context.getNode(), 'The Bird Channels credential has no Organization ID', {
			description:
				'Bird registers webhooks per organization. Open the credential, enter the Organization ID (in Bird, the UUID in the address bar after /organizations/, or Settings → Organization) and activate the workflow again.',
		});
	}
	const baseUrl = String(credentials.baseUrl || BIRD_DEFAULT_BASE_URL).replace(/\/+$/, '');
	const organization = pathSegment(context, 0, 'Organization ID (in the credential)', organizationId);
	const workspace = pathSegment(context, 0, 'Workspace ID (in the credential)', String(credentials.workspaceId ?? '').trim());
	return `${baseUrl}/organizations/${organization}/workspaces/${workspace}/webhook-subscriptions`;
}

function readSubscription(value: unknown): BirdSubscription | undefined {
	const record = value as IDataObject | undefined;
	if (!record || typeof record.id !== 'string' || typeof record.event !== 'string' || typeof record.url !== 'string') return undefined;
	const filters = Array.isArray(record.eventFilters) ? (record.eventFilters as EventFilter[]) : [];
	return { id: record.id, event: record.event, url: record.url, eventFilters: filters };
}

/** Every subscription of the workspace, page by page. */
export async function listSubscriptions(context: IHookFunctions): Promise<BirdSubscription[]> {
	const url = await subscriptionsUrl(context);
	const found: BirdSubscription[] = [];
	let pageToken: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const request = { operation: 'List Webhook Subscriptions', method: 'GET' as const };
		const response = (await providerRequest.call(asRequestContext(context), birdProfile, {
			...request,
			url,
			qs: { limit: BIRD_MAX_PAGE_SIZE, ...(pageToken ? { pageToken } : {}) },
			response: 'json',
		})) as ProviderResponse<IDataObject>;
		const results = response.body?.results;
		if (!Array.isArray(results)) throw unusableAnswer(asRequestContext(context), request, response.statusCode, 'the answer has no list of results');
		for (const result of results) {
			const subscription = readSubscription(result);
			if (subscription) found.push(subscription);
		}
		const next = response.body.nextPageToken;
		if (typeof next !== 'string' || next === '' || next === pageToken) break;
		pageToken = next;
	}
	return found;
}

/** Creates the subscription of one event; returns its ID. */
export async function createSubscription(
	context: IHookFunctions,
	subscription: { event: string; url: string; signingKey: string; eventFilters: EventFilter[] },
): Promise<string> {
	const request = { operation: 'Create Webhook Subscription', method: 'POST' as const };
	const body: IDataObject = { service: 'channels', event: subscription.event, url: subscription.url, signingKey: subscription.signingKey };
	if (subscription.eventFilters.length > 0) body.eventFilters = subscription.eventFilters as unknown as IDataObject[];
	const response = (await providerRequest.call(asRequestContext(context), birdProfile, {
		...request,
		url: await subscriptionsUrl(context),
		body: { json: body },
		response: 'json',
	})) as ProviderResponse<IDataObject>;
	const id = response.body?.id;
	if (typeof id !== 'string' || id === '') throw unusableAnswer(asRequestContext(context), request, response.statusCode, 'the answer has no subscription ID');
	return id;
}

/** Deletes a subscription; one Bird no longer has (404) counts as deleted. */
export async function deleteSubscription(context: IHookFunctions, id: string): Promise<void> {
	const url = `${await subscriptionsUrl(context)}/${encodeURIComponent(id)}`;
	const failure = await providerRequest
		.call(asRequestContext(context), birdProfile, { operation: 'Delete Webhook Subscription', method: 'DELETE', url, response: 'json', idempotent: true })
		.then(
			() => undefined,
			(error: unknown) => error,
		);
	if (failure === undefined || (failure instanceof NodeApiError && failure.httpCode === '404')) return;
	throw failure instanceof NodeApiError || failure instanceof NodeOperationError ? failure : new NodeOperationError(context.getNode(), failure as Error);
}
