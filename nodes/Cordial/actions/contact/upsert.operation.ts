import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { channelAddressKey, contactBody, readChannelAddress, readIdentifyBy } from '../../helpers/contact';
import { channelAddressFields, channelField, contactDataFields } from './fields';

const properties: INodeProperties[] = [
	channelField,
	...channelAddressFields('The contact\'s e-mail address (the e-mail channel address)'),
	collectionProperty('additionalFields', [
		...contactDataFields.slice(0, 3),
		{
			displayName: 'Identify By',
			name: 'identifyBy',
			type: 'string',
			default: '',
			placeholder: 'e.g. email, custID',
			description: 'Comma-separated secondary keys, highest priority first, that find an existing contact to update. For a channel other than Email, the channel\'s address (e.g. channels.sms.address) when left out.',
		},
		...contactDataFields.slice(3),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const target = readChannelAddress(this, itemIndex);
	const values = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, itemIndex, target, values, 'additionalFields.attributes');
	// Cordial finds the contact by its primary key (the e-mail address) unless identifyBy names other keys
	// (Swagger, ContactCPost.identifyBy, e.g. ["email", "channels.sms.address", "custID"]): an SMS or push contact
	// is found by its address on that channel.
	if (values.identifyBy !== undefined) body.identifyBy = readIdentifyBy(this, itemIndex, values.identifyBy);
	else if (target.channel !== 'email') body.identifyBy = [channelAddressKey(target.channel)];
	// POST /contacts creates the contact, or updates the one its primary key (or identifyBy) finds.
	return await cordialRequest.call(this, { operation: 'Create or Update Contact', itemIndex, method: 'POST', path: '/contacts', body });
}
