import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { conversationPath } from '../../helpers/conversation';
import { birdRequest } from '../../transport';
import { conversationLocator } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['close'] } }, [conversationLocator]);

/**
 * Closes a conversation the documented way, `PATCH /conversations/{conversationId}` with `{"status": "closed"}`
 * (Bird's "Update conversation": "Attempting to send messages in closed conversations results in an error").
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const response = await birdRequest.call(this, {
		operation: 'Close Conversation',
		itemIndex,
		method: 'PATCH',
		path: conversationPath(this, itemIndex),
		body: { json: { status: 'closed' } },
		// A change is not repeated after an ambiguous failure (see Update Contact); a 429 is still retried.
	});
	return response.body;
}
