import type { IDataObject } from 'n8n-workflow';

/** The fields of a subscription ("List webhook subscriptions": WebhookSubscription) a workflow acts on. */
export function simplifySubscription(subscription: IDataObject): IDataObject {
	return {
		id: subscription.id,
		event: subscription.event,
		url: subscription.url,
		eventFilters: subscription.eventFilters ?? [],
		status: subscription.status,
		createdAt: subscription.createdAt,
		updatedAt: subscription.updatedAt,
	};
}
