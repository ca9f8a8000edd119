import { WS, birdSandbox, outputOf } from '../helpers';
import { ACCESS_KEY_ID, EMAIL_CHANNEL, byId, conversationNow, seedEmailConversation } from './fixtures';

const GET = { resource: 'conversation', operation: 'get' };

describe('Bird Channels: Conversation → Get', () => {
	const ctx = birdSandbox();

	it('gets a conversation, simplified by default and raw with Simplify off', async () => {
		const seeded = seedEmailConversation(ctx.bird, 'ann@example.com', 'Refund request');
		const simplified = await ctx.run({ ...GET, conversation: byId(String(seeded.id)) });
		// docs.bird.com "Get conversation": GET /workspaces/{workspaceId}/conversations/{conversationId}.
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/conversations/${String(seeded.id)}`, query: {}, body: undefined }]);
		const raw = conversationNow(ctx.bird, seeded.id);
		const contact = (raw.featuredParticipants as Array<{ id: string }>)[1];
		expect(outputOf(simplified)).toEqual([
			{
				json: {
					id: seeded.id,
					name: 'Refund request',
					description: '',
					status: 'active',
					channelId: EMAIL_CHANNEL,
					visibility: 'public',
					participants: [
						{ id: ACCESS_KEY_ID, type: 'accessKey', name: 'Sandbox access key' },
						{ id: contact.id, type: 'contact', identifier: 'ann@example.com' },
					],
					lastMessageText: 'Hello ann@example.com',
					lastMessageAt: (raw.lastMessage as { createdAt: string }).createdAt,
					createdAt: raw.createdAt,
					updatedAt: raw.updatedAt,
				},
				pairedItem: { item: 0 },
			},
		]);

		const full = await ctx.run({ ...GET, conversation: { __rl: true, mode: 'list', value: seeded.id, cachedResultName: 'Refund request' }, simplify: false });
		expect(outputOf(full)).toEqual([{ json: raw, pairedItem: { item: 0 } }]);
	});

	it('surfaces Bird\'s 404 for an unknown conversation', async () => {
		const result = await ctx.run({ ...GET, conversation: byId('0c63be07-3e97-42a3-900a-47e538032b73') });
		expect(result.error?.message).toBe('Bird Get Conversation failed: Conversation not found (NotFound) [item 0]');
	});

	it.each(['={{ "" }}', '  ', '.', '..', '%2e%2E'])('refuses the conversation ID %j before any request', async (id) => {
		const result = await ctx.run({ ...GET, conversation: byId(id) }, [{ json: {} }], { continueOnFail: true });
		expect(outputOf(result)).toEqual([{ json: { error: expect.stringMatching(/^Conversation: .* \[item 0\]$/), description: expect.any(String) }, pairedItem: { item: 0 } }]);
		expect(ctx.calls()).toEqual([]);
	});

	it('sends an ID with a slash as one path segment', async () => {
		const result = await ctx.run({ ...GET, conversation: byId('a/b?c') }, [{ json: {} }], { continueOnFail: true });
		expect(ctx.calls().map((call) => call.path)).toEqual([`${WS}/conversations/a%2Fb%3Fc`]);
		expect(String(outputOf(result)[0].json.error)).toContain('Conversation not found');
	});
});
