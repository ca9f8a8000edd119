import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const SEND = {
	resource: 'message',
	operation: 'send',
	channel: channelById(BIRD_CHANNELS.sms.id),
	receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] },
	content: 'text',
	text: '=Code {{ $json.n }}',
};

const items = (count: number) =>
	Array.from({ length: count }, (_, n) => ({ json: { n, phone: `+3161${String(n).padStart(7, '0')}` } }));

const SINGLE_PATH = `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`;
const BATCH_PATH = `${WS}/channels/${BIRD_CHANNELS.sms.id}/batch/messages`;

describe('Bird Channels: Message → Send with many items', () => {
	const ctx = birdSandbox();

	// The output's shape must not depend on the number of items: 9 and 10 items both give one message per item.
	it.each([9, 10])('sends %i items one request each by default, each output item the message Bird accepted', async (count) => {
		const result = await ctx.run(SEND, items(count));
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => call.path)).toEqual(Array(count).fill(SINGLE_PATH));
		const stored = [...ctx.bird.messages.values()];
		const byReceiver = new Map(stored.map((message) => [(message.receiver as { contacts: Array<{ identifierValue: string }> }).contacts[0].identifierValue, message]));
		expect(outputOf(result)).toEqual(items(count).map(({ json }, n) => ({ json: byReceiver.get(json.phone), pairedItem: { item: n } })));
		expect(outputOf(result).every((item) => item.json.batchId === undefined && typeof item.json.id === 'string')).toBe(true);
	});

	it.each([3, 150])('with Batching Batch Endpoint sends %i items through the batch endpoint, 100 messages a request', async (count) => {
		const result = await ctx.run({ ...SEND, requestOptions: { batching: 'auto' } }, items(count));
		expect(result.error).toBeUndefined();
		const calls = ctx.calls();
		expect(calls.map((call) => call.path)).toEqual(Array(Math.ceil(count / 100)).fill(BATCH_PATH));
		expect(calls.map((call) => (call.body as { messageRequests: unknown[] }).messageRequests.length)).toEqual(count > 100 ? [100, count - 100] : [count]);
		expect((calls[calls.length - 1].body as { messageRequests: unknown[] }).messageRequests.at(-1)).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: `+3161${String(count - 1).padStart(7, '0')}` }] },
			body: { type: 'text', text: { text: `Code ${count - 1}` } },
		});
		const batches = ctx.bird.batches;
		expect(outputOf(result)).toEqual(
			items(count).map((_, n) => ({
				json: { batchId: batches[Math.floor(n / 100)].id, channelId: BIRD_CHANNELS.sms.id, position: n % 100 },
				pairedItem: { item: n },
			})),
		);
		expect(ctx.bird.messages.size).toBe(count);
	});

	it('refuses a Batching value it does not list, whatever the number of items', async () => {
		const result = await ctx.run({ ...SEND, requestOptions: { batching: 'sometimes' } }, items(1));
		expect(result.error?.message).toBe('Request Options › Batching: "sometimes" is not one of its options [item 0]');
		expect(ctx.calls()).toEqual([]);
	});

	it('sends one request per item when Batching is One Request per Item', async () => {
		const result = await ctx.run({ ...SEND, requestOptions: { batching: 'off' } }, items(12));
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => call.path)).toEqual(Array(12).fill(SINGLE_PATH));
		expect(outputOf(result).map((item) => item.json.reference ?? item.json.id)).toHaveLength(12);
		expect(ctx.bird.messages.size).toBe(12);
	});

	it('stays under the workspace limit the sandbox enforces when the credential sets that ceiling', async () => {
		ctx.sandbox.setRateLimits([{ provider: 'bird', perSecond: 20, methods: ['POST'] }]);
		const result = await ctx.run(
			{ ...SEND, requestOptions: { batching: 'off', requestsInParallel: 20 } },
			items(70),
			{ credentials: { ...ctx.credentials(), requestsPerSecond: 20 } },
		);
		expect(result.error).toBeUndefined();
		const stats = ctx.sandbox.rateStats().bird;
		expect(stats).toMatchObject({ requests: 70, rejected: 0 });
		expect(stats.peakPerSecond).toBeLessThanOrEqual(21);
		expect(ctx.bird.messages.size).toBe(70);
	});

	// 70 requests at 20 per second take 3.5 s; unpaced, even a busy machine sends them well within that.
	it('without a ceiling, the same burst goes over the limit and Bird refuses some of it (the ceiling is what prevents it)', async () => {
		ctx.sandbox.setRateLimits([{ provider: 'bird', perSecond: 20, methods: ['POST'] }]);
		const result = await ctx.run(
			{ ...SEND, requestOptions: { batching: 'off', requestsInParallel: 20 } },
			items(70),
			{ credentials: { ...ctx.credentials(), requestsPerSecond: 0 }, continueOnFail: true },
		);
		expect(outputOf(result)).toHaveLength(70);
		expect(ctx.sandbox.rateStats().bird.rejected).toBeGreaterThan(0);
		// Refused requests were not processed: the transport retried them, so every message went out exactly once.
		expect(ctx.bird.messages.size + outputOf(result).filter((item) => item.json.error !== undefined).length).toBe(70);
	});
});
