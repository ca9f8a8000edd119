import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { conversationPath } from '../../helpers/conversation';
import { simplifyConversation } from '../../helpers/simplify';
import { birdRequest } from '../../transport';
import { conversationLocator, simplifyConversationField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['get'] } }, [conversationLocator, simplifyConversationField]);

/** `GET /conversations/{conversationId}` (Bird's "Get conversation"). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const response = await birdRequest.call(this, { operation: 'Get Conversation', itemIndex, method: 'GET', path: conversationPath(this, itemIndex) });
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyConversation(response.body) : response.body;
}
