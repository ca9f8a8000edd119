import type { IDataObject } from 'n8n-workflow';

import { birdProfile } from '../../../nodes/BirdChannels/transport';
import type { Sandbox } from '../../../sandbox/framework';
import { BIRD_CHANNELS, BirdProvider } from '../../../sandbox/providers/bird';
import * as channels from './bird/channels';
import * as conversations from './bird/conversations';
import * as lists from './bird/lists';
import * as media from './bird/media';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from './types';

const bird = (sandbox: Sandbox) => sandbox.provider<BirdProvider>('bird');

const SMS = BIRD_CHANNELS.sms.id;
const EMAIL = BIRD_CHANNELS.email.id;
const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });

const base = { node: 'birdChannels', credentialType: 'birdChannelsApi', provider: 'bird', providerName: 'Bird' };

/** Two contacts, as if made in Bird's UI; the sandbox numbers IDs from 1 after `reset()`, so they are known here. */
const CONTACT_EMAILS = ['ann@example.com', 'bob@example.com'];
function seedContacts(sandbox: Sandbox): void {
	for (const email of CONTACT_EMAILS) bird(sandbox).seedContact([{ key: 'emailaddress', value: email }], email.split('@')[0]);
}
/** Two text messages sent earlier on the SMS channel. */
function seedMessages(sandbox: Sandbox): void {
	bird(sandbox).seedMessages(SMS, 2);
}
/** The IDs the fixtures get on a freshly reset module: the same steps on a fresh instance. */
function idsAfter(seed: (provider: BirdProvider) => Array<{ id?: unknown }>): string[] {
	return seed(new BirdProvider()).map((entry) => String(entry.id));
}
const CONTACT_IDS = idsAfter((provider) => CONTACT_EMAILS.map((email) => provider.seedContact([{ key: 'emailaddress', value: email }])));
const MESSAGE_IDS = idsAfter((provider) => provider.seedMessages(SMS, 2));

/** Every accepted (or batch-recorded) message as channel, receivers and content: the same key twice is a message sent twice. */
const messagesSent = (sandbox: Sandbox) =>
	[...bird(sandbox).messages.values()].map((message) => {
		const contacts = ((message.receiver as IDataObject).contacts as IDataObject[]).map((contact) => contact.identifierValue ?? contact.id);
		return `${String(message.channelId)}:${contacts.join(',')}:${JSON.stringify(message.body ?? message.template)}:${String(message.reference ?? '')}`;
	});

/** Every contact with its identifiers and display name: a contact created twice shows as the same key twice. */
const contactsNow = (sandbox: Sandbox) =>
	[...bird(sandbox).contacts.values()].map((contact) => `${contact.identifiers.map((entry) => `${entry.key}=${entry.value}`).join(',')}:${contact.displayName ?? ''}`);

const smsReceiver = { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] };
const emailReceiver = { receiver: [{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: '={{ $json.email }}' }] };

const textMessage = {
	channel: byId(SMS),
	receivers: smsReceiver,
	content: 'text',
	text: '={{ $json.text }}',
	options: { reference: '={{ $json.ref }}', tags: 'orders, shipping', validity: 3600 },
};
const smsItems = [
	{ json: { phone: '+31612345671', text: 'Your order 1 has shipped', ref: 'order-1' } },
	{ json: { phone: '+31612345672', text: 'Your order 2 has shipped', ref: 'order-2' } },
];

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const sendText: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (text)',
	parameters: { resource: 'message', operation: 'send', ...textMessage },
	items: smsItems,
	deliveries: messagesSent,
};

const sendHtml: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (HTML e-mail with attachment)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(EMAIL),
		receivers: emailReceiver,
		content: 'html',
		subject: '={{ $json.subject }}',
		html: '=<p>Invoice {{ $json.n }}</p>',
		emailOptions: { attachmentProperties: 'invoice', fromName: 'Acme Billing', plainText: 'Invoice attached' },
	},
	items: [
		{ json: { email: 'ann@example.com', subject: 'Invoice 1', n: 1 }, binary: { invoice: { text: '%PDF-1.4 one', fileName: 'one.pdf', mimeType: 'application/pdf' } } },
		{ json: { email: 'bob@example.com', subject: 'Invoice 2', n: 2 }, binary: { invoice: { text: '%PDF-1.4 two', fileName: 'two.pdf', mimeType: 'application/pdf' } } },
	],
	deliveries: messagesSent,
	// The upload comes first; the faults hit the delivering request.
	faultOn: { path: `/channels/${EMAIL}/messages` },
};

const sendImage: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (image from binary)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(SMS),
		receivers: smsReceiver,
		content: 'image',
		mediaSource: 'binary',
		binaryPropertyName: 'data',
		caption: '={{ $json.text }}',
	},
	items: [
		{ json: { phone: '+31612345671', text: 'Photo 1' }, binary: { data: { base64: PNG_BASE64, fileName: 'one.png', mimeType: 'image/png' } } },
		{ json: { phone: '+31612345672', text: 'Photo 2' }, binary: { data: { base64: PNG_BASE64, fileName: 'two.png', mimeType: 'image/png' } } },
	],
	deliveries: messagesSent,
	faultOn: { path: `/channels/${SMS}/messages` },
};

/**
 * The same send with the faults on the upload to Bird's media storage, before the message is sent: the upload
 * overwrites one object, so the node repeats it and the item goes through. Not a delivering request, so no
 * `deliveries` here (the suite would then expect the node to stop); duplicates of this send are counted above.
 */
const sendImageUploadFaults: OperationSpec = {
	...sendImage,
	deliveries: undefined,
	label: 'Bird Channels Send Message (image; faults on the media upload)',
	faultOn: { path: '/storage-upload' },
};

const sendFileUrl: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (file by URL)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(SMS),
		receivers: smsReceiver,
		content: 'file',
		mediaSource: 'url',
		mediaUrl: '={{ $json.url }}',
		fileContentType: 'application/pdf',
	},
	items: [
		{ json: { phone: '+31612345671', url: 'https://example.com/one.pdf' } },
		{ json: { phone: '+31612345672', url: 'https://example.com/two.pdf' } },
	],
	deliveries: messagesSent,
};

const sendTemplate: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (template)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(SMS),
		receivers: smsReceiver,
		content: 'template',
		templateProjectId: byId('b1d2c3e4-0000-4000-8000-00000000aaaa'),
		templateVersion: 'latest',
		templateLocale: 'en',
		templateOptions: {
			variables: { variable: [{ name: 'default', value: '={{ $json.name }}' }] },
			attachments: { attachment: [{ url: 'https://example.com/terms.pdf', fileName: 'terms.pdf' }] },
			utmParameters: { parameter: [{ key: 'utm_source', source: 'value', value: 'n8n' }, { key: 'utm_medium', source: 'reference', reference: 'channel_name' }] },
		},
		templateParameters: {
			parameter: [
				{ key: 'count', type: 'number', value: '={{ $json.count }}' },
				{ key: 'express', type: 'boolean', value: 'true' },
				{ key: 'address', type: 'object', value: '{"city": "Amsterdam"}' },
				{ key: 'name', type: 'string', value: '={{ $json.name }}' },
			],
		},
	},
	items: [
		{ json: { phone: '+31612345671', count: 1, name: 'Ann' } },
		{ json: { phone: '+31612345672', count: 2, name: 'Bob' } },
	],
	deliveries: messagesSent,
};

const sendJson: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (custom JSON)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(SMS),
		receivers: smsReceiver,
		content: 'json',
		messageJson: '={{ JSON.stringify({ body: { type: "text", text: { text: $json.text } } }) }}',
	},
	items: smsItems,
	deliveries: messagesSent,
};

const sendBatch: OperationSpec = {
	...base,
	label: 'Bird Channels Send Batch',
	parameters: { resource: 'batchMessage', operation: 'sendBatch', ...textMessage },
	items: smsItems,
	deliveries: messagesSent,
};

/** Sender, a reply to a message sent earlier, use case and further meta (the Options of "Messaging"'s CreateMessage). */
const sendWithOptions: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (sender, reply, use case, meta)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(SMS),
		receivers: smsReceiver,
		content: 'text',
		text: '={{ $json.text }}',
		options: {
			senderName: 'Acme',
			replyToId: '={{ $json.replyTo }}',
			useCase: 'transactional',
			metaJson: '{"referral": {"source": "n8n"}}',
			ignoreQuietHours: true,
		},
	},
	items: smsItems.map((item, n) => ({ json: { ...item.json, replyTo: MESSAGE_IDS[n] } })),
	deliveries: messagesSent,
	setup: seedMessages,
};

/**
 * Several receivers on an e-mail channel, an address (To) and a contact ID (CC): Bird resolves the contact. The entry
 * by identifier comes first, since the generated suite sets every picker of the first entry, also one its kind hides.
 */
const sendToContactIds: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (e-mail to an address and a contact ID, To and CC)',
	parameters: {
		resource: 'message',
		operation: 'send',
		channel: byId(EMAIL),
		receivers: {
			receiver: [
				{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: '={{ $json.to }}', type: 'to' },
				{ identifyBy: 'contactId', contactId: '={{ $json.cc }}', type: 'cc' },
			],
		},
		content: 'html',
		subject: '={{ $json.subject }}',
		html: '<p>Your statement</p>',
	},
	items: [
		{ json: { to: CONTACT_EMAILS[0], cc: CONTACT_IDS[1], subject: 'Statement for Ann' } },
		{ json: { to: CONTACT_EMAILS[1], cc: CONTACT_IDS[0], subject: 'Statement for Bob' } },
	],
	deliveries: messagesSent,
	setup: seedContacts,
};

/** Message › Send with Request Options › Batching: Batch Endpoint, chosen by the user (the batch path whatever the count). */
const sendThroughBatchEndpoint: OperationSpec = {
	...base,
	label: 'Bird Channels Send Message (Batching: Batch Endpoint)',
	parameters: { resource: 'message', operation: 'send', ...textMessage, requestOptions: { batching: 'auto' } },
	items: smsItems,
	deliveries: messagesSent,
};

const getMessage: OperationSpec = {
	...base,
	label: 'Bird Channels Get Message',
	parameters: { resource: 'message', operation: 'get', channel: byId(SMS), messageId: '={{ $json.messageId }}', simplify: true },
	items: MESSAGE_IDS.map((messageId) => ({ json: { messageId } })),
	setup: seedMessages,
};

const getManyMessages = (scope: 'channel' | 'workspace'): OperationSpec => ({
	...base,
	label: `Bird Channels Get Many Messages (${scope === 'channel' ? 'one channel' : 'whole workspace'})`,
	parameters: {
		resource: 'message',
		operation: 'getAll',
		scope,
		...(scope === 'channel' ? { channel: byId(SMS) } : {}),
		returnAll: false,
		limit: 5,
		simplify: true,
	},
	items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	oneToOne: false,
	setup: seedMessages,
});

/** Get Many with the filters of "List messages by channel": direction, status and a time window. */
const getManyMessagesFiltered: OperationSpec = {
	...getManyMessages('channel'),
	label: 'Bird Channels Get Many Messages (filtered by direction, status and time)',
	parameters: {
		...getManyMessages('channel').parameters,
		simplify: false,
		filters: { direction: 'outgoing', status: 'accepted', startAt: '2020-01-01T00:00:00', endAt: '={{ $now.plus({ days: 1 }) }}' },
	},
};

const createContact: OperationSpec = {
	...base,
	label: 'Bird Channels Create Contact',
	parameters: {
		resource: 'contact',
		operation: 'create',
		identifiers: { identifier: [{ key: 'emailaddress', value: '={{ $json.email }}' }] },
		additionalFields: { displayName: '={{ $json.name }}', attributes: '={{ JSON.stringify({ city: $json.city }) }}', listIds: 'list-1, list-2' },
	},
	items: [
		{ json: { email: 'cas@example.com', name: 'Cas', city: 'Utrecht' } },
		{ json: { email: 'dirk@example.com', name: 'Dirk', city: 'Delft' } },
	],
	deliveries: contactsNow,
};

const contactById = (operation: string, label: string, extra: IDataObject = {}): OperationSpec => ({
	...base,
	label: `Bird Channels ${label}`,
	parameters: { resource: 'contact', operation, contactId: '={{ $json.contactId }}', ...extra },
	items: CONTACT_IDS.map((contactId, n) => ({ json: { contactId, name: `Renamed ${n + 1}` } })),
	setup: seedContacts,
});

const getContact = contactById('get', 'Get Contact');
const updateContact: OperationSpec = {
	...contactById('update', 'Update Contact', {
		updateFields: { displayName: '={{ $json.name }}', attributes: '{"tier": "gold"}', listIds: 'list-3' },
	}),
	deliveries: contactsNow,
};
const deleteContact: OperationSpec = {
	...contactById('delete', 'Delete Contact'),
	// One key per deleted contact.
	deliveries: (sandbox) => CONTACT_IDS.filter((id) => !bird(sandbox).contacts.has(id)).map((id) => `deleted:${id}`),
};

const getManyContacts: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Contacts',
	parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 10 },
	items: [{ json: { n: 1 } }, { json: { n: 2 } }],
	oneToOne: false,
	setup: seedContacts,
};

/** With Include Paging Info: one item per input item, `{ results, nextPageToken }`. */
const getManyContactsPaged: OperationSpec = {
	...getManyContacts,
	label: 'Bird Channels Get Many Contacts (Include Paging Info)',
	parameters: { ...getManyContacts.parameters, limit: 1, options: { includePagingInfo: true, pageSize: 50 } },
	oneToOne: true,
};

const searchContacts: OperationSpec = {
	...base,
	label: 'Bird Channels Search Contacts',
	parameters: { resource: 'contact', operation: 'search', identifierKey: 'emailaddress', identifierValue: '={{ $json.email }}' },
	items: CONTACT_EMAILS.map((email) => ({ json: { email } })),
	oneToOne: false,
	setup: seedContacts,
};

const upsertContact: OperationSpec = {
	...base,
	label: 'Bird Channels Create or Update Contact',
	parameters: {
		resource: 'contact',
		operation: 'upsert',
		identifierKey: 'emailaddress',
		identifierValue: '={{ $json.email }}',
		additionalFields: { attributes: '={{ JSON.stringify({ plan: $json.plan }) }}', addToLists: 'list-1', removeFromLists: 'list-9' },
	},
	// The first exists (update), the second does not (create).
	items: [
		{ json: { email: 'ann@example.com', plan: 'pro' } },
		{ json: { email: 'eva@example.com', plan: 'free' } },
	],
	deliveries: contactsNow,
	setup: seedContacts,
};

// ------------------------------------------------------------------------------------------------ invalid inputs

const BAD_PHONES = ['', '   ', '12345', '0612345678', '+0612345678', '+31 6 1234 5678', 'phone', '+316123456789012345'];
const BAD_EMAILS = ['', 'ann', 'ann@', '@example.com', 'ann@example', 'ann doe@example.com', 'ann@@example.com'];
const BAD_SCHEDULES = [
	'tomorrow',
	'2026-13-01T10:00:00Z',
	'2026-02-30T10:00:00Z',
	'2026-01-01T25:00:00Z',
	'2026-01-01 10:00:00Z',
	// A time without offset is in the workflow's time zone (the date-time picker's value), but must be a real one.
	'2026-02-30T10:00:00',
	'2026-01-01T10',
	'2099-01-01T10:00:00Z',
];
const BAD_TAGS = ['a, b, c, d, e, f, g, h, i, j, k', 'bad!tag', 'x'.repeat(51), 'ok, ünïcode'];
const BAD_JSON_OBJECTS = ['{', 'not json', '[1, 2]', '"text"', '42'];
/** Path values that RFC 3986 dot-segment removal would turn into another endpoint (servers decode `%2e`). */
const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];
/** What an expression can give a text field besides text: an object, a list, half of an emoji. */
const NOT_TEXT = [{ id: 'c1' }, ['a', 'b'], 'half \uD83D of an emoji'];
/** Page Size outside Bird's 1..100 (api.bird.com "Pagination"), and start tokens no Bird answer gives. */
const BAD_PAGE_SIZES = [0, 101, -1, 2.5, '={{ "x" }}'];
const BAD_PAGE_TOKENS = ['t'.repeat(8001), 'a\u0000b', 'a\nb', 'a\u007fb', 'a\u0085b'];
const pagingInputs: InvalidInput[] = [
	{ path: 'options.pageSize', values: BAD_PAGE_SIZES, field: 'Page Size' },
	{ path: 'options.pageToken', values: BAD_PAGE_TOKENS, field: 'Start Page Token' },
];
const ELEVEN_IDS = Array.from({ length: 11 }, (_, n) => `list-${n}`).join(',');

/** What every message operation must refuse, whatever the content. */
const messageOptions = (phonePath = 'item.phone'): InvalidInput[] => [
	{ path: phonePath, values: BAD_PHONES, field: 'Identifier Value' },
	{ path: 'channel.value', values: ['', '   ', ...DOT_IDS], field: 'Channel' },
	{ path: 'options.tags', values: BAD_TAGS, field: 'Tags' },
	{ path: 'options.scheduledFor', values: BAD_SCHEDULES, field: 'Scheduled For' },
	{ path: 'options.validity', values: [-1, 1.5, 'soon'], field: 'Validity' },
	{ path: 'options.replyToType', values: ['message', 'click'], field: 'Reply To ID' },
	{ path: 'options.metaJson', values: BAD_JSON_OBJECTS, field: 'Meta (JSON)' },
	// Bird takes frequency capping on marketing messages only.
	{ path: 'options.capFrequency', values: [true], field: 'Frequency Capping', with: { options: { capFrequency: true, useCase: 'transactional' } } },
	{ path: 'options.shortLinksDomain', values: ['x'.repeat(129)], field: 'Short Links Domain' },
	{
		path: 'receivers.receiver',
		values: [
			[],
			[{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '+31612345678', type: 'cc' }],
			[
				{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '+31612345678' },
				{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '+31612345679' },
			],
		],
		field: 'Receivers',
	},
	{ path: 'receivers.receiver[0].identifyBy', values: ['contactId'], field: 'Contact ID' },
	{ path: 'receivers.receiver[0].identifierKey', values: ['custom'], field: 'Custom Identifier Key' },
	{ path: 'receivers.receiver[0].type', values: ['reply-to'], field: 'Receivers › Receiver 1 › Type' },
];

export const birdCatalogue: ProviderCatalogue = {
	profile: birdProfile,
	secretFields: ['accessKeySecret'],
	retries429: true,
	operations: [
		sendText,
		sendHtml,
		sendImage,
		sendImageUploadFaults,
		sendFileUrl,
		sendTemplate,
		sendJson,
		getMessage,
		getManyMessages('channel'),
		getManyMessages('workspace'),
		getManyMessagesFiltered,
		sendWithOptions,
		sendToContactIds,
		sendThroughBatchEndpoint,
		sendBatch,
		createContact,
		getContact,
		updateContact,
		upsertContact,
		deleteContact,
		getManyContacts,
		getManyContactsPaged,
		searchContacts,
		...lists.operations,
		...conversations.operations,
		...channels.operations,
		...media.operations,
	],
	invalid: [
		...lists.invalid,
		...conversations.invalid,
		...channels.invalid,
		...media.invalid,
		{
			operation: sendText.label,
			inputs: [...messageOptions(), { path: 'item.text', values: ['', '  ', ...NOT_TEXT], field: 'Text' }],
		},
		{
			operation: sendHtml.label,
			inputs: [
				{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
				{ path: 'item.subject', values: ['', '  '], field: 'Subject' },
				{ path: 'html', values: [''], field: 'HTML' },
				{ path: 'emailOptions.attachmentProperties', values: ['nope', 'invoice, nope'], field: 'Attachments (Binary Fields)' },
				{ path: 'receivers.receiver[0].identifierKey', values: ['phonenumber'], field: 'Identifier Value' },
			],
		},
		{
			operation: sendImage.label,
			inputs: [
				{ path: 'binaryPropertyName', values: ['photo', '  '], field: 'Input Binary Field' },
				{ path: 'content', values: ['gif'], field: 'Content' },
			],
		},
		{
			operation: sendFileUrl.label,
			inputs: [
				{ path: 'item.url', values: ['', 'ftp://example.com/one.pdf', 'example.com/one.pdf', 'https://exa mple.com/one.pdf', 'javascript:alert(1)'], field: 'Media URL' },
				{ path: 'fileContentType', values: ['', '  '], field: 'File Content Type' },
			],
		},
		{
			operation: sendTemplate.label,
			inputs: [
				{ path: 'templateProjectId.value', values: ['', '  '], field: 'Template' },
				{ path: 'templateOptions.attachments.attachment[0].url', values: ['', 'ftp://example.com/a.pdf', 'terms.pdf'], field: 'Template Options › Attachments (attachment 1) URL' },
				{ path: 'templateOptions.attachments.attachment[0].fileName', values: ['', '  '], field: 'Template Options › Attachments (attachment 1) File Name' },
				{ path: 'templateOptions.variables.variable[0].name', values: ['', '  '], field: 'Template Options › Variables (variable 1) Name' },
				{ path: 'templateOptions.utmParameters.parameter[0].key', values: [''], field: 'Template Options › UTM Parameters (parameter 1) Key' },
				{ path: 'templateOptions.shortLinksDomain', values: ['x'.repeat(129)], field: 'Short Links Domain' },
				{ path: 'templateVersion', values: ['  '], field: 'Version' },
				{ path: 'templateLocale', values: ['  '], field: 'Locale' },
				{ path: 'item.count', values: ['', 'many', 'NaN'], field: 'Template Parameters (parameter 1) Value' },
				{ path: 'templateParameters.parameter[1].value', values: ['yes', '1', ''], field: 'Template Parameters (parameter 2) Value' },
				{ path: 'templateParameters.parameter[2].value', values: ['{', '[1]', '"Amsterdam"', 'null'], field: 'Template Parameters (parameter 3) Value' },
				{ path: 'templateParameters.parameter[3].key', values: ['', '  '], field: 'Template Parameters (parameter 4) Key' },
			],
		},
		{
			operation: sendJson.label,
			inputs: [
				{
					path: 'messageJson',
					values: [
						...BAD_JSON_OBJECTS,
						'{}',
						'{"body": {"type": "text", "text": {"text": "hi"}}, "template": {"projectId": "p", "version": "latest", "locale": "en"}}',
						'{"body": {"type": "text", "text": {"text": "hi"}}, "priority": "high"}',
						'{"body": {"type": "text", "text": {"text": "hi"}}, "meta": "marketing"}',
						'{"body": "hi"}',
						'{"template": [1]}',
					],
					field: 'Message JSON',
				},
			],
		},
		{
			operation: sendBatch.label,
			inputs: [
				{ path: 'item.phone', values: BAD_PHONES, field: 'Identifier Value' },
				{ path: 'item.text', values: ['', '  '], field: 'Text' },
				{ path: 'options.tags', values: BAD_TAGS, field: 'Tags' },
				{ path: 'options.scheduledFor', values: BAD_SCHEDULES, field: 'Scheduled For' },
				{ path: 'channel.value', values: [''], field: 'Channel' },
			],
		},
		{
			operation: sendWithOptions.label,
			inputs: [
				{ path: 'item.replyTo', values: [{ id: 'm1' }, ['m1']], field: 'Reply To ID' },
				{ path: 'options.useCase', values: ['promotion'], field: 'Use Case' },
			],
		},
		{
			operation: sendToContactIds.label,
			inputs: [
				{ path: 'item.cc', values: ['', '  ', ...NOT_TEXT], field: 'Contact ID' },
				{ path: 'item.to', values: BAD_EMAILS, field: 'Identifier Value' },
				{ path: 'receivers.receiver[1].type', values: ['to-be'], field: 'Type' },
				{ path: 'receivers.receiver[0].type', values: ['cc'], field: 'Receivers' },
			],
		},
		{ operation: sendThroughBatchEndpoint.label, inputs: [{ path: 'item.phone', values: BAD_PHONES, field: 'Identifier Value' }] },
		{
			operation: getManyMessagesFiltered.label,
			inputs: [
				{ path: 'filters.startAt', values: ['yesterday', '2026-13-01T00:00:00Z', '2026-02-30T10:00:00'], field: 'Start At' },
				{ path: 'filters.endAt', values: ['2019-12-31T00:00:00Z', 'soon'], field: 'End At' },
			],
		},
		{
			operation: getMessage.label,
			inputs: [
				{ path: 'item.messageId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Message' },
				{ path: 'channel.value', values: ['', '  '], field: 'Channel' },
			],
		},
		{
			operation: getManyMessages('channel').label,
			inputs: [
				{ path: 'channel.value', values: ['', '  '], field: 'Channel' },
				{ path: 'limit', values: [0, -1, 1.5], field: 'Limit' },
				...pagingInputs,
			],
		},
		{ operation: getManyMessages('workspace').label, inputs: pagingInputs },
		{
			operation: createContact.label,
			inputs: [
				{ path: 'item.email', values: BAD_EMAILS, field: 'Identifiers (identifier 1) Value' },
				{ path: 'identifiers.identifier[0].key', values: ['phonenumber'], field: 'Identifiers (identifier 1) Value' },
				{ path: 'identifiers.identifier[0].key', values: ['custom'], field: 'Identifiers (identifier 1) Custom Key' },
				{ path: 'item.name', values: ['x'.repeat(151)], field: 'Display Name' },
				{ path: 'additionalFields.attributes', values: BAD_JSON_OBJECTS, field: 'Attributes (JSON)' },
				{ path: 'additionalFields.listIds', values: [ELEVEN_IDS], field: 'List IDs' },
			],
		},
		{
			operation: getContact.label,
			inputs: [{ path: 'item.contactId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Contact ID' }],
		},
		{
			operation: updateContact.label,
			inputs: [
				{ path: 'item.contactId', values: ['', '   ', ...DOT_IDS, ...NOT_TEXT], field: 'Contact ID' },
				{ path: 'item.name', values: ['x'.repeat(151)], field: 'Display Name' },
				{ path: 'updateFields.attributes', values: BAD_JSON_OBJECTS, field: 'Attributes (JSON)' },
				{ path: 'updateFields.listIds', values: [ELEVEN_IDS], field: 'List IDs' },
				{ path: 'updateFields', values: [{}, { displayName: '  ' }], field: 'Update Fields' },
			],
		},
		{
			operation: upsertContact.label,
			inputs: [
				{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
				{ path: 'identifierKey', values: ['phonenumber'], field: 'Identifier Value' },
				{ path: 'identifierKey', values: ['custom'], field: 'Custom Identifier Key' },
				{ path: 'additionalFields.attributes', values: BAD_JSON_OBJECTS, field: 'Attributes (JSON)' },
				{ path: 'additionalFields.addToLists', values: [Array.from({ length: 101 }, (_, n) => `l${n}`).join(',')], field: 'Add to List IDs' },
				{ path: 'additionalFields.removeFromLists', values: [Array.from({ length: 101 }, (_, n) => `l${n}`).join(',')], field: 'Remove From List IDs' },
			],
		},
		{
			operation: deleteContact.label,
			inputs: [{ path: 'item.contactId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Contact ID' }],
		},
		{
			operation: getManyContacts.label,
			inputs: [{ path: 'limit', values: [0, -5, 2.5], field: 'Limit' }, ...pagingInputs],
		},
		{ operation: getManyContactsPaged.label, inputs: pagingInputs },
		{
			operation: searchContacts.label,
			inputs: [
				{ path: 'item.email', values: BAD_EMAILS, field: 'Identifier Value' },
				{ path: 'identifierKey', values: ['phonenumber'], field: 'Identifier Value' },
			],
		},
	],
};
