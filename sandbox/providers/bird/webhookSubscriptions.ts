/**
 * Webhook subscriptions of Bird's Notifications API, below `/organizations/{organizationId}/workspaces/{workspaceId}`,
 * and the signed deliveries Bird makes to them. Written from docs.bird.com: "Create a webhook subscription" (body
 * `service`*, `event`*, `url`* with its https pattern, optional `signingKey`, `eventFilters` [{key, value}], `template`;
 * 201 with the stored subscription), "List webhook subscriptions" (`limit` 1..100, `pageToken`), "Webhook
 * subscriptions" (filters AND-ed, at most five subscriptions for the same filter combination, retries for 8 hours),
 * "Message status and interactions" (one `channelId` filter per subscription; events `<platform>.inbound`,
 * `<platform>.outbound`, `<platform>.interaction`) and "Verifying a webhook subscription" (the signature below).
 */
import { createHash, createHmac } from 'node:crypto';

import { emptyResponse, jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount, StoredSubscription } from './account';
import { add, birdError, isObject, malformed, type Details, type Json } from './answers';
import { BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID, MAX_MATCHING_SUBSCRIPTIONS, WEBHOOK_CHANNEL_EVENTS, WEBHOOK_FILTER_KEYS, WEBHOOK_SERVICES, WEBHOOK_URL } from './fixtures';
import { page } from './paging';

const CREATE_FIELDS = new Set(['service', 'event', 'eventFilters', 'template', 'url', 'signingKey']);

function checkFilters(details: Details, filters: unknown): Array<{ key: string; value: string }> {
	if (filters === undefined || filters === null) return [];
	if (!Array.isArray(filters)) {
		add(details, '.eventFilters', 'Must be an array of {key, value}');
		return [];
	}
	const seen = new Set<string>();
	filters.forEach((filter: unknown, index) => {
		const at = `.eventFilters[${index}]`;
		if (!isObject(filter) || typeof filter.key !== 'string' || typeof filter.value !== 'string' || filter.value === '') {
			add(details, at, 'Must be an object with a string key and a non-empty string value');
			return;
		}
		if (!WEBHOOK_FILTER_KEYS.has(filter.key)) add(details, `${at}.key`, `Unknown filter key '${filter.key}'`);
		if (seen.has(filter.key)) add(details, `${at}.key`, `Only one '${filter.key}' filter is allowed per subscription`);
		seen.add(filter.key);
	});
	return filters as Array<{ key: string; value: string }>;
}

function checkSubscription(body: Json): Details {
	const details: Details = {};
	for (const key of Object.keys(body)) if (!CREATE_FIELDS.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
	if (typeof body.service !== 'string') add(details, '.service', "Property 'service' is missing");
	else if (!WEBHOOK_SERVICES.has(body.service)) add(details, '.service', `Unknown service '${body.service}'`);
	if (typeof body.event !== 'string' || body.event === '') add(details, '.event', "Property 'event' is missing");
	else if (body.service === 'channels' && !WEBHOOK_CHANNEL_EVENTS.has(body.event)) add(details, '.event', `Unknown event '${body.event}' for service 'channels'`);
	if (typeof body.url !== 'string') add(details, '.url', "Property 'url' is missing");
	else if (!WEBHOOK_URL.test(body.url)) add(details, '.url', 'Must match ^https://([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}(/[^\\s]*)?$');
	if (body.signingKey !== undefined && (typeof body.signingKey !== 'string' || body.signingKey === '')) add(details, '.signingKey', 'Must be a non-empty string');
	if (body.template !== undefined && typeof body.template !== 'string') add(details, '.template', 'Must be a string');
	checkFilters(details, body.eventFilters);
	return details;
}

function filterCombination(subscription: Pick<StoredSubscription, 'service' | 'event' | 'eventFilters'>): string {
	const filters = [...subscription.eventFilters].sort((a, b) => a.key.localeCompare(b.key));
	return JSON.stringify([subscription.service, subscription.event, filters]);
}

export function subscriptionJson(subscription: StoredSubscription): Json {
	return structuredClone(subscription) as unknown as Json;
}

export function createSubscription(account: BirdAccount, body: Json): SandboxResponse {
	const details = checkSubscription(body);
	if (Object.keys(details).length > 0) return malformed(details);
	const eventFilters = checkFilters({}, body.eventFilters);
	const candidate = { service: body.service as string, event: body.event as string, eventFilters };
	const same = [...account.subscriptions.values()].filter((existing) => filterCombination(existing) === filterCombination(candidate));
	if (same.length >= MAX_MATCHING_SUBSCRIPTIONS) {
		return birdError(409, 'Conflict', `At most ${MAX_MATCHING_SUBSCRIPTIONS} subscriptions may have the same filter combination`);
	}
	const now = new Date().toISOString();
	const subscription: StoredSubscription = {
		id: account.nextId('w'),
		organizationId: BIRD_ORGANIZATION_ID,
		workspaceId: BIRD_WORKSPACE_ID,
		...candidate,
		...(typeof body.template === 'string' ? { template: body.template } : {}),
		url: body.url as string,
		...(typeof body.signingKey === 'string' ? { signingKey: body.signingKey } : {}),
		status: 'active',
		createdAt: now,
		updatedAt: now,
	};
	account.subscriptions.set(subscription.id, subscription);
	return jsonResponse(201, subscriptionJson(subscription));
}

export function listSubscriptions(account: BirdAccount, request: SandboxRequest): SandboxResponse {
	return page(request, [...account.subscriptions.values()].map(subscriptionJson), 'webhook-subscriptions');
}

function notFound(): SandboxResponse {
	return birdError(404, 'NotFound', 'Webhook subscription not found');
}

export function getSubscription(account: BirdAccount, id: string): SandboxResponse {
	const subscription = account.subscriptions.get(decodeURIComponent(id));
	return subscription ? jsonResponse(200, subscriptionJson(subscription)) : notFound();
}

export function deleteSubscription(account: BirdAccount, id: string): SandboxResponse {
	return account.subscriptions.delete(decodeURIComponent(id)) ? emptyResponse(204) : notFound();
}

/** One HTTP request Bird makes to a subscription's URL. */
export interface BirdDelivery {
	subscriptionId: string;
	url: string;
	headers: Record<string, string>;
	body: Buffer;
}

/** An event as Bird produces it: `{service, event, payload}` (the payload a message, or an interaction). */
export interface BirdEvent {
	event: string;
	payload: Json;
}

/**
 * The signature of "Verifying a webhook subscription": HMAC-SHA256 keyed with the signing key over the request
 * timestamp, a new line, the URL Bird calls, a new line, and the SHA-256 checksum of the body "as a binary result";
 * the header carries it in base64.
 */
export function birdWebhookSignature(signingKey: string, timestamp: string, url: string, body: Buffer): string {
	const hmac = createHmac('sha256', signingKey);
	hmac.update(timestamp, 'utf8');
	hmac.update('\n', 'utf8');
	hmac.update(url, 'utf8');
	hmac.update('\n', 'utf8');
	hmac.update(createHash('sha256').update(body).digest());
	return hmac.digest('base64');
}

/** Whether a subscription's filters (AND-ed) let the event through. */
function passes(subscription: StoredSubscription, event: BirdEvent): boolean {
	const payload = event.payload;
	const values: Record<string, unknown> = {
		channelId: payload.channelId,
		messageStatus: payload.status,
		interactionType: payload.type,
		platformId: payload.platformId,
		status: payload.status,
	};
	return subscription.eventFilters.every(({ key, value }) => values[key] === value);
}

/**
 * The signed requests Bird makes for `event`: one per active subscription of that event whose filters it passes.
 * `timestamp` (Unix seconds, as `messagebird-request-timestamp` carries it) defaults to now.
 */
export function deliveriesFor(account: BirdAccount, event: BirdEvent, timestamp = Math.floor(Date.now() / 1000)): BirdDelivery[] {
	const body = Buffer.from(JSON.stringify({ service: 'channels', event: event.event, payload: event.payload }), 'utf8');
	return [...account.subscriptions.values()]
		.filter((subscription) => subscription.status === 'active' && subscription.event === event.event && passes(subscription, event))
		.map((subscription) => {
			const headers: Record<string, string> = {
				'content-type': 'application/json',
				'messagebird-request-timestamp': String(timestamp),
				'messagebird-request-id': account.nextId('r'),
			};
			if (subscription.signingKey) headers['messagebird-signature'] = birdWebhookSignature(subscription.signingKey, String(timestamp), subscription.url, body);
			return { subscriptionId: subscription.id, url: subscription.url, headers, body };
		});
}
