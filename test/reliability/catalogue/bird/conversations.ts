/**
 * Bird Channels › Conversation in the operation catalogue: every operation on a freshly reset sandbox with two
 * conversations (made through the emulator's own "Create conversation" route), and the inputs each must refuse.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox/framework';
import { BIRD_CHANNELS, BirdProvider } from '../../../../sandbox/providers/bird';
import { callBird, SANDBOX_ACCESS_KEY_PARTICIPANT, seedConversation } from '../../../../sandbox/providers/bird/conversations';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const bird = (sandbox: Sandbox) => sandbox.provider<BirdProvider>('bird');
const EMAIL = BIRD_CHANNELS.email.id;
const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });
const base = { node: 'birdChannels', credentialType: 'birdChannelsApi', provider: 'bird', providerName: 'Bird' };

/** Two e-mail conversations, each with its contact and a first message. */
const CUSTOMERS = ['ann@example.com', 'bob@example.com'];
function seedConversations(provider: BirdProvider): IDataObject[] {
	return CUSTOMERS.map((email) =>
		seedConversation(provider, {
			name: `Support for ${email}`,
			channelId: EMAIL,
			participants: [{ type: 'contact', identifierKey: 'emailaddress', identifierValue: email }],
			initialMessage: { body: { type: 'text', text: { text: `Hello ${email}` } } },
		}) as IDataObject,
	);
}
const setup = (sandbox: Sandbox) => void seedConversations(bird(sandbox));

/** The IDs the fixtures get on a freshly reset module: the same steps on a fresh instance. */
const SEEDED = seedConversations(new BirdProvider());
const CONVERSATION_IDS = SEEDED.map((conversation) => String(conversation.id));
const CONTACT_IDS = SEEDED.map((conversation) => String((conversation.featuredParticipants as IDataObject[])[1].id));

const list = (sandbox: Sandbox, path: string): IDataObject[] => (callBird(bird(sandbox), 'GET', path).body.results as IDataObject[] | undefined) ?? [];
const conversations = (sandbox: Sandbox) => list(sandbox, '/conversations?limit=100');

/** Every conversation by name, channel and participants: one created twice shows as the same key twice. */
const conversationsMade = (sandbox: Sandbox) =>
	conversations(sandbox).map((conversation) => {
		const participants = (conversation.featuredParticipants as IDataObject[]).map((participant) => `${String(participant.type)}:${String(participant.id)}`);
		return `${String(conversation.name)}:${String(conversation.channelId)}:${participants.join(',')}`;
	});

/** Every message of every conversation by conversation and content: one sent twice shows as the same key twice. */
const messagesSent = (sandbox: Sandbox) =>
	conversations(sandbox).flatMap((conversation) =>
		list(sandbox, `/conversations/${String(conversation.id)}/messages?limit=100`).map((message) => `${String(conversation.id)}:${JSON.stringify(message.body ?? message.template)}`),
	);

/** Every participant of every conversation (a participant is in a conversation once, so this counts the adds). */
const participantsNow = (sandbox: Sandbox) =>
	conversations(sandbox).flatMap((conversation) => (conversation.featuredParticipants as IDataObject[]).map((participant) => `${String(conversation.id)}:${String(participant.id)}`));

const byConversation = { conversation: byId('={{ $json.conversationId }}') };
const perConversation = (extra: (index: number) => IDataObject = () => ({})) => CONVERSATION_IDS.map((conversationId, index) => ({ json: { conversationId, ...extra(index) } }));

const create: OperationSpec = {
	...base,
	label: 'Bird Channels Create Conversation',
	parameters: {
		resource: 'conversation',
		operation: 'create',
		name: '={{ "Order " + $json.order }}',
		channel: byId(EMAIL),
		participants: { participant: [{ type: 'contact', identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: '={{ $json.email }}' }] },
		content: 'text',
		text: '={{ "About order " + $json.order }}',
		additionalFields: { attributes: '={{ JSON.stringify({ order: $json.order }) }}', description: 'Order question' },
	},
	items: [
		{ json: { email: 'cas@example.com', order: '1001' } },
		{ json: { email: 'dirk@example.com', order: '1002' } },
	],
	deliveries: conversationsMade,
};

const get: OperationSpec = {
	...base,
	label: 'Bird Channels Get Conversation',
	parameters: { resource: 'conversation', operation: 'get', ...byConversation, simplify: true },
	items: perConversation(),
	setup,
};

const getManyWorkspace: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Conversations (whole workspace)',
	parameters: { resource: 'conversation', operation: 'getAll', scope: 'workspace', returnAll: false, limit: 5, simplify: true },
	items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	oneToOne: false,
	setup,
};

const getManyOfParticipant: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Conversations (of a participant)',
	parameters: {
		resource: 'conversation',
		operation: 'getAll',
		scope: 'participant',
		participantId: '={{ $json.contactId }}',
		channel: byId(EMAIL),
		returnAll: true,
		filters: { status: 'active' },
	},
	items: CONTACT_IDS.map((contactId) => ({ json: { contactId } })),
	oneToOne: false,
	setup,
};

const getManyOfIdentifier: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Conversations (of a contact identifier)',
	parameters: {
		resource: 'conversation',
		operation: 'getAll',
		scope: 'identifier',
		identifierKey: 'emailaddress',
		identifierValue: '={{ $json.email }}',
		channel: byId(EMAIL),
		returnAll: true,
	},
	items: CUSTOMERS.map((email) => ({ json: { email } })),
	oneToOne: false,
	setup,
};

const sendMessage: OperationSpec = {
	...base,
	label: 'Bird Channels Send Conversation Message',
	parameters: {
		resource: 'conversation',
		operation: 'sendMessage',
		...byConversation,
		senderType: 'accessKey',
		senderId: SANDBOX_ACCESS_KEY_PARTICIPANT.id,
		content: 'text',
		text: '={{ $json.text }}',
		options: { reference: '={{ $json.reference }}' },
	},
	items: perConversation((index) => ({ text: `Your ticket ${index + 1} is solved`, reference: `ticket-${index + 1}` })),
	deliveries: messagesSent,
	setup,
};

const PDF = (text: string, fileName: string) => ({ text: `%PDF-1.4 ${text}`, fileName, mimeType: 'application/pdf' });

/** A file of the input item, uploaded first (Bird's presigned media upload); the faults hit the delivering request. */
const sendFile: OperationSpec = {
	...base,
	label: 'Bird Channels Send Conversation Message (file from binary)',
	parameters: {
		resource: 'conversation',
		operation: 'sendMessage',
		...byConversation,
		senderType: 'accessKey',
		senderId: SANDBOX_ACCESS_KEY_PARTICIPANT.id,
		content: 'file',
		mediaSource: 'binary',
		binaryPropertyName: 'invoice',
		caption: '={{ $json.caption }}',
	},
	items: CONVERSATION_IDS.map((conversationId, index) => ({
		json: { conversationId, caption: `Invoice ${index + 1}` },
		binary: { invoice: PDF(`invoice ${index + 1}`, `invoice-${index + 1}.pdf`) },
	})),
	deliveries: messagesSent,
	faultOn: { path: /\/conversations\/[^/]+\/messages$/ },
	setup,
};

const getMessages: OperationSpec = {
	...base,
	label: 'Bird Channels Get Conversation Messages',
	parameters: { resource: 'conversation', operation: 'getMessages', ...byConversation, returnAll: false, limit: 5, simplify: true },
	items: perConversation(),
	oneToOne: false,
	setup,
};

const addParticipant: OperationSpec = {
	...base,
	label: 'Bird Channels Add Conversation Participant',
	parameters: {
		resource: 'conversation',
		operation: 'addParticipant',
		...byConversation,
		participantType: 'contact',
		identifyBy: 'identifier',
		identifierKey: 'emailaddress',
		identifierValue: '={{ $json.email }}',
	},
	items: perConversation((index) => ({ email: `colleague${index + 1}@example.com` })),
	deliveries: participantsNow,
	setup,
};

const removeParticipant: OperationSpec = {
	...base,
	label: 'Bird Channels Remove Conversation Participant',
	parameters: { resource: 'conversation', operation: 'removeParticipant', ...byConversation, participantId: '={{ $json.participantId }}' },
	items: perConversation((index) => ({ participantId: CONTACT_IDS[index] })),
	// One key per contact no longer in its conversation.
	deliveries: (sandbox) =>
		CONVERSATION_IDS.flatMap((conversationId, index) => {
			const participants = callBird(bird(sandbox), 'GET', `/conversations/${conversationId}`).body.featuredParticipants as IDataObject[];
			return participants.some((participant) => participant.id === CONTACT_IDS[index]) ? [] : [`removed:${conversationId}:${CONTACT_IDS[index]}`];
		}),
	setup,
};

const close: OperationSpec = {
	...base,
	label: 'Bird Channels Close Conversation',
	parameters: { resource: 'conversation', operation: 'close', ...byConversation },
	items: perConversation(),
	deliveries: (sandbox) => conversations(sandbox).filter((conversation) => conversation.status === 'closed').map((conversation) => `closed:${String(conversation.id)}`),
	setup,
};

export const operations: OperationSpec[] = [
	create,
	get,
	getManyWorkspace,
	getManyOfParticipant,
	getManyOfIdentifier,
	sendMessage,
	sendFile,
	getMessages,
	addParticipant,
	removeParticipant,
	close,
];

// ------------------------------------------------------------------------------------------------ invalid inputs

const BAD_EMAILS = ['', 'ann', 'ann@', '@example.com', 'ann@example', 'ann doe@example.com'];
const BAD_JSON_OBJECTS = ['{', 'not json', '[1, 2]', '"text"', '42'];
/** Path values that RFC 3986 dot-segment removal would turn into another endpoint (servers decode `%2e`). */
const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];
/** What an expression can give a text field besides text: an object, a list, half of an emoji. */
const NOT_TEXT = [{ id: 'c1' }, ['a', 'b'], 'half \uD83D of an emoji'];
const BAD_IDS = ['', '   ', null, ...DOT_IDS, ...NOT_TEXT];
/** Page Size outside Bird's 1..100 ("Pagination"), and start tokens no Bird answer gives. */
const pagingInputs: InvalidInput[] = [
	{ path: 'options.pageSize', values: [0, 101, -1, 2.5], field: 'Page Size' },
	{ path: 'options.pageToken', values: ['t'.repeat(8001), 'a\u0000b', 'a\nb'], field: 'Start Page Token' },
];
const conversationInput: InvalidInput = { path: 'item.conversationId', values: BAD_IDS, field: 'Conversation' };
const sixParticipants = Array.from({ length: 6 }, (_, n) => ({ type: 'user', participantId: `user-${n}` }));

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: create.label,
		inputs: [
			{ path: 'item.email', values: BAD_EMAILS, field: 'Participants (participant 1) Identifier Value' },
			{ path: 'participants.participant', values: [sixParticipants], field: 'Participants' },
			{ path: 'participants.participant[0].identifyBy', values: ['id'], field: 'Participants (participant 1) Contact ID' },
			{ path: 'name', values: ['={{ "" }}', '={{ "  " }}'], field: 'Name' },
			{ path: 'channel.value', values: ['={{ "" }}'], field: 'Channel' },
			{ path: 'additionalFields.attributes', values: BAD_JSON_OBJECTS, field: 'Attributes (JSON)' },
			{ path: 'recipients.recipient', values: [[{ identifierKey: 'phonenumber', identifierValue: '0612345678' }]], field: 'Recipients (recipient 1) Identifier Value' },
		],
	},
	{ operation: get.label, inputs: [conversationInput] },
	{ operation: getManyWorkspace.label, inputs: [{ path: 'limit', values: [0, -5, 2.5], field: 'Limit' }, { path: 'filters.resource', values: [`task:${'x'.repeat(60)}`], field: 'Resource' }, ...pagingInputs] },
	{
		operation: getManyOfParticipant.label,
		inputs: [
			{ path: 'item.contactId', values: BAD_IDS, field: 'Participant ID' },
			{ path: 'channel.value', values: ['={{ "" }}', '={{ "  " }}'], field: 'Channel' },
			...pagingInputs,
		],
	},
	{
		operation: getManyOfIdentifier.label,
		inputs: [
			{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
			{ path: 'identifierKey', values: ['phonenumber'], field: 'Identifier Value' },
			{ path: 'identifierKey', values: ['custom'], field: 'Custom Identifier Key' },
		],
	},
	{ operation: sendFile.label, inputs: [{ path: 'binaryPropertyName', values: ['photo', '  '], field: 'Input Binary Field' }] },
	{
		operation: sendMessage.label,
		inputs: [
			conversationInput,
			{ path: 'senderId', values: ['={{ "" }}', '={{ "  " }}'], field: 'Sender ID' },
			{ path: 'item.text', values: ['', '  ', ...NOT_TEXT], field: 'Text' },
			{ path: 'recipients.recipient', values: [[{ identifierKey: 'emailaddress', identifierValue: 'ann@' }], [{ identifierKey: 'custom', identifierValue: 'x' }]], field: 'Recipients (recipient 1)' },
		],
	},
	{
		operation: getMessages.label,
		inputs: [conversationInput, { path: 'options.dateFrom', values: ['yesterday', 'soon'], field: 'Created After' }, ...pagingInputs],
	},
	{
		operation: addParticipant.label,
		inputs: [
			conversationInput,
			{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
			{ path: 'identifyBy', values: ['id'], field: 'Contact ID' },
			{ path: 'participantType', values: ['flow', 'user'], field: 'Flow or User ID' },
		],
	},
	{ operation: removeParticipant.label, inputs: [conversationInput, { path: 'item.participantId', values: BAD_IDS, field: 'Participant ID' }] },
	{ operation: close.label, inputs: [conversationInput] },
];
