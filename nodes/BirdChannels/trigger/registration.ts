/**
 * The trigger's `webhookMethods.default`: on activation one Bird subscription per chosen event, all with one signing
 * key made here (crypto.randomBytes); on deactivation they are deleted. `checkExists` looks at Bird, not only at
 * static data: the subscriptions must still exist for this URL, event and filters. Subscriptions of this URL that
 * static data does not know (left by a deactivation that failed) are replaced, not kept: their signing key is lost.
 */
import { randomBytes } from 'crypto';
import type { IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { BIRD_WEBHOOK_URL } from '../transport/notifications';
import { readBirdTriggerSettings, eventFilters, type BirdTriggerSettings, type EventFilter } from './settings';
import { endpoint, saveEndpoint, type Endpoint } from './state';
import { createSubscription, deleteSubscription, listSubscriptions, type BirdSubscription } from './subscriptions';

function webhookUrl(context: IHookFunctions): string {
	return context.getNodeWebhookUrl('default') as string;
}

/** Bird refuses other URLs with a bare "malformed" error; this says why, and what to set in n8n, before any call. */
function requireDeliverableUrl(context: IHookFunctions, url: string): void {
	if (BIRD_WEBHOOK_URL.test(url)) return;
	throw new NodeOperationError(context.getNode(), `Bird cannot deliver to n8n's webhook URL ${url}`, {
		description:
			'Bird sends webhooks only to public https addresses with a host name. Set n8n\'s WEBHOOK_URL environment variable to the https address n8n is reached at (for example behind a reverse proxy or tunnel), restart n8n and activate the workflow again.',
	});
}

function sameFilters(a: EventFilter[], b: EventFilter[]): boolean {
	const text = (filters: EventFilter[]) => JSON.stringify([...filters].map(({ key, value }) => [key, value]).sort());
	return text(a) === text(b);
}

/** Whether every chosen event has its subscription, made by this trigger, at Bird with the current filters. */
export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const settings = readBirdTriggerSettings(this);
	const url = webhookUrl(this);
	const known = await listSubscriptions(this);
	const stored = endpoint(this.getWorkflowStaticData('node'), url);
	if (!stored) return false;
	return settings.events.every((event) => {
		const mine = stored.subscriptions.find((entry) => entry.event === event);
		const atBird = mine && known.find((subscription) => subscription.id === mine.id);
		return atBird !== undefined && atBird.url === url && atBird.event === event && sameFilters(atBird.eventFilters, eventFilters(settings, event));
	});
}

async function removeAll(context: IHookFunctions, ids: string[]): Promise<void> {
	for (const id of new Set(ids)) await deleteSubscription(context, id);
}

async function makeSubscriptions(context: IHookFunctions, settings: BirdTriggerSettings, url: string, made: Endpoint): Promise<void> {
	for (const event of settings.events) {
		const id = await createSubscription(context, { event, url, signingKey: made.signingKey, eventFilters: eventFilters(settings, event) });
		made.subscriptions.push({ id, event });
	}
}

/** Replaces this URL's subscriptions with one per chosen event, signed with a new key. */
export async function create(this: IHookFunctions): Promise<boolean> {
	const settings = readBirdTriggerSettings(this);
	const url = webhookUrl(this);
	requireDeliverableUrl(this, url);
	const staticData = this.getWorkflowStaticData('node');
	const stale: BirdSubscription[] = (await listSubscriptions(this)).filter((subscription) => subscription.url === url);
	await removeAll(this, [...stale.map((subscription) => subscription.id), ...(endpoint(staticData, url)?.subscriptions.map((entry) => entry.id) ?? [])]);
	const made: Endpoint = { signingKey: randomBytes(32).toString('base64'), subscriptions: [] };
	const failure = await makeSubscriptions(this, settings, url, made).then(
		() => undefined,
		(error: unknown) => error,
	);
	if (failure !== undefined) {
		// Half a registration is none: what was made is removed again, and the failure reported.
		await removeAll(this, made.subscriptions.map((entry) => entry.id)).catch(() => undefined);
		saveEndpoint(staticData, url, undefined);
		throw failure instanceof NodeApiError || failure instanceof NodeOperationError ? failure : new NodeOperationError(this.getNode(), failure as Error);
	}
	saveEndpoint(staticData, url, made);
	return true;
}

/** Deletes this URL's subscriptions and forgets them. */
export async function remove(this: IHookFunctions): Promise<boolean> {
	const url = webhookUrl(this);
	const staticData = this.getWorkflowStaticData('node');
	const stored = endpoint(staticData, url);
	if (stored) await removeAll(this, stored.subscriptions.map((entry) => entry.id));
	saveEndpoint(staticData, url, undefined);
	return true;
}
