import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Get Many', () => {
	const { run, wire, provider } = cordialSandbox();

	function seed(count: number) {
		provider.batchMessages.clear();
		for (let n = 1; n <= count; n++) {
			const id = `252:${String(n).padStart(24, '0')}:ot`;
			provider.batchMessages.set(id, {
				id,
				status: n % 2 ? 'sent' : 'draft',
				ct: `2026-05-0${n}T00:00:00.000Z`,
				sendTime: `2026-05-0${n}T10:00:00.000Z`,
				channel: 'email',
				classification: 'promotional',
				name: `m${n}`,
				tags: n <= 3 ? ['welcome'] : ['promo'],
			});
		}
	}

	it('pages with page/per_page until a short page (Return All)', async () => {
		seed(5);
		const result = await run({ resource: 'batchMessage', operation: 'getAll', returnAll: true, options: { perPage: 2 } });
		expect(result.items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['m1', { item: 0 }],
			['m2', { item: 0 }],
			['m3', { item: 0 }],
			['m4', { item: 0 }],
			['m5', { item: 0 }],
		]);
		expect(wire().map(([method, path, query]) => [method, path, query])).toEqual([
			['GET', '/v2/batchmessages', [['page', '1'], ['per_page', '2']]],
			['GET', '/v2/batchmessages', [['page', '2'], ['per_page', '2']]],
			['GET', '/v2/batchmessages', [['page', '3'], ['per_page', '2']]],
		]);
	});

	it('stops at the limit, starting from the given page', async () => {
		seed(8);
		const result = await run({
			resource: 'batchMessage',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			options: { page: 2, perPage: 2 },
		});
		expect(result.items.map((item) => item.json.name)).toEqual(['m3', 'm4', 'm5']);
		expect(wire().map(([, , query]) => query)).toEqual([
			[['page', '2'], ['per_page', '2']],
			[['page', '3'], ['per_page', '2']],
		]);
	});

	it('sends every filter in the form and order of Cordial\'s Batch Messages API page', async () => {
		seed(5);
		const result = await run({
			resource: 'batchMessage',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: {
				sendTime_gte: '2026-05-01T00:00:00.000Z',
				sendTime_lt: '2026-05-05T00:00:00.000Z',
				status: 'sent',
				tags: 'welcome',
				ct_gt: '2026-05-01T00:00:00.000Z',
			},
			options: { perPage: 50, sortBy: 'ct', sortDir: 'desc' },
		});
		expect(result.items.map((item) => item.json.name)).toEqual(['m3']);
		expect(wire()[0][2]).toEqual([
			['sendTime[gte]', '2026-05-01T00:00:00.000Z'],
			['sendTime[lt]', '2026-05-05T00:00:00.000Z'],
			['status', 'sent'],
			['tags', 'welcome'],
			['ct[gt]', '2026-05-01T00:00:00.000Z'],
			['page', '1'],
			['per_page', '50'],
			['sort_by', 'ct'],
			['sort_dir', 'desc'],
		]);
	});

	it('filters automation send records by template and triggers', async () => {
		seed(1);
		provider.batchMessages.set('252:daily0000000000000000001:ot', {
			id: '252:daily0000000000000000001:ot',
			status: 'sent',
			ct: '2026-05-10T00:00:00.000Z',
			mdtID: '591f1a26ac0c811781bf44ea',
			triggers: { api: { enabled: true }, event: { enabled: false } },
		});
		const result = await run({
			resource: 'batchMessage',
			operation: 'getAll',
			returnAll: true,
			filters: { mdtID: '591f1a26ac0c811781bf44ea', trigger_api: 'true', trigger_event: 'false' },
		});
		expect(result.items.map((item) => item.json.id)).toEqual(['252:daily0000000000000000001:ot']);
		expect(wire()[0][2]).toEqual([
			['triggers[api][enabled]', 'true'],
			['triggers[event][enabled]', 'false'],
			['mdtID', '591f1a26ac0c811781bf44ea'],
			['page', '1'],
			['per_page', '100'],
		]);
	});

	it.each([
		[{ filters: { ct_lte: 'yesterday' } }, 'Created On or Before: "yesterday" is not an ISO 8601 date and time [item 0]'],
		[{ options: { sortDir: 'asc' } }, 'Sort Direction: is set without "Sort By" [item 0]'],
		[{ options: { perPage: 5000 } }, 'Per Page: 5000 is not allowed [item 0]'],
	])('rejects %j before any request', async (change, message) => {
		const result = await run({ resource: 'batchMessage', operation: 'getAll', returnAll: true, ...change });
		expect(result.error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});
});
