import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { conversationPath } from '../../helpers/conversation';
import { birdRequest, segment } from '../../transport';
import { conversationLocator } from './fields';

const properties: INodeProperties[] = [
	conversationLocator,
	{
		displayName: 'Participant ID',
		name: 'participantId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 274bd6ff-3295-49a0-a02d-651fb661d7fb',
		description: 'The ID of the participant: for a contact its contact ID, for a user its user ID, and so on',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['removeParticipant'] } }, properties);

/** `DELETE /conversations/{conversationId}/participants/{conversationParticipantId}` (Bird's "Delete participant"). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const participantId = requiredString(this, 'participantId', itemIndex, 'Participant ID', 'Enter the ID of the participant, e.g. the contact ID of a contact.');
	await birdRequest.call(this, {
		operation: 'Remove Conversation Participant',
		itemIndex,
		method: 'DELETE',
		path: `${conversationPath(this, itemIndex)}/participants/${segment(this, itemIndex, 'Participant ID', participantId)}`,
		// Not repeated after an ambiguous failure: a repeat would answer 404 and report a removed participant as missing.
	});
	return { deleted: true };
}
