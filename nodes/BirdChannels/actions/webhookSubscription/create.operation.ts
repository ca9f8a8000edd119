import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { BIRD_WEBHOOK_URL, createWebhookSubscription, withoutSigningKey } from '../../transport/notifications';
import { eventField, eventFiltersField, signingKeyField, urlField } from './fields';

const properties: INodeProperties[] = [eventField, urlField, collectionProperty('additionalFields', [eventFiltersField, signingKeyField])];

export const description = updateDisplayOptions({ show: { resource: ['webhookSubscription'], operation: ['create'] } }, properties);

/** The URL, which Bird refuses with a bare "malformed" unless it is https with a host name ("Create a webhook subscription"). */
function readUrl(context: IExecuteFunctions, itemIndex: number): string {
	const url = requiredString(context, 'url', itemIndex, 'URL', 'Enter the https address Bird sends the events to.');
	if (!BIRD_WEBHOOK_URL.test(url)) {
		throw invalidParameter(context, itemIndex, 'URL', `"${url}" is not a public https address with a host name`, 'Enter an https URL with a host name, e.g. https://n8n.example.com/webhook/bird; Bird does not send to http, IP addresses or localhost.');
	}
	return url;
}

/** The Event Filters: each a documented key once, with a value ("For each subscription, it is only possible to add one channelId filter"). */
function readEventFilters(context: IExecuteFunctions, itemIndex: number, fields: IDataObject): Array<{ key: string; value: string }> {
	const entries = ((fields.eventFilters as IDataObject | undefined)?.filter ?? []) as IDataObject[];
	const seen = new Set<string>();
	return entries.map((entry, index) => {
		const key = String(entry.key ?? '');
		const value = String(entry.value ?? '').trim();
		// Named as n8n's parameter checks name the same fields (nodes/shared/runContext).
		const label = `Additional Fields › Event Filters › Filter ${index + 1}`;
		if (value === '') throw invalidParameter(context, itemIndex, `${label} › Value`, 'is empty', 'Enter the value the events must have, e.g. a channel ID or delivered, or remove the filter.');
		if (seen.has(key)) throw invalidParameter(context, itemIndex, `${label} › Key`, `"${key}" is used twice`, 'Bird takes one value per filter key; keep one filter per key.');
		seen.add(key);
		return { key, value };
	});
}

/**
 * `POST /organizations/{organizationId}/workspaces/{workspaceId}/webhook-subscriptions` with `{service: "channels",
 * event, url, signingKey?, eventFilters?}` ("Create a webhook subscription"). Returns Bird's subscription without
 * the signing key. Not repeated after an ambiguous failure: a repeat could subscribe the URL twice.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const event = this.getNodeParameter('event', itemIndex) as string;
	const url = readUrl(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const eventFilters = readEventFilters(this, itemIndex, fields);
	const signingKey = typeof fields.signingKey === 'string' ? fields.signingKey : '';
	const body: IDataObject = {
		service: 'channels',
		event,
		url,
		...(signingKey !== '' ? { signingKey } : {}),
		...(eventFilters.length > 0 ? { eventFilters } : {}),
	};
	return withoutSigningKey(await createWebhookSubscription.call(this, { operation: 'Create Webhook Subscription', itemIndex }, body));
}
