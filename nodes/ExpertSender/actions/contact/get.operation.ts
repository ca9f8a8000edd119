import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { expertSenderRequest, missingInAnswer, responseData, toJson } from '../../transport';
import { readIdentifierQuery } from '../../helpers/identifier';
import { identifierFields } from './fields';

/** Elements of a subscriber that hold a list of one child element each. */
export const SUBSCRIBER_CONTAINERS: Record<string, string> = {
	StateOnLists: 'StateOnList',
	Properties: 'Property',
	Events: 'Event',
	Subscriptions: 'Subscription',
	EmailInSuppressionLists: 'SuppressionList',
};

const properties: INodeProperties[] = [
	...identifierFields('get', ['customSubscriberId', 'email', 'id', 'phone']),
	{
		displayName: 'Detail Level',
		name: 'detailLevel',
		type: 'options',
		default: 'Full',
		description: 'How much of the subscriber ExpertSender returns',
		options: [
			{ name: 'Events History', value: 'EventsHistory', description: 'Basic data and the history of message events' },
			{ name: 'Full', value: 'Full', description: 'All data: list states, custom properties, blacklist state' },
			{ name: 'Long', value: 'Long', description: 'Basic data and the state on every list' },
			{ name: 'Short', value: 'Short', description: 'Basic data only' },
			{ name: 'Subscriptions History', value: 'SubscriptionsHistory', description: 'Basic data and the history of subscriptions' },
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const query = readIdentifierQuery(this, itemIndex);
	const option = this.getNodeParameter('detailLevel', itemIndex, 'Full') as string;
	const response = await expertSenderRequest.call(this, {
		operation: 'Get Contact',
		itemIndex,
		method: 'GET',
		resource: 'Subscribers',
		qs: { ...query.qs, option },
	});
	const data = responseData(response);
	// A found subscriber always comes with its data; an answer without it is not "a subscriber with no fields".
	if (data === undefined || data === null) throw missingInAnswer(this, response, 'Get Contact', itemIndex, 'subscriber data');
	return (toJson(data, 'Data', SUBSCRIBER_CONTAINERS) ?? {}) as IDataObject;
}
