import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { deleteWebhookSubscription } from '../../transport/notifications';
import { subscriptionLocator } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['webhookSubscription'], operation: ['delete'] } }, [subscriptionLocator]);

/** `DELETE …/webhook-subscriptions/{id}` ("Delete a webhook subscription"); Bird answers 204, unknown IDs 404. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = requiredString(this, 'webhookSubscription', itemIndex, 'Webhook Subscription', 'Pick a webhook subscription from the list or enter its ID.');
	// Not repeated after an ambiguous failure: a repeat would answer 404 and report a deleted subscription as missing.
	await deleteWebhookSubscription.call(this, { operation: 'Delete Webhook Subscription', itemIndex }, id);
	return { deleted: true };
}
