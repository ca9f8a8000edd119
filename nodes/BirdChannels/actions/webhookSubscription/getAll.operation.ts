import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { listWebhookSubscriptions, withoutSigningKey } from '../../transport/notifications';
import { pagingOptions } from '../fields';
import { simplifyField } from './fields';
import { simplifySubscription } from '../../helpers/simplify';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyField, collectionProperty('options', pagingOptions)];

export const description = updateDisplayOptions({ show: { resource: ['webhookSubscription'], operation: ['getAll'] } }, properties);

/** `GET …/webhook-subscriptions` ("List webhook subscriptions": `limit` 1..100, `pageToken`), page by page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await listWebhookSubscriptions.call(this, { operation: 'Get Many Webhook Subscriptions', itemIndex }, settings);
	const subscriptions = results.map(withoutSigningKey);
	return birdListOutput(settings, this.getNodeParameter('simplify', itemIndex, true) ? subscriptions.map(simplifySubscription) : subscriptions, nextPageToken);
}
