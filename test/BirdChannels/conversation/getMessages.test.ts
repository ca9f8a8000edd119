import { WS, birdSandbox, outputOf } from '../helpers';
import { callBird } from '../../../sandbox/providers/bird/conversations';
import { ACCESS_KEY_ID, byId, messagesNow, seedEmailConversation } from './fixtures';

const GET_MESSAGES = { resource: 'conversation', operation: 'getMessages' };

/** Sends `count` text messages in the conversation as the access key, through the emulator's route. */
function sendTexts(bird: Parameters<typeof callBird>[0], conversationId: unknown, count: number): void {
	for (let n = 1; n <= count; n++) {
		const { status } = callBird(bird, 'POST', `/conversations/${String(conversationId)}/messages`, {
			participantType: 'accessKey',
			participantId: ACCESS_KEY_ID,
			body: { type: 'text', text: { text: `Update ${n}` } },
		});
		expect(status).toBe(201);
	}
}

describe('Bird Channels: Conversation → Get Messages', () => {
	const ctx = birdSandbox();

	it('reads every message across pages, simplified by default', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		sendTexts(ctx.bird, conversation.id, 104);
		const result = await ctx.run({ ...GET_MESSAGES, conversation: byId(String(conversation.id)), returnAll: true });
		// docs.bird.com "List conversation messages": limit, pageToken, nextPageToken.
		expect(ctx.calls().map((call) => [call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			[`${WS}/conversations/${String(conversation.id)}/messages`, '100', 'undefined'],
			[`${WS}/conversations/${String(conversation.id)}/messages`, '100', 'string'],
		]);
		const stored = messagesNow(ctx.bird, conversation.id);
		const output = outputOf(result);
		expect(output).toHaveLength(105);
		expect(output[0]).toEqual({
			json: {
				id: stored[0].id,
				conversationId: conversation.id,
				status: 'accepted',
				senderType: 'accessKey',
				senderId: ACCESS_KEY_ID,
				senderName: 'Sandbox access key',
				recipients: ['ann@example.com'],
				content: 'text',
				text: 'Update 104',
				createdAt: stored[0].createdAt,
			},
			pairedItem: { item: 0 },
		});
		expect(output[104].json.text).toBe('Hello ann@example.com');
	});

	it('sends Created After as an RFC 3339 dateFrom, and Reverse Order; raw messages with Simplify off', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		const result = await ctx.run({
			...GET_MESSAGES,
			conversation: byId(String(conversation.id)),
			returnAll: false,
			limit: 5,
			simplify: false,
			options: { dateFrom: '2020-01-01T00:00:00.000Z', reverse: true, includePagingInfo: true },
		});
		expect(ctx.calls()[0].query).toEqual({ dateFrom: '2020-01-01T00:00:00.000Z', reverse: 'true', limit: '5' });
		expect(outputOf(result)).toEqual([{ json: { results: messagesNow(ctx.bird, conversation.id), nextPageToken: null }, pairedItem: { item: 0 } }]);

		ctx.sandbox.log.length = 0;
		const later = await ctx.run({ ...GET_MESSAGES, conversation: byId(String(conversation.id)), returnAll: true, options: { dateFrom: '2999-01-01T00:00:00.000Z' } });
		expect(ctx.calls()[0].query.dateFrom).toBe('2999-01-01T00:00:00.000Z');
		expect(outputOf(later)).toEqual([]);
	});

	it.each([
		['a Created After that is no date', { options: { dateFrom: 'yesterday' } }, 'Created After: "yesterday" is not a date and time [item 0]'],
		['a page size over 100', { options: { pageSize: 101 } }, 'Page Size'],
		['a conversation ID of .', { conversation: byId('.') }, 'Conversation: '],
	])('refuses %s before any request', async (_case, parameters, message) => {
		const result = await ctx.run({ ...GET_MESSAGES, conversation: byId('0c63be07-3e97-42a3-900a-47e538032b73'), returnAll: true, ...parameters });
		expect(result.error?.message).toContain(message);
		expect(ctx.calls()).toEqual([]);
	});

	it('surfaces Bird\'s 404 for an unknown conversation', async () => {
		const result = await ctx.run({ ...GET_MESSAGES, conversation: byId('0c63be07-3e97-42a3-900a-47e538032b73'), returnAll: true });
		expect(result.error?.message).toBe('Bird Get Conversation Messages failed: Conversation not found (NotFound) [item 0]');
	});
});
