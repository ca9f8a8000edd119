import type { IDataObject } from 'n8n-workflow';

import { cordialSandbox } from './helpers';

/**
 * Get Many with Include Paging Info: one item `{ results, nextPage }`, nextPage being the page after the last one
 * read when that one was full, else null.
 *
 * How Cordial pages (Cordial API v2 Swagger, shared/reference/cordial-v2-swagger.json, GET /v2/contacts and
 * GET /v2/batchmessages: `page` "Specific page number to be returned" and `per_page` "Number of records per page";
 * no paging headers, so a page shorter than `per_page` is the last): the MeUndies/cordial Ruby gem's recorded
 * request spec/vcr_cassettes/Cordial_Orders/_index/when_options_are_provided/supports_paging.yml asks for the second
 * page of four as `GET https://api.cordial.io/v1/orders?page=2&per_page=4`, `page` before `per_page`.
 */
describe('Cordial: Get Many paging', () => {
	const { run, wire, provider } = cordialSandbox();

	function seedBatches(count: number): IDataObject[] {
		provider.batchMessages.clear();
		for (let n = 1; n <= count; n++) {
			const id = `252:${String(n).padStart(24, '0')}:ot`;
			provider.batchMessages.set(id, { id, status: 'sent', ct: new Date(Date.UTC(2026, 4, 1, 0, 0, n)).toISOString(), channel: 'email', classification: 'promotional', name: `m${n}` });
		}
		return [...provider.batchMessages.values()] as IDataObject[];
	}
	const queries = () => wire().map(([, , query]) => query);
	const BATCHES = { resource: 'batchMessage', operation: 'getAll' };

	it('First Page 2 and Per Page 4 ask for ?page=2&per_page=4, as the MeUndies cassette does; nextPage is 3', async () => {
		const cIDs = Array.from({ length: 10 }, (_, n) => provider.addContact(`c${n + 1}@example.com`));
		const result = await run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 4, options: { page: 2, perPage: 4, includePagingInfo: true } });
		expect(wire().map(([method, path, query]) => [method, path, query])).toEqual([['GET', '/v2/contacts', [['page', '2'], ['per_page', '4']]]]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[0].json.nextPage).toBe(3);
		expect((result.items[0].json.results as IDataObject[]).map((contact) => contact.cID)).toEqual(cIDs.slice(4, 8));
	});

	it('with Return All, every page is read to the short one: nextPage null', async () => {
		const seeded = seedBatches(5);
		const result = await run({ ...BATCHES, returnAll: true, options: { perPage: 2, includePagingInfo: true } });
		expect(queries()).toEqual([1, 2, 3].map((page) => [['page', String(page)], ['per_page', '2']]));
		expect(result.items.map((item) => [item.json, item.pairedItem])).toEqual([[{ results: seeded, nextPage: null }, { item: 0 }]]);
	});

	it('on an empty list: one item, no results, nextPage null', async () => {
		seedBatches(0);
		const result = await run({ ...BATCHES, returnAll: false, limit: 10, options: { includePagingInfo: true } });
		expect(queries()).toEqual([[['page', '1'], ['per_page', '10']]]);
		expect(result.items.map((item) => item.json)).toEqual([{ results: [], nextPage: null }]);
	});

	it('a list that ends on a full page: nextPage points past it, and that page is empty with nextPage null', async () => {
		const seeded = seedBatches(4);
		const first = await run({ ...BATCHES, returnAll: false, limit: 4, options: { perPage: 2, includePagingInfo: true } });
		expect(first.items[0].json).toEqual({ results: seeded, nextPage: 3 });
		const second = await run({ ...BATCHES, returnAll: false, limit: 4, options: { page: 3, perPage: 2, includePagingInfo: true } });
		expect(second.items[0].json).toEqual({ results: [], nextPage: null });
		expect(queries()).toEqual([
			[['page', '1'], ['per_page', '2']],
			[['page', '2'], ['per_page', '2']],
			[['page', '3'], ['per_page', '2']],
		]);
	});

	it('pages through across executions, First Page mapped from the last nextPage: each run exactly the next records', async () => {
		const seeded = seedBatches(7);
		const parameters = { ...BATCHES, returnAll: false, limit: 3, options: { page: '={{ $json.nextPage ?? 1 }}', includePagingInfo: true } };
		const runs: IDataObject[] = [];
		let input: IDataObject = {};
		for (let n = 0; n < 3; n++) {
			const result = await run(parameters, { items: [input] });
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(1);
			runs.push(result.items[0].json);
			input = result.items[0].json;
		}
		// Without Per Page, a page holds Limit records.
		expect(queries()).toEqual([1, 2, 3].map((page) => [['page', String(page)], ['per_page', '3']]));
		expect(runs.map((entry) => entry.nextPage)).toEqual([2, 3, null]);
		expect(runs.flatMap((entry) => entry.results as IDataObject[])).toEqual(seeded);
	});

	it('a Limit of several pages reads whole pages: Limit 6 with Per Page 2 is pages 1 to 3, nextPage 4', async () => {
		const seeded = seedBatches(9);
		const result = await run({ ...BATCHES, returnAll: false, limit: 6, options: { perPage: 2, includePagingInfo: true } });
		expect(queries()).toEqual([1, 2, 3].map((page) => [['page', String(page)], ['per_page', '2']]));
		expect(result.items[0].json).toEqual({ results: seeded.slice(0, 6), nextPage: 4 });
	});

	it('without Per Page, a Limit above 1000 that is a multiple of 1000 reads pages of 1000', async () => {
		const seeded = seedBatches(1001);
		const result = await run({ ...BATCHES, returnAll: false, limit: 2000, options: { includePagingInfo: true } });
		expect(queries()).toEqual([1, 2].map((page) => [['page', String(page)], ['per_page', '1000']]));
		expect(result.items[0].json).toEqual({ results: seeded, nextPage: null });
	});

	it('without Include Paging Info, a Limit inside a page is allowed as before', async () => {
		seedBatches(5);
		const result = await run({ ...BATCHES, returnAll: false, limit: 3, options: { perPage: 2 } });
		expect(result.items.map((item) => item.json.name)).toEqual(['m1', 'm2', 'm3']);
	});

	it.each([
		[
			'Limit 30 with Per Page 100',
			{ limit: 30, options: { perPage: 100, includePagingInfo: true } },
			'Limit: 30 is not a multiple of Per Page (100), so the next page would skip records [item 0]',
			'Set Limit to a multiple of Per Page, or remove Per Page.',
		],
		[
			'Limit 5 with Per Page 2',
			{ limit: 5, options: { perPage: 2, includePagingInfo: true } },
			'Limit: 5 is not a multiple of Per Page (2), so the next page would skip records [item 0]',
			'Set Limit to a multiple of Per Page, or remove Per Page.',
		],
		[
			'Limit 1500 without Per Page',
			{ limit: 1500, options: { includePagingInfo: true } },
			'Limit: 1500 is more than 1000 (the most one page holds) and not a multiple of it, so the next page would skip records [item 0]',
			'Set Limit to at most 1000 or to a multiple of 1000, or add Per Page with a number Limit is a multiple of.',
		],
	])('refuses %s with Include Paging Info before any request', async (_label, change, message, description) => {
		seedBatches(3);
		const result = await run({ ...BATCHES, returnAll: false, ...change }, { continueOnFail: true });
		expect(result.items).toEqual([{ json: expect.objectContaining({ error: message, description }), pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([]);
	});

	it('refuses on contacts too, naming the item that has the mismatch', async () => {
		provider.addContact('c1@example.com');
		const result = await run(
			{ resource: 'contact', operation: 'getAll', returnAll: false, limit: '={{ $json.limit }}', options: { perPage: 4, includePagingInfo: true } },
			{ items: [{ limit: 8 }, { limit: 6 }], continueOnFail: true },
		);
		expect(result.items.map((item) => [item.json.error ?? item.json.nextPage, item.pairedItem])).toEqual([
			[null, { item: 0 }],
			['Limit: 6 is not a multiple of Per Page (4), so the next page would skip records [item 1]', { item: 1 }],
		]);
		expect(queries()).toEqual([[['page', '1'], ['per_page', '4']]]);
	});
});
