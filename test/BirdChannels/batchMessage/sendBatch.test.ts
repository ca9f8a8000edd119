import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const BATCH = {
	resource: 'batchMessage',
	operation: 'sendBatch',
	channel: channelById(BIRD_CHANNELS.sms.id),
	receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] },
	content: 'text',
	text: '=Code {{ $json.n }}',
	options: { reference: '=ref-{{ $json.n }}' },
};

/** One batch at a time, for the tests that compare batches by the order they arrive in. */
const ONE_AT_A_TIME = { ...BATCH, requestOptions: { requestsInParallel: 1 } };

const items = (count: number) =>
	Array.from({ length: count }, (_, n) => ({ json: { n, phone: `+3161${String(n).padStart(7, '0')}` } }));

describe('Bird Channels: Batch Message → Send Batch', () => {
	const ctx = birdSandbox();

	it('sends 250 items as three batch requests (100, 100, 50), one output item per input item', async () => {
		const result = await ctx.run(ONE_AT_A_TIME, items(250));
		expect(result.error).toBeUndefined();
		const calls = ctx.calls();
		expect(calls.map((call) => [call.method, call.path])).toEqual(
			Array(3).fill(['POST', `${WS}/channels/${BIRD_CHANNELS.sms.id}/batch/messages`]),
		);
		const sizes = calls.map((call) => (call.body as { messageRequests: unknown[] }).messageRequests.length);
		expect(sizes).toEqual([100, 100, 50]);
		expect((calls[2].body as { messageRequests: unknown[] }).messageRequests[49]).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31610000249' }] },
			body: { type: 'text', text: { text: 'Code 249' } },
			reference: 'ref-249',
		});
		expect(calls[0].body).toEqual({
			messageRequests: items(100).map(({ json }) => ({
				receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: json.phone }] },
				body: { type: 'text', text: { text: `Code ${json.n}` } },
				reference: `ref-${json.n}`,
			})),
		});
		const batches = ctx.bird.batches;
		expect(batches.map((batch) => batch.messageIds.length)).toEqual([100, 100, 50]);
		expect(outputOf(result)).toEqual(
			items(250).map((_, n) => ({
				json: { batchId: batches[Math.floor(n / 100)].id, channelId: BIRD_CHANNELS.sms.id, position: n % 100, reference: `ref-${n}` },
				pairedItem: { item: n },
			})),
		);
		expect([...ctx.bird.messages.values()].every((message) => message.status === 'accepted')).toBe(true);
	});

	it('stops before any request when an item is invalid (without Continue On Fail)', async () => {
		const input = items(5);
		input[3].json.phone = '12345';
		const result = await ctx.run(BATCH, input);
		expect(result.error?.message).toBe('Receivers (receiver 1) Identifier Value: "12345" is not a phone number in international format [item 3]');
		expect(ctx.log()).toEqual([]);
	});

	it('with Continue On Fail, gives the invalid item an error item and sends the others', async () => {
		const input = items(5);
		input[3].json.phone = '12345';
		const result = await ctx.run(BATCH, input, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => (call.body as { messageRequests: Array<{ reference: string }> }).messageRequests.map((m) => m.reference))).toEqual([
			['ref-0', 'ref-1', 'ref-2', 'ref-4'],
		]);
		const batchId = ctx.bird.batches[0].id;
		expect(outputOf(result)).toEqual([
			{ json: { batchId, channelId: BIRD_CHANNELS.sms.id, position: 0, reference: 'ref-0' }, pairedItem: { item: 0 } },
			{ json: { batchId, channelId: BIRD_CHANNELS.sms.id, position: 1, reference: 'ref-1' }, pairedItem: { item: 1 } },
			{ json: { batchId, channelId: BIRD_CHANNELS.sms.id, position: 2, reference: 'ref-2' }, pairedItem: { item: 2 } },
			{
				json: {
					error: 'Receivers (receiver 1) Identifier Value: "12345" is not a phone number in international format [item 3]',
					description: 'Write the number with + and the country code and no spaces, e.g. +31612345678.',
				},
				pairedItem: { item: 3 },
			},
			{ json: { batchId, channelId: BIRD_CHANNELS.sms.id, position: 3, reference: 'ref-4' }, pairedItem: { item: 4 } },
		]);
	});

	it('a failed batch request fails exactly its items; the other batches go through (Continue On Fail)', async () => {
		ctx.sandbox.injectFault({
			provider: 'bird',
			path: 'batch/messages',
			times: 1,
			respond: { status: 422, headers: { 'Content-Type': 'application/json' }, body: '{"code":"MalformedRequest","message":"One or more fields provided in the request body are malformed","details":{".messageRequests":["Too large"]}}' },
		});
		const result = await ctx.run(ONE_AT_A_TIME, items(150), { continueOnFail: true });
		const output = outputOf(result);
		expect(output).toHaveLength(150);
		expect(output.slice(0, 100).every((item, n) => item.pairedItem && (item.pairedItem as { item: number }).item === n && item.json.error === `Bird Send Batch (items 0 to 99) failed: One or more fields provided in the request body are malformed (MalformedRequest) [item ${n}]`)).toBe(true);
		expect(output[0].json.description).toBe('Bird rejected these fields: .messageRequests: Too large. Change the fields named above and run the item again.');
		expect(output[100]).toEqual({ json: { batchId: ctx.bird.batches[0].id, channelId: BIRD_CHANNELS.sms.id, position: 0, reference: 'ref-100' }, pairedItem: { item: 100 } });
		expect(ctx.log().map((entry) => entry.status)).toEqual([422, 202]);
	});

	it('groups items by channel; without Continue On Fail, a failed later batch names the items already accepted', async () => {
		const input = items(103).map((item) => ({ json: { ...item.json, channel: item.json.n >= 101 ? BIRD_CHANNELS.whatsapp.id : BIRD_CHANNELS.sms.id } }));
		const parameters = { ...BATCH, channel: { __rl: true, mode: 'id', value: '={{ $json.channel }}' } };
		ctx.sandbox.injectFault({
			provider: 'bird',
			path: `/channels/${BIRD_CHANNELS.whatsapp.id}/batch/messages`,
			respond: { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{"code":"NotFound","message":"Channel not found"}' },
		});
		const result = await ctx.run(parameters, input);
		// The three batches go at once (Requests in Parallel), so they may arrive in any order.
		expect(ctx.log().map((entry) => [entry.path, JSON.parse(entry.body).messageRequests.length, entry.status]).sort()).toEqual([
			[`${WS}/channels/${BIRD_CHANNELS.sms.id}/batch/messages`, 1, 202],
			[`${WS}/channels/${BIRD_CHANNELS.sms.id}/batch/messages`, 100, 202],
			[`${WS}/channels/${BIRD_CHANNELS.whatsapp.id}/batch/messages`, 2, 404],
		]);
		expect(result.error?.message).toBe('Bird Send Batch (items 101 to 102) failed: Channel not found (NotFound) [item 101]');
		const description = (result.error as { description?: string }).description ?? '';
		expect(description).toContain('Items accepted by Bird: 0-100. Not sent: none. The failed batch (items 101 to 102) may have been taken when the answer above says so.');
	});

	it('sends the batches at once; without Continue On Fail none starts after one failed, and the error says what became of each item', async () => {
		const many = await ctx.run(BATCH, items(300));
		expect(many.error).toBeUndefined();
		expect(ctx.bird.batches.map((batch) => batch.messageIds.length)).toEqual([100, 100, 100]);
		expect(new Set(outputOf(many).map((item) => item.json.batchId)).size).toBe(3);

		ctx.sandbox.reset();
		// The second batch fails while one batch at a time is sent: the third never starts.
		ctx.sandbox.injectFault({
			provider: 'bird',
			bodyIncludes: '"ref-100"',
			respond: { status: 503, headers: { 'Content-Type': 'application/json' }, body: '{"code":"ServiceUnavailable","message":"Try again later"}' },
			times: 10,
		});
		const stopped = await ctx.run(ONE_AT_A_TIME, items(250));
		expect(ctx.log().map((entry) => [JSON.parse(entry.body).messageRequests.length, entry.status]).filter(([, status]) => status !== 503)).toEqual([[100, 202]]);
		expect(stopped.error?.message).toMatch(/^Bird Send Batch \(items 100 to 199\) failed: .*\[item 100\]$/);
		expect((stopped.error as { description?: string }).description).toContain(
			'Items accepted by Bird: 0-99. Not sent: 200-249. The failed batch (items 100 to 199) may have been taken when the answer above says so.',
		);
	});

	it('uploads binary media per item before the batch', async () => {
		const result = await ctx.run(
			{ ...BATCH, content: 'image', mediaSource: 'binary', binaryPropertyName: 'data', options: {} },
			[
				{ json: { n: 0, phone: '+31610000000' }, binary: { data: { text: 'img-0', fileName: 'a.png', mimeType: 'image/png' } } },
				{ json: { n: 1, phone: '+31610000001' }, binary: { data: { text: 'img-1', fileName: 'b.png', mimeType: 'image/png' } } },
			],
		);
		expect(result.error).toBeUndefined();
		expect(ctx.log().map((entry) => entry.path.replace(/^\/workspaces\/[^/]+/, ''))).toEqual([
			'/channel-media/presigned-upload',
			'/storage-upload',
			'/channel-media/presigned-upload',
			'/storage-upload',
			`/channels/${BIRD_CHANNELS.sms.id}/batch/messages`,
		]);
		const media = [...ctx.bird.media.values()].map((entry) => entry.data.toString());
		expect(media).toEqual(['img-0', 'img-1']);
		const requests = (ctx.calls()[4].body as { messageRequests: Array<{ body: { image: { images: Array<{ mediaUrl: string }> } } }> }).messageRequests;
		const mediaIds = [...ctx.bird.media.keys()];
		expect(requests.map((request) => request.body.image.images[0].mediaUrl)).toEqual(mediaIds.map((id) => `${ctx.sandbox.url}/bird/media/${String(ctx.credentials().workspaceId)}/${id}`));
	});
});
