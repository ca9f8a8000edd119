import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { channelAddressKey, contactBody, readChannelAddress, readIdentifyBy } from '../../helpers/contact';
import { channelAddressFields, channelField, contactDataFields } from './fields';

const forceSubscribe = contactDataFields.find((field) => field.name === 'forceSubscribe')!;

const properties: INodeProperties[] = [
	{ ...channelField, description: 'The channel to subscribe the contact to' },
	...channelAddressFields('The e-mail address to subscribe'),
	collectionProperty('options', [
		{ ...forceSubscribe, description: 'Whether to subscribe the contact even if it unsubscribed before; only with the person\'s renewed consent' },
		{
			displayName: 'Identify By',
			name: 'identifyBy',
			type: 'string',
			default: '',
			placeholder: 'e.g. email, custID',
			description: 'Comma-separated secondary keys, highest priority first, that find the contact; by default its primary key, or for another channel its address there (e.g. channels.sms.address)',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['subscribe'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const target = readChannelAddress(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	// Cordial subscribes through the upsert: `channels.<channel>.subscribeStatus` "subscribed" (Swagger, ContactCPost
	// and EmailC), with forceSubscribe for a contact that had unsubscribed (ContactCPut).
	const body = contactBody(this, itemIndex, target, { subscribeStatus: 'subscribed', forceSubscribe: options.forceSubscribe }, 'options.attributes');
	if (options.identifyBy !== undefined) body.identifyBy = readIdentifyBy(this, itemIndex, options.identifyBy);
	else if (target.channel !== 'email') body.identifyBy = [channelAddressKey(target.channel)];
	// Not repeated after an ambiguous failure: a subscribe is a consent change and can start welcome automations.
	return await cordialRequest.call(this, { operation: 'Subscribe Contact', itemIndex, method: 'POST', path: '/contacts', body });
}
