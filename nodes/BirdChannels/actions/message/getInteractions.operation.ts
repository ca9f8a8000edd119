import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { simplifyInteraction } from '../../helpers/simplify';
import { birdListAll, segment } from '../../transport';
import { channelLocator, pagingOptions } from '../fields';
import { messageIdField, simplifyInteractionsField } from './fields';

/**
 * What happened to a message after it was sent: opened, clicked, read, reported as spam, … ("Message interactions",
 * `GET /workspaces/{workspaceId}/channels/{channelId}/messages/{messageId}/interactions`, answering
 * `{results: [ChannelMessageInteraction]}`). The page documents no query parameters; the node pages as every Bird
 * list does ("Pagination": `limit`, `pageToken`, `nextPageToken`), which a single page of results answers as well.
 */
const properties: INodeProperties[] = [
	channelLocator,
	messageIdField,
	...returnAllOrLimit(),
	simplifyInteractionsField,
	collectionProperty('options', pagingOptions),
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['getInteractions'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const channelId = requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.');
	const messageId = requiredString(this, 'messageId', itemIndex, 'Message', 'Pick a message from the list or enter its ID.');
	const path = `/channels/${segment(this, itemIndex, 'Channel', channelId)}/messages/${segment(this, itemIndex, 'Message', messageId)}/interactions`;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Message Interactions', itemIndex, path }, settings);
	const interactions = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyInteraction) : results;
	return birdListOutput(settings, interactions, nextPageToken);
}
