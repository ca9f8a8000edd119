import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { identifierKeyOptions, messageFields, receiverTypeOptions } from '../fields';

/**
 * The Conversation picker: a searchable list of the workspace's conversations, or an ID. Bird documents no web
 * address of a conversation, so there is no URL mode.
 */
export const conversationLocator: INodeProperties = {
	displayName: 'Conversation',
	name: 'conversation',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The conversation of the workspace',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchConversations', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 299227f5-1c61-4341-ad50-efed5c048998',
		},
	],
};

/** The fields of Message → Send that are not the content: a conversation has its own channel, recipients and options. */
const NOT_CONTENT = new Set(['channel', 'receivers', 'options']);

/** Custom JSON in a conversation is only a `body` or a `template` (helpers/content.ts readMessageJson). */
const CONVERSATION_JSON = {
	option: 'A "body" or a "template" object as Bird documents them',
	field: 'An object with either "body" or "template", shaped as in Bird\'s Conversations API reference ("Create conversation message")',
};

/** A Message → Send content field as a conversation message has it. */
function forConversation(field: INodeProperties): INodeProperties {
	if (field.name === 'messageJson') return { ...field, description: CONVERSATION_JSON.field };
	if (field.name !== 'content') return field;
	const options = (field.options as INodePropertyOptions[]).map((option) => (option.value === 'json' ? { ...option, description: CONVERSATION_JSON.option } : option));
	return { ...field, options };
}

/**
 * Content of a message sent in a conversation: the choices and fields of Message → Send (read by helpers/content.ts),
 * Content first.
 */
export const contentFields: INodeProperties[] = messageFields.filter((field) => !NOT_CONTENT.has(field.name)).map(forConversation);

const messageContentField = contentFields.find((field) => field.name === 'content')!;

/** Create: the initial message is optional, so its Content also offers None (the default). */
export const initialMessageFields: INodeProperties[] = [
	{
		...messageContentField,
		displayName: 'Initial Message',
		description: 'A message Bird sends when it creates the conversation, or none',
		options: [{ name: 'None', value: 'none' }, ...(messageContentField.options as INodePropertyOptions[])].sort((a, b) => a.name.localeCompare(b.name)),
		default: 'none',
	},
	...contentFields.filter((field) => field !== messageContentField),
];

export const recipientsField: INodeProperties = {
	displayName: 'Recipients',
	name: 'recipients',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Recipient',
	description: "Who gets the message. Without recipients Bird sends it to the conversation's contacts.",
	options: [
		{
			displayName: 'Recipient',
			name: 'recipient',
			values: [
				{
					displayName: 'Custom Identifier Key',
					name: 'customIdentifierKey',
					type: 'string',
					default: '',
					placeholder: 'e.g. telegram',
					displayOptions: { show: { identifierKey: ['custom'] } },
				},
				{ displayName: 'Identifier Key', name: 'identifierKey', type: 'options', options: identifierKeyOptions, default: 'emailaddress' },
				{
					displayName: 'Identifier Value',
					name: 'identifierValue',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane@example.com',
					description: 'Phone numbers in international format with country code (+31612345678)',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: receiverTypeOptions,
					default: 'to',
					description: 'For e-mail channels only',
				},
			],
		},
	],
};

/**
 * How one participant is named, by Bird's participant types: a contact by ID or by identifier, a flow or a user by ID.
 * `typeField` is the name of the Type picker the other fields depend on (in a fixed collection or on the node).
 */
export function participantProperties(typeField: string): INodeProperties[] {
	const forContact = (identifyBy: string, extra: Record<string, string[]> = {}) => ({ show: { [typeField]: ['contact'], identifyBy: [identifyBy], ...extra } });
	return [
		{
			displayName: 'Type',
			name: typeField,
			type: 'options',
			options: [
				{ name: 'Contact', value: 'contact', description: 'A customer (a Bird contact)' },
				{ name: 'Flow', value: 'flow', description: 'A Bird flow (automation)' },
				{ name: 'User', value: 'user', description: 'A user of the workspace, such as an agent' },
			],
			default: 'contact',
		},
		{
			displayName: 'Identify By',
			name: 'identifyBy',
			type: 'options',
			options: [
				{ name: 'Contact ID', value: 'id' },
				{ name: 'Identifier', value: 'identifier', description: 'An e-mail address, phone number or other identifier' },
			],
			default: 'identifier',
			displayOptions: { show: { [typeField]: ['contact'] } },
		},
		{ displayName: 'Contact ID', name: 'contactId', type: 'string', default: '', displayOptions: forContact('id') },
		{ displayName: 'Identifier Key', name: 'identifierKey', type: 'options', options: identifierKeyOptions, default: 'emailaddress', displayOptions: forContact('identifier') },
		{
			displayName: 'Custom Identifier Key',
			name: 'customIdentifierKey',
			type: 'string',
			default: '',
			placeholder: 'e.g. telegram',
			displayOptions: forContact('identifier', { identifierKey: ['custom'] }),
		},
		{
			displayName: 'Identifier Value',
			name: 'identifierValue',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@example.com',
			description: 'Phone numbers in international format with country code (+31612345678); Bird makes the contact when it is new',
			displayOptions: forContact('identifier'),
		},
		{
			displayName: 'Flow or User ID',
			name: 'participantId',
			type: 'string',
			default: '',
			description: 'The ID of the Bird flow or of the workspace user',
			displayOptions: { show: { [typeField]: ['flow', 'user'] } },
		},
	];
}

/** Participants of a new conversation (Create): up to five, each one of Bird's participant types. */
export const participantsField: INodeProperties = {
	displayName: 'Participants',
	name: 'participants',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Participant',
	description: 'Up to five participants besides the access key that creates the conversation, e.g. the customer',
	options: [
		{
			displayName: 'Participant',
			name: 'participant',
			values: participantProperties('type').sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
};

/** Simplify of Get and Get Many: which fields of a conversation remain (helpers/conversation.ts). */
export const simplifyConversationField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return only ID, name, description, status, channel ID, visibility, participants (ID, type, name, identifier), the last message\'s text and time, and the creation and update times, instead of the raw conversation',
};
