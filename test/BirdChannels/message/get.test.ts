import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

describe('Bird Channels: Message → Get', () => {
	const ctx = birdSandbox();

	it('gets a message by ID', async () => {
		const [message] = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1);
		const result = await ctx.run({ resource: 'message', operation: 'get', channel: channelById(BIRD_CHANNELS.sms.id), messageId: message.id, simplify: false });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages/${String(message.id)}`, query: {}, body: undefined }]);
		expect(outputOf(result)).toEqual([{ json: message, pairedItem: { item: 0 } }]);
	});

	it('simplifies by default', async () => {
		const [message] = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 1);
		const result = await ctx.run({ resource: 'message', operation: 'get', channel: channelById(BIRD_CHANNELS.sms.id), messageId: message.id });
		expect(outputOf(result)).toEqual([
			{
				json: {
					id: message.id,
					channelId: BIRD_CHANNELS.sms.id,
					status: 'accepted',
					direction: 'outgoing',
					receivers: ['+31610000000'],
					content: 'text',
					createdAt: message.createdAt,
					lastStatusAt: message.lastStatusAt,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('404: a message that does not exist', async () => {
		const result = await ctx.run(
			{ resource: 'message', operation: 'get', channel: channelById(BIRD_CHANNELS.sms.id), messageId: 'missing' },
			[{ json: {} }],
			{ continueOnFail: true },
		);
		expect(outputOf(result)).toEqual([
			{
				json: {
					error: 'Bird Get Message failed: Message not found (NotFound) [item 0]',
					description: 'Check the workspace ID of the credential and the IDs entered in the node.',
					httpCode: '404',
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
