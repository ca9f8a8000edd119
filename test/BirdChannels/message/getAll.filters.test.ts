import { DateTime } from 'luxon';
import { getGlobalState } from 'n8n-workflow';

import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const SMS = BIRD_CHANNELS.sms.id;
const WHATSAPP = BIRD_CHANNELS.whatsapp.id;
const GET_MANY = { resource: 'message', operation: 'getAll', returnAll: true, simplify: false };
const HOUR = 60 * 60 * 1000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();

/**
 * Filters of Get Many: `direction`, `status`, `startAt`, `endAt` of "List messages by channel" (api-evangelist's
 * bird-com "Bird Channels Messaging API", listChannelMessages), and a channel for the whole workspace.
 */
describe('Bird Channels: Message → Get Many, Filters', () => {
	const ctx = birdSandbox();

	it('sends each filter set, the dates in UTC, and Bird answers only the matching messages', async () => {
		const outgoing = ctx.bird.seedMessages(SMS, 3, { status: 'delivered', createdAt: (n) => at(30 - n * 10) });
		ctx.bird.seedMessages(SMS, 2, { direction: 'incoming', createdAt: (n) => at(15 + n) });
		ctx.bird.seedMessages(SMS, 1, { status: 'delivery_failed', createdAt: () => at(5) });
		const startAt = new Date(Date.now() - 25 * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');
		const result = await ctx.run({
			...GET_MANY,
			scope: 'channel',
			channel: channelById(SMS),
			filters: { direction: 'outgoing', status: 'delivered', startAt, endAt: '2099-01-01T00:00:00Z' },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([
			{
				method: 'GET',
				path: `${WS}/channels/${SMS}/messages`,
				query: { direction: 'outgoing', status: 'delivered', startAt, endAt: '2099-01-01T00:00:00Z', limit: '100' },
				body: undefined,
			},
		]);
		// 30 h ago is before Start At; 20 h and 10 h ago are in.
		expect(outputOf(result).map((item) => item.json.id)).toEqual([outgoing[1].id, outgoing[2].id]);
	});

	it("a picked date without offset is in the workflow's time zone, sent as UTC", async () => {
		const zone = getGlobalState().defaultTimezone;
		await ctx.run({ ...GET_MANY, scope: 'channel', channel: channelById(SMS), filters: { startAt: '2026-03-01T08:00:00', endAt: '2026-03-02T08:00:00' } });
		const expected = (local: string) => DateTime.fromISO(local, { zone }).toUTC().toISO({ suppressMilliseconds: true });
		expect(ctx.calls()[0].query).toEqual({ startAt: expected('2026-03-01T08:00:00'), endAt: expected('2026-03-02T08:00:00'), limit: '100' });
	});

	it('the whole workspace filtered to one channel (channelId)', async () => {
		ctx.bird.seedMessages(SMS, 2);
		const whatsapp = ctx.bird.seedMessages(WHATSAPP, 2);
		const result = await ctx.run({ ...GET_MANY, scope: 'workspace', filters: { channel: channelById(WHATSAPP) } });
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => [call.path, call.query])).toEqual([[`${WS}/channels/messages`, { channelId: WHATSAPP, limit: '100' }]]);
		expect(outputOf(result).map((item) => item.json.id)).toEqual(whatsapp.map((message) => message.id));
	});

	describe('refuses bad filters before any request', () => {
		it.each([
			['a Start At that is no date', { startAt: 'yesterday' }, /^Filters › Start At: "yesterday" is not an RFC 3339 time \[item 0\]$/],
			['an End At before Start At', { startAt: '2026-03-02T00:00:00Z', endAt: '2026-03-01T00:00:00Z' }, /^Filters › End At: 2026-03-01T00:00:00Z is before Start At \(2026-03-02T00:00:00Z\) \[item 0\]$/],
			['a Status it does not list', { status: 'read' }, /^Filters › Status: "read" is not one of its options \[item 0\]$/],
			['a Direction it does not list', { direction: 'inbound' }, /^Filters › Direction: "inbound" is not one of its options \[item 0\]$/],
		])('%s', async (_name, filters, message) => {
			const result = await ctx.run({ ...GET_MANY, scope: 'channel', channel: channelById(SMS), filters });
			expect(result.error?.message).toMatch(message);
			expect(ctx.calls()).toEqual([]);
		});

		it('an empty channel filter on the workspace', async () => {
			const result = await ctx.run({ ...GET_MANY, scope: 'workspace', filters: { channel: channelById('  ') } });
			expect(result.error?.message).toBe('Filters › Channel: is empty [item 0]');
			expect(ctx.calls()).toEqual([]);
		});
	});
});
