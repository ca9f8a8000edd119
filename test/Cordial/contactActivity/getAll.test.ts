import { cordialSandbox } from '../helpers';

describe('Cordial Contact Activity > Get Many', () => {
	const { run, wire, provider } = cordialSandbox();

	function seed(): void {
		provider.addActivity({ action: 'browse', email: 'a@example.com', time: '2026-06-01T09:00:00Z', _id: 'e1', properties: { sku: 'A1' } });
		provider.addActivity({ action: 'browse', email: 'a@example.com', time: '2026-06-01T11:00:00Z', _id: 'e2' });
		provider.addActivity({ action: 'open', email: 'a@example.com', time: '2026-06-01T10:00:00Z', _id: 'e3', mcID: '645:1:1' });
		provider.addActivity({ action: 'browse', email: 'b@example.com', time: '2026-06-01T10:00:00Z', _id: 'e4' });
	}

	it('Get Many filters by action, email and a time range (Swagger getActivityList: time[lt], time[gte], action, email)', async () => {
		seed();
		const result = await run({
			resource: 'contactActivity',
			operation: 'getAll',
			returnAll: true,
			filters: { action: 'browse', email: 'a@example.com', timeFrom: '2026-06-01T08:30:00Z', timeBefore: '2026-06-01T07:00:00-04:00' },
		});
		expect(result.items).toEqual([
			{ json: { _id: 'e1', cID: 'c-a@example.com', email: 'a@example.com', action: 'browse', time: '2026-06-01T09:00:00+0000', properties: { sku: 'A1' } }, pairedItem: { item: 0 } },
		]);
		expect(wire()).toEqual([
			[
				'GET',
				'/v2/contactactivities',
				[['time[lt]', '2026-06-01T11:00:00Z'], ['time[gte]', '2026-06-01T08:30:00Z'], ['action', 'browse'], ['email', 'a@example.com'], ['per_page', '100'], ['page', '1']],
				undefined,
			],
		]);
	});

	it('Get Many pages with per_page and page up to the limit, and by mcID', async () => {
		seed();
		const result = await run({ resource: 'contactActivity', operation: 'getAll', returnAll: false, limit: 3, options: { perPage: 2 } });
		expect(result.items.map((item) => item.json._id)).toEqual(['e1', 'e2', 'e3']);
		expect(wire().map(([, , query]) => query)).toEqual([
			[['per_page', '2'], ['page', '1']],
			[['per_page', '2'], ['page', '2']],
		]);
		const byMessage = await run({ resource: 'contactActivity', operation: 'getAll', returnAll: true, filters: { mcID: '645:1:1' } });
		expect(byMessage.items.map((item) => item.json._id)).toEqual(['e3']);
	});

	it('Get Many refuses a bad range or e-mail before any request', async () => {
		const range = await run({ resource: 'contactActivity', operation: 'getAll', returnAll: true, filters: { timeFrom: '2026-06-02T00:00:00Z', timeBefore: '2026-06-01T00:00:00Z' } });
		expect(range.error?.message).toBe('Occurred Before: is not after "Occurred From" [item 0]');
		const email = await run({ resource: 'contactActivity', operation: 'getAll', returnAll: true, filters: { email: 'nobody' } });
		expect(email.error?.message).toBe('Email: "nobody" is not an e-mail address [item 0]');
		expect(wire()).toEqual([]);
	});
});
