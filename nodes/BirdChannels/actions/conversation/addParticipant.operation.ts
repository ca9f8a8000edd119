import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { conversationPath, createParticipantBody, readParticipant } from '../../helpers/conversation';
import { birdRequest } from '../../transport';
import { conversationLocator, participantProperties } from './fields';

const properties: INodeProperties[] = [
	conversationLocator,
	...participantProperties('participantType'),
	collectionProperty('options', [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Active', value: 'active', description: 'Can send and receive messages at once' },
				{ name: 'Invited', value: 'invited', description: 'Pending acceptance by the participant' },
				{ name: 'Pending', value: 'pending', description: 'Pending approval' },
			],
			default: 'active',
			description: 'The participant\'s status in the conversation; Bird makes it Active unless set',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['addParticipant'] } }, properties);

/**
 * `POST /conversations/{conversationId}/participants` (Bird's "Add participant to conversation"): adds the
 * participant unless it is in the conversation already, and returns it either way.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const fields = {
		participantType: this.getNodeParameter('participantType', itemIndex, 'contact'),
		identifyBy: this.getNodeParameter('identifyBy', itemIndex, 'identifier'),
		contactId: this.getNodeParameter('contactId', itemIndex, ''),
		identifierKey: this.getNodeParameter('identifierKey', itemIndex, 'emailaddress'),
		customIdentifierKey: this.getNodeParameter('customIdentifierKey', itemIndex, ''),
		identifierValue: this.getNodeParameter('identifierValue', itemIndex, ''),
		participantId: this.getNodeParameter('participantId', itemIndex, ''),
	} as IDataObject;
	const participant = readParticipant(this, itemIndex, fields, '', 'participantType');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const path = `${conversationPath(this, itemIndex)}/participants`;
	const response = await birdRequest.call(this, {
		operation: 'Add Conversation Participant',
		itemIndex,
		method: 'POST',
		path,
		body: { json: createParticipantBody(participant, options.status as string | undefined) },
	});
	return response.body;
}
