import { WS, birdSandbox, outputOf } from '../helpers';
import { callBird } from '../../../sandbox/providers/bird/conversations';
import { ACCESS_KEY_ID, byId, messagesNow, seedEmailConversation } from './fixtures';

const SEND = { resource: 'conversation', operation: 'sendMessage', senderType: 'accessKey', senderId: ACCESS_KEY_ID };
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('Bird Channels: Conversation → Send Message', () => {
	const ctx = birdSandbox();

	it('sends a text message as the access key, as Bird\'s example does', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'some.customer@example.com', 'Your order', false);
		const result = await ctx.run({
			...SEND,
			conversation: byId(String(conversation.id)),
			content: 'text',
			text: 'Hey, listen!',
			recipients: { recipient: [{ identifierKey: 'emailaddress', identifierValue: 'some.customer@example.com', type: 'to' }] },
		});
		expect(result.error).toBeUndefined();
		// docs.bird.com "Create conversation message", its curl example (with our conversation and access key IDs).
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/conversations/${String(conversation.id)}/messages`,
				query: {},
				body: {
					participantType: 'accessKey',
					participantId: ACCESS_KEY_ID,
					addMissingParticipants: true,
					recipients: [{ identifierKey: 'emailaddress', identifierValue: 'some.customer@example.com', type: 'to' }],
					body: { type: 'text', text: { text: 'Hey, listen!' } },
				},
			},
		]);
		const [stored] = messagesNow(ctx.bird, conversation.id);
		expect(outputOf(result)).toEqual([{ json: stored, pairedItem: { item: 0 } }]);
		expect(stored).toMatchObject({
			conversationId: conversation.id,
			sender: { id: ACCESS_KEY_ID, type: 'accessKey' },
			draft: false,
			recipients: [{ type: 'to', identifierKey: 'emailaddress', identifierValue: 'some.customer@example.com' }],
			status: 'accepted',
			source: 'conversations',
			body: { type: 'text', text: { text: 'Hey, listen!' } },
		});
	});

	it('sends one message per item: a template as a contact, with reference and reply', async () => {
		const first = seedEmailConversation(ctx.bird, 'ann@example.com');
		const second = seedEmailConversation(ctx.bird, 'bob@example.com');
		const [firstMessage] = messagesNow(ctx.bird, first.id);
		const contactOf = (conversation: Record<string, unknown>) => String((conversation.featuredParticipants as Array<{ id: string }>)[1].id);
		const result = await ctx.run(
			{
				...SEND,
				conversation: byId('={{ $json.conversationId }}'),
				senderType: 'contact',
				senderId: '={{ $json.contactId }}',
				addMissingParticipants: false,
				content: 'template',
				templateProjectId: 'b1d2c3e4-0000-4000-8000-00000000aaaa',
				templateVersion: 'latest',
				templateLocale: 'en',
				templateParameters: { parameter: [{ key: 'name', type: 'string', value: '={{ $json.name }}' }] },
				options: { reference: '={{ "ticket-" + $json.name }}', replyToMessageId: '={{ $json.replyTo }}' },
			},
			[
				{ json: { conversationId: first.id, contactId: contactOf(first), name: 'Ann', replyTo: firstMessage.id } },
				{ json: { conversationId: second.id, contactId: contactOf(second), name: 'Bob', replyTo: '' } },
			],
		);
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => [call.path, call.body])).toEqual([
			[
				`${WS}/conversations/${String(first.id)}/messages`,
				{
					participantType: 'contact',
					participantId: contactOf(first),
					addMissingParticipants: false,
					template: { projectId: 'b1d2c3e4-0000-4000-8000-00000000aaaa', version: 'latest', locale: 'en', parameters: [{ type: 'string', key: 'name', value: 'Ann' }] },
					reference: 'ticket-Ann',
					replyToMessageId: firstMessage.id,
				},
			],
			[
				`${WS}/conversations/${String(second.id)}/messages`,
				{
					participantType: 'contact',
					participantId: contactOf(second),
					addMissingParticipants: false,
					template: { projectId: 'b1d2c3e4-0000-4000-8000-00000000aaaa', version: 'latest', locale: 'en', parameters: [{ type: 'string', key: 'name', value: 'Bob' }] },
					reference: 'ticket-Bob',
				},
			],
		]);
		expect(outputOf(result)).toEqual([
			{ json: messagesNow(ctx.bird, first.id)[0], pairedItem: { item: 0 } },
			{ json: messagesNow(ctx.bird, second.id)[0], pairedItem: { item: 1 } },
		]);
	});

	it('uploads an image of the input item first, then sends it', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		const result = await ctx.run(
			{ ...SEND, conversation: byId(String(conversation.id)), content: 'file', mediaSource: 'binary', binaryPropertyName: 'data', caption: 'Your invoice' },
			[{ json: {}, binary: { data: { base64: PNG_BASE64, fileName: 'invoice.png', mimeType: 'image/png' } } }],
		);
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => `${call.method} ${call.path}`)).toEqual([
			`POST ${WS}/channel-media/presigned-upload`,
			'POST /storage-upload',
			`POST ${WS}/conversations/${String(conversation.id)}/messages`,
		]);
		const file = ((ctx.calls()[2].body as { body: { file: { files: Array<{ mediaUrl: string }> } } }).body.file.files)[0];
		expect(file).toEqual({ mediaUrl: expect.stringContaining('/media/'), contentType: 'image/png', filename: 'invoice.png' });
		expect(outputOf(result)[0].json).toMatchObject({ body: { type: 'file', file: { files: [file], text: 'Your invoice' } } });
	});

	it('surfaces Bird\'s errors: a closed conversation, a sender who is not a participant, an unknown conversation', async () => {
		const closed = seedEmailConversation(ctx.bird, 'ann@example.com');
		callBird(ctx.bird, 'PATCH', `/conversations/${String(closed.id)}`, { status: 'closed' });
		const open = seedEmailConversation(ctx.bird, 'bob@example.com');
		const run = (conversationId: unknown, extra: Record<string, unknown> = {}) =>
			ctx.run({ ...SEND, conversation: byId(String(conversationId)), content: 'text', text: 'Hi', ...extra });

		expect((await run(closed.id)).error?.message).toBe('Bird Send Conversation Message failed: The conversation is closed; messages cannot be sent in it (Conflict) [item 0]');
		const stranger = await run(open.id, { senderType: 'flow', senderId: 'f1000000-0000-4000-8000-000000000001', addMissingParticipants: false });
		expect(stranger.error?.message).toBe('Bird Send Conversation Message failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 0]');
		expect((stranger.error as unknown as { description: string }).description).toContain('.participantId: The participant is not part of the conversation');
		expect((await run('0c63be07-3e97-42a3-900a-47e538032b73')).error?.message).toBe('Bird Send Conversation Message failed: Conversation not found (NotFound) [item 0]');
	});

	it.each([
		['an empty sender ID', { senderId: '={{ "" }}' }, 'Sender ID: is empty [item 0]'],
		['an empty text', { text: '={{ "  " }}' }, 'Text: is empty [item 0]'],
		['a recipient without value', { recipients: { recipient: [{ identifierKey: 'emailaddress', identifierValue: '' }] } }, 'Recipients (recipient 1) Identifier Value: is empty [item 0]'],
		['a custom recipient key left empty', { recipients: { recipient: [{ identifierKey: 'custom', identifierValue: 'x' }] } }, 'Recipients (recipient 1) Custom Identifier Key: is empty [item 0]'],
		['custom JSON with a receiver', { content: 'json', messageJson: '{"body": {"type": "text", "text": {"text": "hi"}}, "receiver": {}}' }, 'Message JSON: has fields other than "body" and "template": receiver [item 0]'],
		['a missing binary field', { content: 'image', mediaSource: 'binary', binaryPropertyName: 'photo' }, 'Input Binary Field'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		const result = await ctx.run({ ...SEND, conversation: byId('0c63be07-3e97-42a3-900a-47e538032b73'), content: 'text', text: 'Hi', ...parameters });
		expect(result.error?.message).toContain(message);
		expect(ctx.calls()).toEqual([]);
	});
});
