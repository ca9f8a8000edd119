import type { IDataObject } from 'n8n-workflow';

import { BIRD_ACCESS_KEY, BIRD_CHANNELS } from '../../sandbox/providers/bird';
import { simplifyMessage } from '../../nodes/BirdChannels/helpers/simplify';
import { WS, birdSandbox, channelById, outputOf } from './helpers';

/**
 * Get Many paging a user controls: Page Size, Start Page Token, Include Paging Info.
 *
 * What Bird's list endpoints take and answer (docs.bird.com, "Common API usage" → "Pagination", summarised in
 * shared/reference/bird-cordial.md §1.1 and §1.4): query `limit` (default 10, min 1, max 100), `pageToken` (at most
 * 8000 characters) and `reverse`; answer `{ "results": [...], "nextPageToken": "..." }`, with no `nextPageToken` on
 * the last page. The next page is asked for by sending the answer's `nextPageToken` back, unchanged, as `pageToken`,
 * as PipedreamHQ/pipedream components/messagebird/messagebird.app.mjs does in its workspace, channel and contact
 * pickers (`params: pageToken ? { pageToken } : {}` with `pageToken` the previous page's `nextPageToken`).
 *
 * The tokens expected below are the ones the sandbox's Bird hands out, read from it directly with the same query,
 * never from what the node output.
 */
describe('Bird Channels: Get Many paging', () => {
	const ctx = birdSandbox();
	const CONTACTS = { resource: 'contact', operation: 'getAll' };
	const SMS = BIRD_CHANNELS.sms.id;

	/** One GET straight to the sandbox's Bird, as any client would; the log is cleared afterwards. */
	async function bird(path: string): Promise<{ results: IDataObject[]; nextPageToken?: string }> {
		const response = await fetch(`${ctx.sandbox.url}/bird${WS}${path}`, { headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}` } });
		expect(response.status).toBe(200);
		const body = (await response.json()) as { results: IDataObject[]; nextPageToken?: string };
		ctx.sandbox.log.length = 0;
		return body;
	}

	function seedContacts(count: number): IDataObject[] {
		return Array.from({ length: count }, (_, n) => ctx.bird.seedContact([{ key: 'emailaddress', value: `user${n}@example.com` }]) as IDataObject);
	}

	const queries = () => ctx.calls().map((call) => call.query);

	it('Page Size with Return All: every request asks for limit=<Page Size>, each next one with the previous nextPageToken (docs; Pipedream)', async () => {
		const seeded = seedContacts(5);
		const page1 = await bird('/contacts?limit=2');
		const page2 = await bird(`/contacts?limit=2&pageToken=${encodeURIComponent(page1.nextPageToken!)}`);
		expect(page2.nextPageToken).toEqual(expect.any(String));

		const result = await ctx.run({ ...CONTACTS, returnAll: true, options: { pageSize: 2 } });
		expect(result.error).toBeUndefined();
		expect(ctx.calls().map((call) => [call.method, call.path])).toEqual(Array(3).fill(['GET', `${WS}/contacts`]));
		expect(queries()).toEqual([
			{ limit: '2' },
			{ limit: '2', pageToken: page1.nextPageToken },
			{ limit: '2', pageToken: page2.nextPageToken },
		]);
		expect(outputOf(result)).toEqual(seeded.map((contact) => ({ json: contact, pairedItem: { item: 0 } })));
	});

	it('Page Size with a Limit: full pages, then the last request asks only for the rest', async () => {
		const seeded = seedContacts(30);
		const result = await ctx.run({ ...CONTACTS, returnAll: false, limit: 25, options: { pageSize: 10 } });
		expect(queries().map((query) => [query.limit, typeof query.pageToken])).toEqual([
			['10', 'undefined'],
			['10', 'string'],
			['5', 'string'],
		]);
		expect(outputOf(result).map((item) => item.json)).toEqual(seeded.slice(0, 25));
	});

	it('without the options, the requests are those of before: limit=100 with Return All, the Limit itself below 100', async () => {
		seedContacts(3);
		await ctx.run({ ...CONTACTS, returnAll: true });
		await ctx.run({ ...CONTACTS, returnAll: false, limit: 50 });
		expect(queries()).toEqual([{ limit: '100' }, { limit: '50' }]);
	});

	it('Start Page Token goes on the first request only; the next ones carry the tokens Bird gave', async () => {
		const seeded = seedContacts(8);
		const start = (await bird('/contacts?limit=3')).nextPageToken!;
		const after = (await bird(`/contacts?limit=3&pageToken=${encodeURIComponent(start)}`)).nextPageToken!;

		const result = await ctx.run({ ...CONTACTS, returnAll: true, options: { pageSize: 3, pageToken: start } });
		expect(result.error).toBeUndefined();
		expect(queries()).toEqual([
			{ limit: '3', pageToken: start },
			{ limit: '3', pageToken: after },
		]);
		expect(outputOf(result).map((item) => item.json)).toEqual(seeded.slice(3));
	});

	it('Include Paging Info: one item with the records and the nextPageToken Bird gave, paired with the input item', async () => {
		const seeded = seedContacts(5);
		const { nextPageToken } = await bird('/contacts?limit=2');
		const result = await ctx.run({ ...CONTACTS, returnAll: false, limit: 2, options: { includePagingInfo: true } });
		expect(queries()).toEqual([{ limit: '2' }]);
		expect(outputOf(result)).toEqual([{ json: { results: seeded.slice(0, 2), nextPageToken }, pairedItem: { item: 0 } }]);
	});

	it('Include Paging Info on an empty list: one item, no results, nextPageToken null', async () => {
		const result = await ctx.run({ ...CONTACTS, returnAll: true, options: { includePagingInfo: true } });
		expect(queries()).toEqual([{ limit: '100' }]);
		expect(outputOf(result)).toEqual([{ json: { results: [], nextPageToken: null }, pairedItem: { item: 0 } }]);
	});

	it('Include Paging Info on the last page: nextPageToken null, whether Return All or a Limit reaches the end', async () => {
		const seeded = seedContacts(3);
		const all = await ctx.run({ ...CONTACTS, returnAll: true, options: { includePagingInfo: true, pageSize: 2 } });
		expect(outputOf(all)).toEqual([{ json: { results: seeded, nextPageToken: null }, pairedItem: { item: 0 } }]);
		ctx.sandbox.log.length = 0;
		const limited = await ctx.run({ ...CONTACTS, returnAll: false, limit: 3, options: { includePagingInfo: true } });
		expect(queries()).toEqual([{ limit: '3' }]);
		expect(outputOf(limited)).toEqual([{ json: { results: seeded, nextPageToken: null }, pairedItem: { item: 0 } }]);
	});

	it('pages through a channel across executions, in reverse order and simplified: each run exactly the next records', async () => {
		ctx.bird.seedMessages(SMS, 7);
		ctx.bird.seedMessages(BIRD_CHANNELS.email.id, 2);
		const channelMessages = [...ctx.bird.messages.values()].filter((message) => message.channelId === SMS).reverse();
		const parameters = {
			resource: 'message',
			operation: 'getAll',
			scope: 'channel',
			channel: channelById(SMS),
			returnAll: false,
			limit: 3,
			options: { reverse: true, includePagingInfo: true, pageToken: '={{ $json.nextPageToken }}' },
		};
		// The first run's input has no token: it starts at the first page.
		const runs: IDataObject[] = [];
		let input: IDataObject = {};
		for (let n = 0; n < 3; n++) {
			const result = await ctx.run(parameters, [{ json: input }]);
			expect(result.error).toBeUndefined();
			const items = outputOf(result);
			expect(items).toHaveLength(1);
			runs.push(items[0].json);
			input = items[0].json;
		}
		expect(runs.map((run) => (run.results as IDataObject[]).length)).toEqual([3, 3, 1]);
		expect(runs.flatMap((run) => run.results as IDataObject[])).toEqual(channelMessages.map((message) => simplifyMessage(message as IDataObject)));
		expect(runs.map((run) => typeof run.nextPageToken)).toEqual(['string', 'string', 'object']);
		expect(runs[2].nextPageToken).toBeNull();
		// Each run's first request carried the previous run's token, and asked for no more than the Limit.
		const calls = ctx.calls();
		expect(calls.map((call) => [call.query.limit, call.query.reverse, call.query.pageToken])).toEqual([
			['3', 'true', undefined],
			['3', 'true', runs[0].nextPageToken],
			['3', 'true', runs[1].nextPageToken],
		]);
	});

	it('pages through the contacts across executions with Return All off: no gap, no overlap', async () => {
		const seeded = seedContacts(10);
		const first = await ctx.run({ ...CONTACTS, returnAll: false, limit: 4, options: { includePagingInfo: true, pageSize: 3 } });
		const token = outputOf(first)[0].json.nextPageToken as string;
		const second = await ctx.run({ ...CONTACTS, returnAll: true, options: { includePagingInfo: true, pageSize: 3, pageToken: token } });
		expect(queries().map((query) => query.limit)).toEqual(['3', '1', '3', '3']);
		expect(queries()[2].pageToken).toBe(token);
		expect(outputOf(first)[0].json.results).toEqual(seeded.slice(0, 4));
		expect(outputOf(second)[0].json).toEqual({ results: seeded.slice(4), nextPageToken: null });
	});

	it('a token Bird never gave reaches Bird, which refuses it (the node checks only its form)', async () => {
		seedContacts(2);
		const result = await ctx.run({ ...CONTACTS, returnAll: true, options: { pageToken: 'x'.repeat(8000) } }, [{ json: {} }], { continueOnFail: true });
		expect(ctx.calls()).toHaveLength(1);
		expect(ctx.calls()[0].query.pageToken).toHaveLength(8000);
		expect(outputOf(result)[0].json.error).toBe('Bird Get Many Contacts failed: pageToken is not valid (InvalidParameter) [item 0]');
	});

	describe('refused before any request, naming the field and the item', () => {
		const CONTROL = 'Start Page Token: has a control character or half of an emoji, which no page token has [item 0]';
		it.each([
			['Page Size 0', { pageSize: 0 }, 'Page Size: 0 is not a whole number from 1 to 100 [item 0]'],
			['Page Size 101', { pageSize: 101 }, 'Page Size: 101 is not a whole number from 1 to 100 [item 0]'],
			['Page Size 2.5', { pageSize: 2.5 }, 'Page Size: 2.5 is not a whole number from 1 to 100 [item 0]'],
			['Page Size "x"', { pageSize: '={{ "x" }}' }, 'Page Size: "x" is not a whole number from 1 to 100 [item 0]'],
			['a token of 8001 characters', { pageToken: 'x'.repeat(8001) }, 'Start Page Token: is 8001 characters long, more than the 8000 a page token may have [item 0]'],
			['a token with NUL', { pageToken: 'abc\u0000def' }, CONTROL],
			['a token with a line break', { pageToken: 'abc\ndef' }, CONTROL],
			['a token with DEL', { pageToken: 'abc\u007f' }, CONTROL],
			['a token with a C1 control', { pageToken: 'abc\u0085' }, CONTROL],
			// The shared parameter checks refuse half of an emoji and an object for a text field before the node reads it.
			['a token with half of an emoji', { pageToken: 'abc\uD83D' }, 'Options › Start Page Token: contains a lone surrogate (half of an emoji or other character), which is not text [item 0]'],
			['an object as token', { pageToken: '={{ { token: "a" } }}' }, 'Options › Start Page Token: an expression gave an object, not text [item 0]'],
		])('contacts, %s', async (_label, options, message) => {
			seedContacts(2);
			const result = await ctx.run({ ...CONTACTS, returnAll: true, options }, [{ json: {} }], { continueOnFail: true });
			expect(outputOf(result)).toEqual([{ json: expect.objectContaining({ error: message }), pairedItem: { item: 0 } }]);
			expect(ctx.calls()).toEqual([]);
		});

		it('messages, the second item of two', async () => {
			const result = await ctx.run(
				{ resource: 'message', operation: 'getAll', scope: 'workspace', returnAll: true, options: { pageSize: '={{ $json.size }}' } },
				[{ json: { size: 5 } }, { json: { size: 500 } }],
				{ continueOnFail: true },
			);
			expect(outputOf(result)).toEqual([{ json: expect.objectContaining({ error: 'Page Size: 500 is not a whole number from 1 to 100 [item 1]' }), pairedItem: { item: 1 } }]);
			expect(queries()).toEqual([{ limit: '5' }]);
		});
	});
});
