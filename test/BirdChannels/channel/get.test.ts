import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const CHANNEL = { resource: 'channel', operation: 'get' };

describe('Bird Channels: Channel → Get', () => {
	const ctx = birdSandbox();

	// docs.bird.com "Channels management": GET /workspaces/{workspaceId}/channels/{channelId}, no query, no body.
	it('gets a channel by ID, raw as Bird answers it', async () => {
		const result = await ctx.run({ ...CHANNEL, channel: channelById(BIRD_CHANNELS.whatsapp.id), simplify: false });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels/${BIRD_CHANNELS.whatsapp.id}`, query: {}, body: undefined }]);
		expect(outputOf(result)).toEqual([{ json: { ...BIRD_CHANNELS.whatsapp }, pairedItem: { item: 0 } }]);
	});

	it('simplifies by default and maps the channel from each item', async () => {
		const items = [{ json: { id: BIRD_CHANNELS.sms.id } }, { json: { id: BIRD_CHANNELS.legacySms.id } }];
		const result = await ctx.run({ ...CHANNEL, channel: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, items);
		expect(ctx.calls().map((call) => call.path)).toEqual([`${WS}/channels/${BIRD_CHANNELS.sms.id}`, `${WS}/channels/${BIRD_CHANNELS.legacySms.id}`]);
		const simplified = (channel: typeof BIRD_CHANNELS.sms) => ({
			id: channel.id,
			name: channel.name,
			platformId: channel.platformId,
			identifier: channel.identifier,
			status: channel.status,
			connectorId: channel.connectorId,
		});
		expect(outputOf(result)).toEqual([
			{ json: simplified(BIRD_CHANNELS.sms), pairedItem: { item: 0 } },
			{ json: simplified(BIRD_CHANNELS.legacySms), pairedItem: { item: 1 } },
		]);
	});

	it("404: an unknown channel fails with Bird's message", async () => {
		const result = await ctx.run({ ...CHANNEL, channel: channelById('00000000-0000-4000-8000-00000000dead') });
		expect(result.error?.message).toBe('Bird Get Channel failed: Channel not found (NotFound) [item 0]');
	});

	it.each([
		['   ', 'Channel: is empty [item 0]'],
		['..', 'Channel: ".." cannot be used in a URL path, since "." and ".." name the path around it [item 0]'],
	])('refuses the channel %j before any request', async (value, message) => {
		const result = await ctx.run({ ...CHANNEL, channel: channelById(value) });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
