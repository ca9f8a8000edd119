import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { completeContent, conversationPath, readConversationContent, readRecipients } from '../../helpers/conversation';
import { birdRequest } from '../../transport';
import { contentFields, conversationLocator, recipientsField } from './fields';

const properties: INodeProperties[] = [
	conversationLocator,
	{
		displayName: 'Send As',
		name: 'senderType',
		type: 'options',
		options: [
			{ name: 'Access Key', value: 'accessKey', description: 'The API access key (the usual choice for integrations)' },
			{ name: 'Contact', value: 'contact', description: 'A contact of the workspace' },
			{ name: 'Flow', value: 'flow', description: 'A Bird flow' },
		],
		default: 'accessKey',
		description: 'The participant who sends the message; Bird takes these three types',
	},
	{
		displayName: 'Sender ID',
		name: 'senderId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 68b80b8d-8060-42df-bda3-73505a8fdb84',
		description: 'The ID of the access key, contact or flow that sends the message',
		hint: 'An access key\'s ID is under Settings → Access keys in Bird; a conversation the key created has it as initiatingParticipant.id',
	},
	{
		displayName: 'Add Sender if Missing',
		name: 'addMissingParticipants',
		type: 'boolean',
		default: true,
		description: 'Whether Bird adds the sender to the conversation when it is not a participant yet (Bird recommends it); without it Bird refuses such a message',
	},
	...contentFields,
	recipientsField,
	collectionProperty('options', [
		{
			displayName: 'Reference',
			name: 'reference',
			type: 'string',
			default: '',
			description: 'Your own identifier of the message, unique in the workspace',
		},
		{
			displayName: 'Reply to Message ID',
			name: 'replyToMessageId',
			type: 'string',
			default: '',
			description: 'The ID of the conversation message this one answers',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['sendMessage'] } }, properties);

/** Reference and Reply To Message ID, when set. */
function readMessageOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const reference = String(options.reference ?? '').trim();
	const replyTo = String(options.replyToMessageId ?? '').trim();
	return { ...(reference ? { reference } : {}), ...(replyTo ? { replyToMessageId: replyTo } : {}) };
}

/**
 * `POST /conversations/{conversationId}/messages` (Bird's "Create conversation message"). The body follows the
 * page's example: participantType, participantId, addMissingParticipants, recipients and a body (or a template).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = `${conversationPath(this, itemIndex)}/messages`;
	const participantType = this.getNodeParameter('senderType', itemIndex, 'accessKey') as string;
	const participantId = requiredString(this, 'senderId', itemIndex, 'Sender ID', 'Enter the ID of the access key, contact or flow that sends the message.');
	const content = await readConversationContent(this, itemIndex, 'Content');
	if (!content) throw invalidParameter(this, itemIndex, 'Content', 'is None', 'Choose what the message says: Text, HTML Email, Image, File, Template or Custom JSON.');
	const recipients = readRecipients(this, itemIndex);
	const options = readMessageOptions(this, itemIndex);
	const body: IDataObject = {
		participantType,
		participantId,
		addMissingParticipants: this.getNodeParameter('addMissingParticipants', itemIndex, true) as boolean,
		...(recipients ? { recipients } : {}),
		...(await completeContent(this, itemIndex, content, 'Send Conversation Message')),
		...options,
	};
	const response = await birdRequest.call(this, { operation: 'Send Conversation Message', itemIndex, method: 'POST', path, body: { json: body } });
	return response.body;
}
