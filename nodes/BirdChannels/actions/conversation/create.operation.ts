import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { readAttributes } from '../../helpers/contact';
import { completeContent, readConversationContent, readParticipantRefs, readRecipients } from '../../helpers/conversation';
import { birdRequest } from '../../transport';
import { channelLocator } from '../fields';
import { initialMessageFields, participantsField, recipientsField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Re: Your refund request',
		description: 'The name of the conversation; on e-mail channels the subject of its messages',
	},
	{ ...channelLocator, description: 'The channel the conversation\'s messages go through' },
	participantsField,
	...initialMessageFields,
	{ ...recipientsField, displayOptions: { hide: { content: ['none'] } } },
	collectionProperty('additionalFields', [
		{
			displayName: 'Accessibility',
			name: 'accessibility',
			type: 'options',
			options: [
				{ name: 'Invite Only', value: 'invite-only' },
				{ name: 'Open', value: 'open' },
				{ name: 'Request to Join', value: 'request-to-join' },
			],
			default: 'open',
			description: 'How new participants may join the conversation',
		},
		{
			displayName: 'Attributes (JSON)',
			name: 'attributes',
			type: 'json',
			default: '{}',
			description: 'Your own information stored with the conversation, as a JSON object, e.g. {"orderId": "1001"}',
		},
		{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Refund request ticket' },
		{
			displayName: 'Visibility',
			name: 'visibility',
			type: 'options',
			options: [
				{ name: 'Private', value: 'private' },
				{ name: 'Public', value: 'public' },
			],
			default: 'public',
			description: 'Whether the conversation is public or private in the workspace',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['create'] } }, properties);

/** The Additional Fields as `CreateConversation` properties, the empty ones left out. */
function readAdditionalFields(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const attributes = 'attributes' in fields ? readAttributes(context, itemIndex, 'additionalFields.attributes') : undefined;
	const text = String(fields.description ?? '').trim();
	return {
		...(text ? { description: text } : {}),
		...(typeof fields.visibility === 'string' ? { visibility: fields.visibility } : {}),
		...(typeof fields.accessibility === 'string' ? { accessibility: fields.accessibility } : {}),
		...(attributes ? { attributes } : {}),
	};
}

/**
 * `POST /conversations` (Bird's "Create conversation"), optionally with an initial message. The body's shape follows
 * the page's example "Starting a conversation with a simple message": name, channelId, participants (a contact by
 * identifier), initialMessage with body and recipients, attributes.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = requiredString(this, 'name', itemIndex, 'Name', 'Enter a name for the conversation, e.g. the subject of the request.');
	const channelId = requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.');
	const participants = readParticipantRefs(this, itemIndex);
	const content = await readConversationContent(this, itemIndex, 'Initial Message');
	const recipients = content ? readRecipients(this, itemIndex) : undefined;
	const additional = readAdditionalFields(this, itemIndex);
	const initialMessage = content ? { ...(await completeContent(this, itemIndex, content, 'Create Conversation')), ...(recipients ? { recipients } : {}) } : undefined;
	const body: IDataObject = {
		name,
		channelId,
		...(participants ? { participants } : {}),
		...(initialMessage ? { initialMessage } : {}),
		...additional,
	};
	const response = await birdRequest.call(this, { operation: 'Create Conversation', itemIndex, method: 'POST', path: '/conversations', body: { json: body } });
	return response.body;
}
