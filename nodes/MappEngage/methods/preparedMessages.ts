import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { editorValue, isMappId } from '../helpers/identifier';
import { requestMapp } from '../transport';
import { groupGetPreparedMessages } from '../transport/calls';

/** The group the Message list is for: the send operations' Group ID field, a plain string or a group locator. */
function listGroupId(context: ILoadOptionsFunctions): string {
	const groupId = editorValue(context.getCurrentNodeParameter('groupId'));
	if (groupId === '') {
		throw new NodeOperationError(context.getNode(), 'Enter a Group ID first to list its prepared messages', {
			description: 'Mapp lists prepared messages per group. Fill in Group ID, or enter the Message ID with By ID.',
		});
	}
	if (!isMappId(groupId)) {
		// The editor does not resolve expressions for a list: the list needs the ID itself.
		throw new NodeOperationError(context.getNode(), `Group ID: "${groupId}" is not a number`, {
			description: 'Enter the numeric Group ID from Mapp Engage, e.g. 1200, to list its prepared messages.',
		});
	}
	return groupId;
}

/**
 * The prepared messages of the chosen group for the Message ID picker. Mapp gives their IDs only, in one answer,
 * so the search text filters by ID.
 */
export async function searchPreparedMessages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const groupId = listGroupId(this);
	const api = this.getCurrentNodeParameter('api') === 'soap' ? 'soap' : 'rest';
	const messageIds = await requestMapp(this, api, groupGetPreparedMessages('List Prepared Messages', groupId));
	const needle = (filter ?? '').trim();
	return {
		results: messageIds
			.filter((messageId) => needle === '' || messageId.includes(needle))
			.map((messageId) => ({ name: `Message ${messageId}`, value: messageId })),
	};
}

export const listSearch = { searchPreparedMessages };
