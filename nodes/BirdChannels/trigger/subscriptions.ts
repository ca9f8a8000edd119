/**
 * The trigger's webhook-subscription calls, through the Notifications API transport it shares with the Webhook
 * Subscription operations (transport/notifications.ts: paths, Organization ID check, answer checks). Here: what the
 * trigger reads of a subscription, its look-up of every subscription, and a delete that takes a subscription Bird no
 * longer has as deleted.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport';
import { BIRD_MAX_PAGE_SIZE, unusableAnswer } from '../transport';
import { createWebhookSubscription, deleteWebhookSubscription, notificationsRequest } from '../transport/notifications';
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

/** How the user goes on once the Organization ID is in the credential. */
const RETRY = 'activate the workflow again';

function asRequestContext(context: IHookFunctions): RequestContext {
	// The transport uses getCredentials, getNode and the request helpers, which a hook context offers as well.
	return context as unknown as RequestContext;
}

function readSubscription(value: unknown): BirdSubscription | undefined {
	const record = value as IDataObject | undefined;
	if (!record || typeof record.id !== 'string' || typeof record.event !== 'string' || typeof record.url !== 'string') return undefined;
	const filters = Array.isArray(record.eventFilters) ? (record.eventFilters as EventFilter[]) : [];
	return { id: record.id, event: record.event, url: record.url, eventFilters: filters };
}

/** Every subscription of the workspace, page by page (at most MAX_PAGES; a repeated or missing token ends the read). */
export async function listSubscriptions(context: IHookFunctions): Promise<BirdSubscription[]> {
	const found: BirdSubscription[] = [];
	let pageToken: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const request = { operation: 'List Webhook Subscriptions', method: 'GET' as const, retry: RETRY };
		const response = await notificationsRequest.call(asRequestContext(context), { ...request, qs: { limit: BIRD_MAX_PAGE_SIZE, ...(pageToken ? { pageToken } : {}) } });
		const results = response.body.results;
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
	const body: IDataObject = { service: 'channels', event: subscription.event, url: subscription.url, signingKey: subscription.signingKey };
	if (subscription.eventFilters.length > 0) body.eventFilters = subscription.eventFilters as unknown as IDataObject[];
	const created = await createWebhookSubscription.call(asRequestContext(context), { operation: 'Create Webhook Subscription', retry: RETRY }, body);
	return created.id as string;
}

/** Deletes a subscription; one Bird no longer has (404) counts as deleted. */
export async function deleteSubscription(context: IHookFunctions, id: string): Promise<void> {
	const failure = await deleteWebhookSubscription
		.call(asRequestContext(context), { operation: 'Delete Webhook Subscription', retry: RETRY, idempotent: true }, id)
		.then(
			() => undefined,
			(error: unknown) => error,
		);
	if (failure === undefined || (failure instanceof NodeApiError && failure.httpCode === '404')) return;
	throw failure instanceof NodeApiError || failure instanceof NodeOperationError ? failure : new NodeOperationError(context.getNode(), failure as Error);
}
