import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const EMAIL = BIRD_CHANNELS.email.id;
const base = (messageId: unknown) => ({ resource: 'message', operation: 'getInteractions', channel: channelById(EMAIL), messageId, returnAll: true });

/**
 * Message › Get Interactions: `GET /workspaces/{workspaceId}/channels/{channelId}/messages/{messageId}/interactions`
 * ("Message interactions" on docs.bird.com, for e-mail: opened, clicked, reported-as-spam, …).
 */
describe('Bird Channels: Message → Get Interactions', () => {
	const ctx = birdSandbox();

	it('lists the interactions of a message, raw as Bird answers them', async () => {
		const [message] = ctx.bird.seedMessages(EMAIL, 1);
		const interactions = ctx.bird.seedInteractions(String(message.id), ['opened', 'clicked']);
		const result = await ctx.run({ ...base(message.id), simplify: false });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([
			{ method: 'GET', path: `${WS}/channels/${EMAIL}/messages/${String(message.id)}/interactions`, query: { limit: '100' }, body: undefined },
		]);
		expect(outputOf(result)).toEqual(interactions.map((json) => ({ json, pairedItem: { item: 0 } })));
		// The documented shape: id, messageId, channelId, platformId, type, receiver, createdAt, details, metadata.
		expect(Object.keys(interactions[1]).sort()).toEqual(
			['channelId', 'createdAt', 'details', 'id', 'messageId', 'messagePartsCount', 'messageTags', 'metadata', 'platformId', 'receiver', 'type'].sort(),
		);
	});

	it('simplifies by default: what happened, to whom, the clicked link and when', async () => {
		const [message] = ctx.bird.seedMessages(EMAIL, 1);
		const [opened, clicked] = ctx.bird.seedInteractions(String(message.id), ['opened', 'clicked']);
		const result = await ctx.run(base(message.id));
		const receivers = ['seeded0@example.com'];
		expect(outputOf(result)).toEqual([
			{ json: { id: opened.id, messageId: message.id, channelId: EMAIL, type: 'opened', receivers, details: 'opened', createdAt: opened.createdAt }, pairedItem: { item: 0 } },
			{
				json: { id: clicked.id, messageId: message.id, channelId: EMAIL, type: 'clicked', receivers, linkUrl: 'https://example.com/orders/1', details: 'clicked', createdAt: clicked.createdAt },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('pages with Limit, asking only for what is missing', async () => {
		const [message] = ctx.bird.seedMessages(EMAIL, 1);
		ctx.bird.seedInteractions(String(message.id), ['opened', 'clicked', 'read', 'clicked', 'opened']);
		const result = await ctx.run({ ...base(message.id), returnAll: false, limit: 3, options: { pageSize: 2 } });
		expect(ctx.calls().map((call) => [call.query.limit, call.query.pageToken !== undefined])).toEqual([
			['2', false],
			['1', true],
		]);
		expect(outputOf(result).map((item) => item.json.type)).toEqual(['opened', 'clicked', 'read']);
	});

	it('a message without interactions gives no items', async () => {
		const [message] = ctx.bird.seedMessages(EMAIL, 1);
		const result = await ctx.run(base(message.id));
		expect(result.error).toBeUndefined();
		expect(outputOf(result)).toEqual([]);
	});

	it("404: a message Bird does not know, with Bird's message", async () => {
		const result = await ctx.run(base('no-such-message'), [{ json: {} }], { continueOnFail: true });
		expect(outputOf(result)).toEqual([
			{
				json: { error: 'Bird Get Message Interactions failed: Message not found (NotFound) [item 0]', description: 'Check the workspace ID of the credential and the IDs entered in the node.', httpCode: '404' },
				pairedItem: { item: 0 },
			},
		]);
	});

	it.each([
		['an empty Message', '  ', /^Message: is empty \[item 0\]$/],
		['a Message of dots', '..', /^Message: /],
	])('refuses %s before any request', async (_name, messageId, message) => {
		const result = await ctx.run(base(messageId));
		expect(result.error?.message).toMatch(message);
		expect(ctx.calls()).toEqual([]);
	});
});
