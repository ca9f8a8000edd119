import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { birdRequest, segment } from '../../transport';
import { channelLocatorProperty } from '../fields';
import { simplifyField } from './fields';
import { simplifyChannel } from '../../helpers/simplify';

const properties: INodeProperties[] = [
	channelLocatorProperty({ required: true, description: 'The channel to get; the list shows every channel of the workspace, active or not' }),
	simplifyField,
];

export const description = updateDisplayOptions({ show: { resource: ['channel'], operation: ['get'] } }, properties);

/** `GET /workspaces/{workspaceId}/channels/{channelId}` (docs.bird.com, Channels management). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const channelId = requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.');
	const response = await birdRequest.call(this, {
		operation: 'Get Channel',
		itemIndex,
		method: 'GET',
		path: `/channels/${segment(this, itemIndex, 'Channel', channelId)}`,
	});
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyChannel(response.body) : response.body;
}
