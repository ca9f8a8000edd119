import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { simplifyMessage } from '../../helpers/simplify';
import { birdRequest, segment } from '../../transport';
import { channelLocator } from '../fields';
import { messageIdField, simplifyField } from './fields';

const properties: INodeProperties[] = [channelLocator, messageIdField, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const channelId = requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.');
	const messageId = requiredString(this, 'messageId', itemIndex, 'Message', 'Pick a message from the list or enter its ID.');
	const response = await birdRequest.call(this, {
		operation: 'Get Message',
		itemIndex,
		method: 'GET',
		path: `/channels/${segment(this, itemIndex, 'Channel', channelId)}/messages/${segment(this, itemIndex, 'Message', messageId)}`,
	});
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyMessage(response.body) : response.body;
}
