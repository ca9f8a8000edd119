import { WS, birdSandbox, outputOf } from '../helpers';
import { ACCESS_KEY_ID, byId, conversationNow, seedEmailConversation } from './fixtures';

describe('Bird Channels: Conversation → Close', () => {
	const ctx = birdSandbox();

	it('closes a conversation with PATCH status closed; Bird then refuses messages in it', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		const closed = await ctx.run({ resource: 'conversation', operation: 'close', conversation: byId(String(conversation.id)) });
		expect(closed.error).toBeUndefined();
		// docs.bird.com "Update conversation": PATCH with `status`; closed conversations take no messages.
		expect(ctx.calls()).toEqual([{ method: 'PATCH', path: `${WS}/conversations/${String(conversation.id)}`, query: {}, body: { status: 'closed' } }]);
		expect(outputOf(closed)).toEqual([{ json: conversationNow(ctx.bird, conversation.id), pairedItem: { item: 0 } }]);
		expect(outputOf(closed)[0].json.status).toBe('closed');

		const send = await ctx.run({ resource: 'conversation', operation: 'sendMessage', conversation: byId(String(conversation.id)), senderType: 'accessKey', senderId: ACCESS_KEY_ID, content: 'text', text: 'Still there?' });
		expect(send.error?.message).toContain('The conversation is closed');
	});

	it('surfaces Bird\'s 404 for an unknown conversation, and refuses an empty one before any request', async () => {
		const unknown = await ctx.run({ resource: 'conversation', operation: 'close', conversation: byId('0c63be07-3e97-42a3-900a-47e538032b73') });
		expect(unknown.error?.message).toBe('Bird Close Conversation failed: Conversation not found (NotFound) [item 0]');
		ctx.sandbox.log.length = 0;
		const empty = await ctx.run({ resource: 'conversation', operation: 'close', conversation: byId('={{ $json.id }}') });
		expect(empty.error?.message).toBe('Conversation: is empty [item 0]');
		expect(ctx.calls()).toEqual([]);
	});
});
