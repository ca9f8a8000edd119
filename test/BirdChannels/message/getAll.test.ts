import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

describe('Bird Channels: Message → Get Many', () => {
	const ctx = birdSandbox();

	it('returns all messages of a channel across several pages', async () => {
		const seeded = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 230);
		ctx.bird.seedMessages(BIRD_CHANNELS.email.id, 0);
		const result = await ctx.run({ resource: 'message', operation: 'getAll', scope: 'channel', channel: channelById(BIRD_CHANNELS.sms.id), returnAll: true, simplify: false });
		expect(result.error).toBeUndefined();
		const calls = ctx.calls();
		expect(calls.map((call) => [call.method, call.path, call.query.limit, call.query.pageToken !== undefined])).toEqual([
			['GET', `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`, '100', false],
			['GET', `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`, '100', true],
			['GET', `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`, '100', true],
		]);
		expect(outputOf(result)).toEqual(seeded.map((message) => ({ json: message, pairedItem: { item: 0 } })));
	});

	it('stops at the limit, asking only for what is missing, across the workspace and in reverse order', async () => {
		const sms = ctx.bird.seedMessages(BIRD_CHANNELS.sms.id, 90);
		const email = ctx.bird.seedMessages(BIRD_CHANNELS.whatsapp.id, 90);
		const result = await ctx.run({ resource: 'message', operation: 'getAll', scope: 'workspace', returnAll: false, limit: 150, simplify: false, options: { reverse: true } });
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => [call.path, call.query.limit, call.query.reverse])).toEqual([
			[`${WS}/channels/messages`, '100', 'true'],
			[`${WS}/channels/messages`, '50', 'true'],
		]);
		const expected = [...sms, ...email].reverse().slice(0, 150);
		expect(outputOf(result)).toEqual(expected.map((message) => ({ json: message, pairedItem: { item: 0 } })));
	});
});
