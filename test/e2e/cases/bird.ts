import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';
import { BIRD_CHANNELS, BIRD_WORKSPACE_ID, type BirdProvider } from '../../../sandbox/providers/bird';
import type { E2eCase } from './types';

const WS = `/workspaces/${BIRD_WORKSPACE_ID}`;
const SMS = BIRD_CHANNELS.sms.id;
const EMAIL = BIRD_CHANNELS.email.id;
const WHATSAPP = BIRD_CHANNELS.whatsapp.id;

const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });
const bird = (sandbox: Sandbox): BirdProvider => sandbox.provider<BirdProvider>('bird');
const wire = (method: string, path: string, status: number) => ({ provider: 'bird', method, path, status });

/** The sandbox numbers its IDs in order after `reset()` (`a…` messages, `b…` batches, `c…` contacts, `f…` media). */
const sandboxId = (tag: 'a' | 'b' | 'c' | 'f', n: number) => `${tag}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** The first contact seeded after `reset()`. */
const CONTACT_1 = sandboxId('c', 1);

/** Throws with the actual value when a sandbox-side expectation fails. */
function check(condition: boolean, what: string, actual: unknown): void {
	if (!condition) throw new Error(`${what}: got ${JSON.stringify(actual)?.slice(0, 400)}`);
}

const phoneReceiver = (value: string) => ({ receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: value }] });
const emailReceiver = (value: string) => ({ receiver: [{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: value }] });

const PDF = '%PDF-1.4 bird e2e invoice';
// A 1×1 PNG.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const birdCases: E2eCase[] = [
	// ---------------------------------------------------------------- Message → Send
	{
		id: 'e2eBirdSendText',
		name: 'Message Send: text SMS from expressions, with reference, tags, validity and flags',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(SMS),
				receivers: phoneReceiver('={{ $json.phone }}'),
				content: 'text',
				text: '=Order {{ $json.orderId }} has shipped',
				options: { reference: '={{ $json.orderId }}', tags: 'Orders, shipping', validity: 3600, ignoreQuietHours: true },
			},
		},
		input: [{ json: { phone: '+31612345678', orderId: '1001' } }],
		expect: {
			items: [
				{
					id: sandboxId('a', 1),
					channelId: SMS,
					status: 'accepted',
					direction: 'outgoing',
					reference: '1001',
					tags: ['orders', 'shipping'],
					validity: 3600,
					receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
					body: { type: 'text', text: { text: 'Order 1001 has shipped' } },
				},
			],
			wire: [wire('POST', `${WS}/channels/${SMS}/messages`, 202)],
			sandbox: (sandbox) => {
				const sent = JSON.parse(sandbox.requests('bird')[0].body) as IDataObject;
				const expected = {
					receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
					body: { type: 'text', text: { text: 'Order 1001 has shipped' } },
					reference: '1001',
					tags: ['Orders', 'shipping'],
					validity: 3600,
					ignoreQuietHours: true,
				};
				check(JSON.stringify(sent) === JSON.stringify(expected), 'request body', sent);
				check(sandbox.requests('bird')[0].headers.authorization?.startsWith('AccessKey ') === true, 'Authorization header', sandbox.requests('bird')[0].headers.authorization);
			},
		},
	},
	{
		id: 'e2eBirdSendTemplate',
		name: 'Message Send: WhatsApp template with string, number, boolean and object parameters',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(WHATSAPP),
				receivers: phoneReceiver('={{ $json.phone }}'),
				content: 'template',
				templateProjectId: byId('f1e2d3c4-0000-4000-8000-000000000010'),
				templateVersion: 'latest',
				templateLocale: 'nl',
				templateParameters: {
					parameter: [
						{ key: 'name', type: 'string', value: '={{ $json.name }}' },
						{ key: 'items', type: 'number', value: '={{ $json.items }}' },
						{ key: 'vip', type: 'boolean', value: 'true' },
						{ key: 'address', type: 'object', value: '{"city":"Amsterdam"}' },
					],
				},
			},
		},
		input: [{ json: { phone: '+31687654321', name: 'Jane', items: 3 } }],
		expect: {
			items: [
				{
					channelId: WHATSAPP,
					status: 'accepted',
					template: {
						projectId: 'f1e2d3c4-0000-4000-8000-000000000010',
						version: 'latest',
						locale: 'nl',
						parameters: [
							{ type: 'string', key: 'name', value: 'Jane' },
							{ type: 'number', key: 'items', value: 3 },
							{ type: 'boolean', key: 'vip', value: true },
							{ type: 'object', key: 'address', value: { city: 'Amsterdam' } },
						],
					},
				},
			],
			wire: [wire('POST', `${WS}/channels/${WHATSAPP}/messages`, 202)],
			sandbox: (sandbox) => {
				const sent = JSON.parse(sandbox.requests('bird')[0].body) as IDataObject;
				check(sent.body === undefined && typeof sent.template === 'object', 'a template and no body', sent);
			},
		},
	},
	{
		id: 'e2eBirdSendHtmlPdf',
		name: 'Message Send: HTML e-mail with a PDF attachment from a binary field (presigned upload)',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(EMAIL),
				receivers: emailReceiver('={{ $json.email }}'),
				content: 'html',
				subject: '=Invoice {{ $json.invoiceNo }}',
				html: '=<p>Dear {{ $json.name }}, your invoice is attached.</p>',
				emailOptions: { attachmentProperties: 'invoice', fromName: 'Acme Billing', fromUsername: 'billing', plainText: 'Your invoice is attached.' },
			},
		},
		input: [
			{
				json: { email: 'jane@example.com', name: 'Jane', invoiceNo: 'INV-7' },
				binary: { invoice: { base64: Buffer.from(PDF).toString('base64'), fileName: 'INV-7.pdf', mimeType: 'application/pdf' } },
			},
		],
		expect: {
			items: [
				{
					channelId: EMAIL,
					status: 'accepted',
					receiver: { contacts: [{ identifierKey: 'emailaddress', identifierValue: 'jane@example.com' }] },
					body: {
						type: 'html',
						html: {
							html: '<p>Dear Jane, your invoice is attached.</p>',
							text: 'Your invoice is attached.',
							metadata: { subject: 'Invoice INV-7', emailFrom: { username: 'billing', displayName: 'Acme Billing' } },
							attachments: [{ filename: 'INV-7.pdf' }],
						},
					},
				},
			],
			wire: [
				wire('POST', `${WS}/channel-media/presigned-upload`, 200),
				wire('POST', '/storage-upload', 204),
				wire('POST', `${WS}/channels/${EMAIL}/messages`, 202),
			],
			sandbox: (sandbox) => {
				const log = sandbox.requests('bird');
				check(log[0].body === '{"contentType":"application/pdf"}', 'presigned-upload body', log[0].body);
				check(log[1].headers.authorization === undefined, 'no access key on the storage upload', log[1].headers.authorization);
				const media = [...bird(sandbox).media.entries()];
				check(media.length === 1, 'one uploaded file', media.length);
				const [mediaId, file] = media[0];
				check(file.data.toString('utf8') === PDF, 'uploaded bytes', file.data.toString('utf8'));
				check(file.fileName === 'INV-7.pdf' && file.contentType === 'application/pdf', 'uploaded file name and type', { fileName: file.fileName, contentType: file.contentType });
				const sent = JSON.parse(log[2].body) as { body: { html: { attachments: Array<{ mediaUrl: string }> } } };
				const url = sent.body.html.attachments[0].mediaUrl;
				check(url.endsWith(`/bird/media/${BIRD_WORKSPACE_ID}/${mediaId}`), 'attachment mediaUrl is the uploaded media', url);
			},
		},
	},
	{
		id: 'e2eBirdSendImage',
		name: 'Message Send: image from a binary field with alt text and caption',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(SMS),
				receivers: phoneReceiver('={{ $json.phone }}'),
				content: 'image',
				mediaSource: 'binary',
				binaryPropertyName: 'photo',
				altText: 'A dot',
				caption: 'Your parcel',
			},
		},
		input: [{ json: { phone: '+15005550006' }, binary: { photo: { base64: PNG_BASE64, fileName: 'dot.png', mimeType: 'image/png' } } }],
		expect: {
			items: [{ channelId: SMS, status: 'accepted', body: { type: 'image', image: { images: [{ altText: 'A dot' }], text: 'Your parcel' } } }],
			wire: [
				wire('POST', `${WS}/channel-media/presigned-upload`, 200),
				wire('POST', '/storage-upload', 204),
				wire('POST', `${WS}/channels/${SMS}/messages`, 202),
			],
			sandbox: (sandbox) => {
				const [file] = [...bird(sandbox).media.values()];
				check(file?.data.equals(Buffer.from(PNG_BASE64, 'base64')) === true, 'uploaded PNG bytes', file?.data.toString('base64'));
				check(file.contentType === 'image/png' && file.fileName === 'dot.png', 'uploaded file name and type', { fileName: file.fileName, contentType: file.contentType });
			},
		},
	},
	{
		id: 'e2eBirdSendFileUrl',
		name: 'Message Send: file by URL to a receiver given by contact ID',
		setup: (sandbox) => void bird(sandbox).seedContact([{ key: 'phonenumber', value: '+31687654321' }], 'Piet'),
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(SMS),
				receivers: { receiver: [{ identifyBy: 'contactId', contactId: CONTACT_1 }] },
				content: 'file',
				mediaSource: 'url',
				mediaUrl: 'https://example.com/terms.pdf',
				fileContentType: 'application/pdf',
				fileName: 'terms.pdf',
			},
		},
		expect: {
			items: [
				{
					channelId: SMS,
					status: 'accepted',
					receiver: { contacts: [{ id: CONTACT_1, identifierKey: 'phonenumber', identifierValue: '+31687654321' }] },
					body: { type: 'file', file: { files: [{ mediaUrl: 'https://example.com/terms.pdf', contentType: 'application/pdf', filename: 'terms.pdf' }] } },
				},
			],
			wire: [wire('POST', `${WS}/channels/${SMS}/messages`, 202)],
		},
	},
	{
		id: 'e2eBirdSendJson',
		name: 'Message Send: Custom JSON location body',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(WHATSAPP),
				receivers: phoneReceiver('+31612345678'),
				content: 'json',
				messageJson: '={{ JSON.stringify({ body: { type: "location", location: { coordinates: { latitude: $json.lat, longitude: $json.lng } } } }) }}',
			},
		},
		input: [{ json: { lat: 52.37, lng: 4.9 } }],
		expect: {
			items: [{ channelId: WHATSAPP, status: 'accepted', body: { type: 'location', location: { coordinates: { latitude: 52.37, longitude: 4.9 } } } }],
			wire: [wire('POST', `${WS}/channels/${WHATSAPP}/messages`, 202)],
		},
	},
	{
		id: 'e2eBirdSendScheduled',
		name: 'Message Send: scheduled two days ahead with a Luxon $now expression',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(SMS),
				receivers: phoneReceiver('+31612345678'),
				content: 'text',
				text: 'Your appointment is in two days',
				options: { scheduledFor: '={{ $now.plus({ days: 2 }).toISO() }}' },
			},
		},
		expect: {
			items: [{ channelId: SMS, status: 'scheduled' }],
			wire: [wire('POST', `${WS}/channels/${SMS}/messages`, 202)],
			sandbox: (sandbox) => {
				const sent = JSON.parse(sandbox.requests('bird')[0].body) as { scheduledFor: string };
				const ahead = Date.parse(sent.scheduledFor) - Date.now();
				check(ahead > 47 * 3600_000 && ahead <= 48 * 3600_000, 'scheduledFor about 48 h ahead', sent.scheduledFor);
			},
		},
	},
	{
		id: 'e2eBirdSendRetry429',
		name: 'Message Send: a 429 is retried (Retry-After honoured) and the message is sent once',
		setup: (sandbox) =>
			sandbox.injectFault({
				provider: 'bird',
				method: 'POST',
				path: `/channels/${SMS}/messages`,
				respond: {
					status: 429,
					headers: { 'Content-Type': 'application/json', 'Retry-After': '1' },
					body: '{"code":"TooManyRequests","message":"Too many requests"}',
				},
			}),
		node: {
			type: 'birdChannels',
			parameters: { resource: 'message', operation: 'send', channel: byId(SMS), receivers: phoneReceiver('+31612345678'), content: 'text', text: 'Retry me' },
		},
		expect: {
			items: [{ channelId: SMS, status: 'accepted', body: { type: 'text', text: { text: 'Retry me' } } }],
			wire: [wire('POST', `${WS}/channels/${SMS}/messages`, 429), wire('POST', `${WS}/channels/${SMS}/messages`, 202)],
			sandbox: (sandbox) => check(bird(sandbox).messages.size === 1, 'exactly one message stored', bird(sandbox).messages.size),
		},
	},
	{
		id: 'e2eBirdSendContinue',
		name: 'Message Send with Continue On Fail: Bird rejects item 1 (422), item 0 is sent',
		continueOnFail: true,
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(SMS),
				receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: '={{ $json.key }}', identifierValue: '={{ $json.to }}' }] },
				content: 'text',
				text: 'Hello',
			},
		},
		input: [{ json: { key: 'phonenumber', to: '+31612345678' } }, { json: { key: 'emailaddress', to: 'jane@example.com' } }],
		expect: {
			items: [
				{ channelId: SMS, status: 'accepted' },
				{
					error: 'Bird Send Message failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 1]',
					description:
						'Bird rejected these fields: .receiver.contacts[0].identifierKey: Channel platform sms-messagebird cannot deliver to an email address. Change the fields named above and run the item again.',
				},
			],
			wire: [wire('POST', `${WS}/channels/${SMS}/messages`, 202), wire('POST', `${WS}/channels/${SMS}/messages`, 422)],
		},
	},

	{
		id: 'e2eBirdSendOptions',
		name: 'Message Send: a reply to a received WhatsApp message, with sender name, use case and meta',
		setup: (sandbox) => void bird(sandbox).seedMessages(WHATSAPP, 1, { direction: 'incoming' }),
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId(WHATSAPP),
				receivers: phoneReceiver('+31612345678'),
				content: 'text',
				text: 'Thanks, we are on it',
				options: { replyToId: sandboxId('a', 1), senderName: 'Acme Support', useCase: 'conversational', metaJson: '{"referral": {"source": "n8n"}}' },
			},
		},
		expect: {
			items: [
				{
					id: sandboxId('a', 3),
					channelId: WHATSAPP,
					status: 'accepted',
					replyTo: { id: sandboxId('a', 1), type: 'message' },
					sender: { connector: { annotations: { name: 'Acme Support' } } },
					meta: { referral: { source: 'n8n' }, extraInformation: { useCase: 'conversational' } },
				},
			],
			wire: [wire('POST', `${WS}/channels/${WHATSAPP}/messages`, 202)],
			sandbox: (sandbox) => {
				const sent = JSON.parse(sandbox.requests('bird')[0].body) as IDataObject;
				const expected = {
					receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
					body: { type: 'text', text: { text: 'Thanks, we are on it' } },
					sender: { connector: { annotations: { name: 'Acme Support' } } },
					replyTo: { id: sandboxId('a', 1), type: 'message' },
					meta: { referral: { source: 'n8n' }, extraInformation: { useCase: 'conversational' } },
				};
				check(JSON.stringify(sent) === JSON.stringify(expected), 'request body (no validity, no use case but the chosen one)', sent);
			},
		},
	},
	{
		id: 'e2eBirdSendTenItems',
		name: 'Message Send: ten items, one request each by default, each output item the sent message',
		node: {
			type: 'birdChannels',
			parameters: { resource: 'message', operation: 'send', channel: byId(SMS), receivers: phoneReceiver('={{ $json.phone }}'), content: 'text', text: '=Code {{ $json.n }}' },
		},
		input: Array.from({ length: 10 }, (_, n) => ({ json: { n, phone: `+3161000100${n}` } })),
		expect: {
			items: Array.from({ length: 10 }, (_, n) => ({
				channelId: SMS,
				status: 'accepted',
				receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: `+3161000100${n}` }] },
				body: { type: 'text', text: { text: `Code ${n}` } },
			})),
			wire: Array.from({ length: 10 }, () => wire('POST', `${WS}/channels/${SMS}/messages`, 202)),
			sandbox: (sandbox) => check(bird(sandbox).batches.length === 0, 'no batch request', bird(sandbox).batches.length),
		},
	},

	// ---------------------------------------------------------------- Message → Get, Get Many
	{
		id: 'e2eBirdMessageGet',
		name: 'Message Get (simplified) of a message sent earlier',
		setup: (sandbox) => void bird(sandbox).seedMessages(SMS, 1),
		node: { type: 'birdChannels', parameters: { resource: 'message', operation: 'get', channel: byId(SMS), messageId: sandboxId('a', 1) } },
		expect: {
			items: [{ id: sandboxId('a', 1), channelId: SMS, status: 'accepted', direction: 'outgoing', receivers: ['+31610000000'], content: 'text' }],
			wire: [wire('GET', `${WS}/channels/${SMS}/messages/${sandboxId('a', 1)}`, 200)],
		},
	},
	{
		id: 'e2eBirdMessageGet404',
		name: 'Message Get of a message of another channel: 404 stops the workflow',
		setup: (sandbox) => void bird(sandbox).seedMessages(SMS, 1),
		node: { type: 'birdChannels', parameters: { resource: 'message', operation: 'get', channel: byId(EMAIL), messageId: sandboxId('a', 1) } },
		expect: {
			error: 'Bird Get Message failed: Message not found (NotFound)',
			wire: [wire('GET', `${WS}/channels/${EMAIL}/messages/${sandboxId('a', 1)}`, 404)],
		},
	},
	{
		id: 'e2eBirdMsgGetAllChan',
		name: 'Message Get Many: one channel, limit 2, reverse order',
		setup: (sandbox) => {
			bird(sandbox).seedMessages(SMS, 3);
			bird(sandbox).seedMessages(EMAIL, 1);
		},
		node: {
			type: 'birdChannels',
			parameters: { resource: 'message', operation: 'getAll', scope: 'channel', channel: byId(SMS), returnAll: false, limit: 2, options: { reverse: true } },
		},
		expect: {
			items: [
				{ id: sandboxId('a', 5), channelId: SMS, receivers: ['+31610000002'], content: 'text', status: 'accepted' },
				{ id: sandboxId('a', 3), channelId: SMS, receivers: ['+31610000001'], content: 'text', status: 'accepted' },
			],
			wire: [wire('GET', `${WS}/channels/${SMS}/messages`, 200)],
			sandbox: (sandbox) => {
				const { query } = sandbox.requests('bird')[0];
				check(Object.keys(query).length === 2 && query.limit === '2' && query.reverse === 'true', 'query', query);
			},
		},
	},
	{
		id: 'e2eBirdMsgGetAllWs',
		name: 'Message Get Many: whole workspace, Return All over two pages, raw messages',
		setup: (sandbox) => {
			bird(sandbox).seedMessages(SMS, 101);
			bird(sandbox).seedMessages(WHATSAPP, 2);
		},
		node: { type: 'birdChannels', parameters: { resource: 'message', operation: 'getAll', scope: 'workspace', returnAll: true, simplify: false } },
		expect: {
			items: [
				...Array.from({ length: 101 }, (_, n) => ({ channelId: SMS, body: { type: 'text', text: { text: `Seeded message ${n}` } } })),
				...Array.from({ length: 2 }, (_, n) => ({ channelId: WHATSAPP, body: { type: 'text', text: { text: `Seeded message ${n}` } } })),
			],
			wire: [wire('GET', `${WS}/channels/messages`, 200), wire('GET', `${WS}/channels/messages`, 200)],
			sandbox: (sandbox) => {
				const [first, second] = sandbox.requests('bird').map((entry) => entry.query);
				check(first.limit === '100' && first.pageToken === undefined, 'first page query', first);
				check(second.limit === '100' && typeof second.pageToken === 'string', 'second page query', second);
			},
		},
	},

	{
		id: 'e2eBirdMsgGetAllFilt',
		name: 'Message Get Many: one channel filtered by direction, status and creation time',
		setup: (sandbox) => {
			bird(sandbox).seedMessages(SMS, 2, { status: 'delivered', createdAt: (n) => `2026-0${n + 1}-01T10:00:00.000Z` });
			bird(sandbox).seedMessages(SMS, 1, { direction: 'incoming', createdAt: () => '2026-02-01T10:00:00.000Z' });
		},
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'message',
				operation: 'getAll',
				scope: 'channel',
				channel: byId(SMS),
				returnAll: true,
				filters: { direction: 'outgoing', status: 'delivered', startAt: '2026-01-15T00:00:00+01:00', endAt: '2026-03-01T00:00:00Z' },
			},
		},
		expect: {
			items: [{ id: sandboxId('a', 3), channelId: SMS, direction: 'outgoing', status: 'delivered', receivers: ['+31610000001'] }],
			wire: [wire('GET', `${WS}/channels/${SMS}/messages`, 200)],
			sandbox: (sandbox) => {
				const { query } = sandbox.requests('bird')[0];
				const expected = { direction: 'outgoing', status: 'delivered', startAt: '2026-01-14T23:00:00Z', endAt: '2026-03-01T00:00:00Z', limit: '100' };
				check(JSON.stringify(query) === JSON.stringify(expected), 'query (the times in UTC)', query);
			},
		},
	},
	{
		id: 'e2eBirdMsgInteract',
		name: 'Message Get Interactions: an e-mail opened and clicked, simplified',
		setup: (sandbox) => {
			const [message] = bird(sandbox).seedMessages(EMAIL, 1);
			bird(sandbox).seedInteractions(String(message.id), ['opened', 'clicked']);
		},
		node: { type: 'birdChannels', parameters: { resource: 'message', operation: 'getInteractions', channel: byId(EMAIL), messageId: sandboxId('a', 1), returnAll: true } },
		expect: {
			items: [
				{ messageId: sandboxId('a', 1), channelId: EMAIL, type: 'opened', receivers: ['seeded0@example.com'] },
				{ messageId: sandboxId('a', 1), channelId: EMAIL, type: 'clicked', linkUrl: 'https://example.com/orders/1' },
			],
			wire: [wire('GET', `${WS}/channels/${EMAIL}/messages/${sandboxId('a', 1)}/interactions`, 200)],
		},
	},

	// ---------------------------------------------------------------- Media → Upload
	{
		id: 'e2eBirdMediaUpload',
		name: 'Media Upload: a PDF from a binary field through the presigned upload, its media URL out',
		node: { type: 'birdChannels', parameters: { resource: 'media', operation: 'upload', binaryPropertyName: 'guide' } },
		input: [{ json: {}, binary: { guide: { base64: Buffer.from(PDF).toString('base64'), fileName: 'guide.pdf', mimeType: 'application/pdf' } } }],
		expect: {
			items: [{ contentType: 'application/pdf', fileName: 'guide.pdf', size: PDF.length }],
			wire: [wire('POST', `${WS}/channel-media/presigned-upload`, 200), wire('POST', '/storage-upload', 204)],
			sandbox: (sandbox) => {
				const media = [...bird(sandbox).media.values()];
				check(media.length === 1 && media[0].data.toString('utf8') === PDF, 'the uploaded bytes', media.map((file) => file.data.toString('utf8')));
			},
		},
	},

	// ---------------------------------------------------------------- Batch Message → Send Batch
	{
		id: 'e2eBirdBatch',
		name: 'Batch Send: three items in one batch request (channel picked from the list), one output item each',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'batchMessage',
				operation: 'sendBatch',
				// As the editor stores a channel picked from the list.
				channel: { __rl: true, mode: 'list', value: SMS, cachedResultName: BIRD_CHANNELS.sms.name },
				receivers: phoneReceiver('={{ $json.phone }}'),
				content: 'text',
				text: '=Your code is {{ $json.code }}',
				options: { reference: '=otp-{{ $json.code }}' },
			},
		},
		input: [
			{ json: { phone: '+31610000001', code: '111' } },
			{ json: { phone: '+31610000002', code: '222' } },
			{ json: { phone: '+31610000003', code: '333' } },
		],
		expect: {
			items: [
				{ batchId: sandboxId('b', 1), channelId: SMS, position: 0, reference: 'otp-111' },
				{ batchId: sandboxId('b', 1), channelId: SMS, position: 1, reference: 'otp-222' },
				{ batchId: sandboxId('b', 1), channelId: SMS, position: 2, reference: 'otp-333' },
			],
			wire: [wire('POST', `${WS}/channels/${SMS}/batch/messages`, 202)],
			sandbox: (sandbox) => {
				const provider = bird(sandbox);
				check(provider.batches.length === 1 && provider.batches[0].messageIds.length === 3, 'one batch of three', provider.batches);
				const texts = provider.batches[0].messageIds.map((id) => {
					const message = provider.message(id)!;
					return `${String(message.status)}:${(message.body as { text: { text: string } }).text.text}`;
				});
				check(JSON.stringify(texts) === '["accepted:Your code is 111","accepted:Your code is 222","accepted:Your code is 333"]', 'batched messages', texts);
			},
		},
	},
	{
		id: 'e2eBirdBatchContinue',
		name: 'Batch Send with Continue On Fail: an invalid phone gets an error item, the others are sent',
		continueOnFail: true,
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'batchMessage',
				operation: 'sendBatch',
				channel: byId(SMS),
				receivers: phoneReceiver('={{ $json.phone }}'),
				content: 'text',
				text: 'Hi',
			},
		},
		input: [{ json: { phone: '+31610000001' } }, { json: { phone: '0612345678' } }, { json: { phone: '+31610000003' } }],
		expect: {
			items: [
				{ batchId: sandboxId('b', 1), channelId: SMS, position: 0 },
				{
					error: 'Receivers (receiver 1) Identifier Value: "0612345678" is not a phone number in international format [item 1]',
					description: 'Write the number with + and the country code and no spaces, e.g. +31612345678.',
				},
				{ batchId: sandboxId('b', 1), channelId: SMS, position: 1 },
			],
			wire: [wire('POST', `${WS}/channels/${SMS}/batch/messages`, 202)],
			sandbox: (sandbox) => {
				const sent = JSON.parse(sandbox.requests('bird')[0].body) as { messageRequests: Array<{ receiver: { contacts: Array<{ identifierValue: string }> } }> };
				const phones = sent.messageRequests.map((request) => request.receiver.contacts[0].identifierValue);
				check(JSON.stringify(phones) === '["+31610000001","+31610000003"]', 'batched receivers', phones);
			},
		},
	},

	// ---------------------------------------------------------------- Contact
	{
		id: 'e2eBirdContactCreate',
		name: 'Contact Create with identifiers, display name, attributes and lists',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'contact',
				operation: 'create',
				identifiers: {
					identifier: [
						{ key: 'emailaddress', value: '={{ $json.email }}' },
						{ key: 'phonenumber', value: '={{ $json.phone }}' },
					],
				},
				additionalFields: { displayName: '={{ $json.name }}', attributes: '{"firstName":"Jane","vip":true}', listIds: 'list-1, list-2' },
			},
		},
		input: [{ json: { email: 'jane@example.com', phone: '+31612345678', name: 'Jane Doe' } }],
		expect: {
			items: [
				{
					id: sandboxId('c', 1),
					computedDisplayName: 'Jane Doe',
					identifierCount: 2,
					featuredIdentifiers: [
						{ key: 'emailaddress', value: 'jane@example.com' },
						{ key: 'phonenumber', value: '+31612345678' },
					],
					attributes: { firstName: 'Jane', vip: true },
					listIds: ['list-1', 'list-2'],
				},
			],
			wire: [wire('POST', `${WS}/contacts`, 201)],
		},
	},
	{
		id: 'e2eBirdContactGet',
		name: 'Contact Get by ID',
		setup: (sandbox) => void bird(sandbox).seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet'),
		node: { type: 'birdChannels', parameters: { resource: 'contact', operation: 'get', contactId: CONTACT_1 } },
		expect: {
			items: [{ id: CONTACT_1, computedDisplayName: 'Piet', featuredIdentifiers: [{ key: 'emailaddress', value: 'piet@example.com' }] }],
			wire: [wire('GET', `${WS}/contacts/${CONTACT_1}`, 200)],
		},
	},
	{
		id: 'e2eBirdContactGetNone',
		name: 'Contact Get of an unknown ID: the workflow fails with Bird\'s message',
		node: { type: 'birdChannels', parameters: { resource: 'contact', operation: 'get', contactId: CONTACT_1 } },
		expect: {
			error: 'Bird Get Contact failed: Contact not found (NotFound)',
			wire: [wire('GET', `${WS}/contacts/${CONTACT_1}`, 404)],
		},
	},
	{
		id: 'e2eBirdContactGetAll',
		name: 'Contact Get Many with a limit',
		setup: (sandbox) => {
			for (const name of ['ann', 'bob', 'cas']) bird(sandbox).seedContact([{ key: 'emailaddress', value: `${name}@example.com` }]);
		},
		node: { type: 'birdChannels', parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 2 } },
		expect: {
			items: [
				{ id: sandboxId('c', 1), computedDisplayName: 'ann@example.com' },
				{ id: sandboxId('c', 2), computedDisplayName: 'bob@example.com' },
			],
			wire: [wire('GET', `${WS}/contacts`, 200)],
			sandbox: (sandbox) => check(sandbox.requests('bird')[0].query.limit === '2', 'page size', sandbox.requests('bird')[0].query),
		},
	},
	{
		id: 'e2eBirdContactPaged',
		name: 'Contact Get Many with Include Paging Info: pages of 2 to the end, one item with nextPageToken null',
		setup: (sandbox) => {
			for (const name of ['ann', 'bob', 'cas']) bird(sandbox).seedContact([{ key: 'emailaddress', value: `${name}@example.com` }]);
		},
		node: {
			type: 'birdChannels',
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true, options: { pageSize: 2, includePagingInfo: true } },
		},
		expect: {
			items: [
				{
					results: [
						{ id: sandboxId('c', 1), computedDisplayName: 'ann@example.com' },
						{ id: sandboxId('c', 2), computedDisplayName: 'bob@example.com' },
						{ id: sandboxId('c', 3), computedDisplayName: 'cas@example.com' },
					],
					nextPageToken: null,
				},
			],
			wire: [wire('GET', `${WS}/contacts`, 200), wire('GET', `${WS}/contacts`, 200)],
			sandbox: (sandbox) => {
				const [first, second] = sandbox.requests('bird').map((entry) => entry.query);
				check(Object.keys(first).length === 1 && first.limit === '2', 'first page query', first);
				check(second.limit === '2' && typeof second.pageToken === 'string', 'second page query', second);
			},
		},
	},
	{
		id: 'e2eBirdContactSearch',
		name: 'Contact Search by Identifier: one item per contact found',
		setup: (sandbox) => {
			bird(sandbox).seedContact([{ key: 'emailaddress', value: 'other@example.com' }]);
			bird(sandbox).seedContact([{ key: 'emailaddress', value: 'jane@example.com' }], 'Jane');
		},
		node: { type: 'birdChannels', parameters: { resource: 'contact', operation: 'search', identifierKey: 'emailaddress', identifierValue: '={{ $json.email }}' } },
		input: [{ json: { email: 'jane@example.com' } }],
		expect: {
			items: [{ id: sandboxId('c', 2), computedDisplayName: 'Jane' }],
			wire: [wire('POST', `${WS}/contacts/search`, 200)],
			sandbox: (sandbox) => {
				const body = sandbox.requests('bird')[0].body;
				check(body === '{"identifier":{"key":"emailaddress","value":"jane@example.com"}}', 'search body', body);
			},
		},
	},
	{
		id: 'e2eBirdContactUpdate',
		name: 'Contact Update: display name, attributes and lists',
		setup: (sandbox) => void bird(sandbox).seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet'),
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'contact',
				operation: 'update',
				contactId: CONTACT_1,
				updateFields: { displayName: 'Piet Jansen', attributes: '{"city":"Utrecht"}', listIds: 'list-7' },
			},
		},
		expect: {
			items: [{ id: CONTACT_1, computedDisplayName: 'Piet Jansen', attributes: { city: 'Utrecht' }, listIds: ['list-7'] }],
			wire: [wire('PATCH', `${WS}/contacts/${CONTACT_1}`, 200)],
		},
	},
	{
		id: 'e2eBirdContactUpsert',
		name: 'Contact Create or Update: a new phone number (+ sent as %2B) is created',
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				identifierKey: 'phonenumber',
				identifierValue: '={{ $json.phone }}',
				additionalFields: { attributes: '{"plan":"gold"}', addToLists: 'list-9' },
			},
		},
		input: [{ json: { phone: '+31612345678' } }],
		expect: {
			items: [{ featuredIdentifiers: [{ key: 'phonenumber', value: '+31612345678' }], attributes: { plan: 'gold' }, listIds: ['list-9'] }],
			wire: [wire('PATCH', `${WS}/contacts/identifiers/phonenumber/%2B31612345678`, 201)],
		},
	},
	{
		id: 'e2eBirdContactUpsert2',
		name: 'Contact Create or Update: an existing e-mail address (+ and @ encoded) is updated',
		setup: (sandbox) => void bird(sandbox).seedContact([{ key: 'emailaddress', value: 'a+b@example.com' }], 'AB'),
		node: {
			type: 'birdChannels',
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				identifierKey: 'emailaddress',
				identifierValue: 'a+b@example.com',
				additionalFields: { attributes: '{"plan":"platinum"}' },
			},
		},
		expect: {
			items: [{ id: CONTACT_1, computedDisplayName: 'AB', attributes: { plan: 'platinum' } }],
			wire: [wire('PATCH', `${WS}/contacts/identifiers/emailaddress/a%2Bb%40example.com`, 200)],
			sandbox: (sandbox) => check(bird(sandbox).contacts.size === 1, 'no second contact', bird(sandbox).contacts.size),
		},
	},
	{
		id: 'e2eBirdContactDelete',
		name: 'Contact Delete',
		setup: (sandbox) => void bird(sandbox).seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet'),
		node: { type: 'birdChannels', parameters: { resource: 'contact', operation: 'delete', contactId: CONTACT_1 } },
		expect: {
			items: [{ deleted: true }],
			wire: [wire('DELETE', `${WS}/contacts/${CONTACT_1}`, 204)],
			sandbox: (sandbox) => check(bird(sandbox).contacts.size === 0, 'the contact is gone', bird(sandbox).contacts.size),
		},
	},
];
