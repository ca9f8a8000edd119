import { BIRD_CHANNELS } from '../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf, smsTo } from './helpers';

const SMS = BIRD_CHANNELS.sms.id;
const TEXT = { resource: 'message', operation: 'send', channel: channelById(SMS), receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' };

/** Answers Bird should not give, lost answers, and limits: what the reliability suite found. */
describe('Bird Channels: unusable answers and ambiguous failures', () => {
	const ctx = birdSandbox();

	it('a send answered 200 with an empty body is an error naming provider, operation and item, and is not repeated', async () => {
		ctx.sandbox.injectFault({ provider: 'bird', path: `/channels/${SMS}/messages`, process: true, respond: { status: 200, body: '' } });
		const result = await ctx.run(TEXT, [{ json: {} }], { continueOnFail: true });
		const [item] = outputOf(result);
		expect(item.json.error).toBe('Bird Send Message: the answer is empty (HTTP 200) [item 0]');
		expect(String(item.json.description)).toContain('it was not sent again');
		expect(ctx.bird.messages.size).toBe(1);
		expect(ctx.log()).toHaveLength(1);
	});

	it('a list answered without results is an error, not an empty list', async () => {
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }]);
		ctx.sandbox.injectFault({ provider: 'bird', respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"data": []}' } });
		const result = await ctx.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toBe('Bird Get Many Contacts: the answer has no list of results (HTTP 200) [item 0]');
	});

	it('a 500 on a send says that Bird may have processed it', async () => {
		ctx.sandbox.injectFault({ provider: 'bird', process: true, respond: { status: 500, body: 'Internal Server Error' } });
		const result = await ctx.run(TEXT);
		expect((result.error as { description?: string }).description).toContain('Bird may have processed the request before it failed');
		expect(ctx.log()).toHaveLength(1);
	});

	it.each([
		['update', { operation: 'update', contactId: 'c0000000-0000-4000-8000-000000000001', updateFields: { displayName: 'Ann' } }],
		['upsert', { operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'ann@example.com', additionalFields: { attributes: '{"a": 1}' } }],
		['delete', { operation: 'delete', contactId: 'c0000000-0000-4000-8000-000000000001' }],
	])('a contact %s cut after Bird had it is not repeated', async (_name, parameters) => {
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }]);
		ctx.sandbox.injectFault({ provider: 'bird', process: true, reset: true });
		const result = await ctx.run({ resource: 'contact', ...parameters });
		expect(result.error?.message).toMatch(/^Bird gave no complete answer to .* \(ECONNRESET\) \[item 0\]$/);
		expect(ctx.log()).toHaveLength(1);
	});

	it('a media upload cut after the storage had it is posted again, and the message is sent once', async () => {
		ctx.sandbox.injectFault({ provider: 'bird', path: '/storage-upload', process: true, reset: true });
		const result = await ctx.run(
			{ ...TEXT, content: 'image', mediaSource: 'binary', binaryPropertyName: 'data' },
			[{ json: {}, binary: { data: { text: 'img', fileName: 'a.png', mimeType: 'image/png' } } }],
		);
		expect(result.error).toBeUndefined();
		expect(ctx.log().map((entry) => entry.path.replace(WS, ''))).toEqual([
			'/channel-media/presigned-upload',
			'/storage-upload',
			'/storage-upload',
			`/channels/${SMS}/messages`,
		]);
		expect(ctx.bird.messages.size).toBe(1);
		expect([...ctx.bird.media.values()].map((media) => media.data.toString())).toEqual(['img']);
	});

	it('a failed batch request gives each of its items an error that names that item', async () => {
		ctx.sandbox.injectFault({ provider: 'bird', respond: { status: 503, body: '' } });
		const result = await ctx.run(
			{ ...TEXT, resource: 'batchMessage', operation: 'sendBatch' },
			[{ json: {} }, { json: {} }],
			{ continueOnFail: true },
		);
		expect(outputOf(result).map((item) => item.json.error)).toEqual([
			'Bird Send Batch (items 0 to 1) failed: HTTP 503 with no body [item 0]',
			'Bird Send Batch (items 0 to 1) failed: HTTP 503 with no body [item 1]',
		]);
	});

	it.each([0, -1, 2.5])('Get Many refuses the limit %s before any request', async (limit) => {
		const result = await ctx.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit });
		expect(result.error?.message).toBe(`Limit: "${limit}" is not a whole number of at least 1 [item 0]`);
		expect(ctx.log()).toEqual([]);
	});

	// "Create or update a contact by identifier": addToLists is `uuid[] · max: 10`.
	it('Create or Update takes up to 10 lists to add to, as Bird documents, and refuses 11 before any request', async () => {
		const lists = Array.from({ length: 10 }, (_, n) => `list-${n}`);
		const result = await ctx.run({ resource: 'contact', operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'ann@example.com', additionalFields: { addToLists: lists.join(',') } });
		expect(result.error).toBeUndefined();
		expect(outputOf(result)[0].json.listIds).toEqual(lists);
		const before = ctx.log().length;
		const eleven = await ctx.run({ resource: 'contact', operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'ann@example.com', additionalFields: { addToLists: [...lists, 'list-10'].join(',') } });
		expect(eleven.error?.message).toContain('Add to List IDs');
		expect(ctx.log().length).toBe(before);
	});
});
