import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { conversationPath, readDateTime } from '../../helpers/conversation';
import { simplifyConversationMessage } from '../../helpers/simplify';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll } from '../../transport';
import { pagingOptions } from '../fields';
import { conversationLocator } from './fields';

const properties: INodeProperties[] = [
	conversationLocator,
	...returnAllOrLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only ID, conversation ID, status, sender (type, ID, name), recipients, content type, text, reference and creation time of each message, instead of the raw message',
	},
	collectionProperty(
		'options',
		([
			...pagingOptions,
			{
				displayName: 'Created After',
				name: 'dateFrom',
				type: 'dateTime',
				default: '',
				description: 'Only the messages created after this time',
			},
			{ displayName: 'Reverse Order', name: 'reverse', type: 'boolean', default: false, description: 'Whether to ask Bird for the list in reverse order' },
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['getMessages'] } }, properties);

/** `GET /conversations/{conversationId}/messages` (Bird's "List conversation messages": paging, `reverse`, `dateFrom`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const path = `${conversationPath(this, itemIndex)}/messages`;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const dateFrom = readDateTime(this, itemIndex, options.dateFrom, 'Created After');
	const qs: IDataObject = { ...(dateFrom ? { dateFrom } : {}), ...(options.reverse === true ? { reverse: true } : {}) };
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Conversation Messages', itemIndex, path, qs }, settings);
	const messages = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyConversationMessage) : results;
	return birdListOutput(settings, messages, nextPageToken);
}
