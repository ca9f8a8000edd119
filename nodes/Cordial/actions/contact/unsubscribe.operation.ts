import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { pathSegment } from '../../../shared/pathSegment';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { cordialRequest, queryString } from '../../transport';
import { readContactPath } from '../../helpers/contact';
import { CHANNEL_KEY } from '../../helpers/values';
import { contactIdentifierFields } from './fields';

const properties: INodeProperties[] = [
	...contactIdentifierFields,
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'string',
		default: 'email',
		required: true,
		description: 'The channel key to unsubscribe from, e.g. email or sms',
	},
	collectionProperty('options', [
		{
			displayName: 'Message Contact ID (mcID)',
			name: 'mcID',
			type: 'string',
			default: '',
			description: 'The message the contact unsubscribed from, for attribution',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['unsubscribe'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const channel = requiredString(this, 'channel', itemIndex, 'Channel', 'Enter a channel key such as email.');
	if (!CHANNEL_KEY.test(channel)) {
		throw invalidParameter(this, itemIndex, 'Channel', `"${channel}" is not a channel key`, 'Enter a channel key such as email or sms.');
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const mcID = String(options.mcID ?? '').trim();
	// Not repeated after an ambiguous failure: an unsubscribe is a consent change attributed to a message (mcID) and
	// can start opt-out automations; the error asks the user to check in Cordial instead.
	return await cordialRequest.call(this, {
		operation: 'Unsubscribe Contact',
		itemIndex,
		method: 'PUT',
		path: `${path}/unsubscribe/${pathSegment(this, itemIndex, 'Channel', channel)}${queryString([['mcID', mcID]])}`,
	});
}
