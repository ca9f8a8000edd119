import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { BIRD_MAX_PAGE_SIZE } from '../transport';
import { subscriptionPage } from '../transport/notifications';
import { matchesSearch } from './pagedSearch';

/**
 * The workspace's webhook subscriptions (Notifications API, "List webhook subscriptions", below the organization) for
 * the Webhook Subscription picker: `<event> → <url>`, filtered by the search text.
 */
export async function searchWebhookSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await subscriptionPage.call(this, { operation: 'List Webhook Subscriptions' }, BIRD_MAX_PAGE_SIZE, paginationToken);
	const results = page.records
		.map((subscription) => ({ name: `${String(subscription.event)} → ${String(subscription.url)}`, value: String(subscription.id) }))
		.filter((entry) => matchesSearch(filter, entry));
	return { results, paginationToken: page.nextToken || undefined };
}

export const listSearch = { searchWebhookSubscriptions };
