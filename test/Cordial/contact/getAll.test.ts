import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Get Many', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Get Many pages through contacts with filters and sorting', async () => {
		for (let n = 1; n <= 5; n++) provider.addContact(`c${n}@example.com`, n === 3 ? 'none' : 'subscribed');
		const result = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { audienceKey: '30_day_engaged' },
			options: { perPage: 2, sortBy: 'createdAt', sortDir: 'desc' },
		});
		expect(result.items.map((item) => (item.json.channels as { email: { address: string } }).email.address)).toEqual([
			'c1@example.com',
			'c2@example.com',
			'c4@example.com',
			'c5@example.com',
		]);
		expect(wire().map(([, path, query]) => [path, query])).toEqual([
			['/v2/contacts', [['audience-key', '30_day_engaged'], ['page', '1'], ['per_page', '2'], ['sort_by', 'createdAt'], ['sort_dir', 'desc']]],
			['/v2/contacts', [['audience-key', '30_day_engaged'], ['page', '2'], ['per_page', '2'], ['sort_by', 'createdAt'], ['sort_dir', 'desc']]],
			['/v2/contacts', [['audience-key', '30_day_engaged'], ['page', '3'], ['per_page', '2'], ['sort_by', 'createdAt'], ['sort_dir', 'desc']]],
		]);
		const byEmail = await run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1, filters: { email: 'c2@example.com' } });
		expect(byEmail.items).toHaveLength(1);
		expect(wire()[3][2]).toEqual([['email', 'c2@example.com'], ['page', '1'], ['per_page', '1']]);
	});

	it('Get Many simplifies each contact unless Simplify is off', async () => {
		const cID = provider.addContact('c1@example.com', 'subscribed');
		provider.contacts.get(cID)!.listJoinDate = {};
		const simplified = await run({ resource: 'contact', operation: 'getAll', returnAll: true });
		const raw = await run({ resource: 'contact', operation: 'getAll', returnAll: true, simplify: false });
		const common = { cID, channels: { email: { address: 'c1@example.com', subscribeStatus: 'subscribed' } }, lists: [], createdAt: '2026-06-01T12:00:00.000Z', lastModified: '2026-06-01T12:00:00.000Z' };
		expect(simplified.items).toEqual([{ json: common, pairedItem: { item: 0 } }]);
		expect(raw.items).toEqual([{ json: { ...common, listJoinDate: {} }, pairedItem: { item: 0 } }]);
	});
});
