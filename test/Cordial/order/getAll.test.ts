import { cordialSandbox } from '../helpers';
import { addSwaggerContact, SWAGGER_CREATE, SWAGGER_ITEM } from './fixtures';

describe('Cordial Order > Get Many', () => {
	const { run, wire, provider } = cordialSandbox();

	async function seed() {
		addSwaggerContact(provider);
		provider.addContact('ann@example.com');
		for (const [orderId, day, contact] of [['o1', '01', 'mark@example.com'], ['o2', '05', 'ann@example.com'], ['o3', '09', 'mark@example.com']]) {
			await run({ ...SWAGGER_CREATE, orderId, contactBy: 'email', contactValue: contact, purchaseDate: `2026-05-${day}T10:00:00Z`, additionalFields: {} });
		}
		provider.queries.length = 0;
	}

	it('filters by e-mail and purchaseDate range as getorders declares them, and pages', async () => {
		await seed();
		const before = wire().length;
		const result = await run({
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: { email: 'mark@example.com', purchaseDate_gte: '2026-05-01T10:00:00+00:00', purchaseDate_lt: '2026-05-09T10:00:00Z' },
			simplify: true,
			options: { perPage: 1 },
		});
		expect(result.items.map((item) => [item.json.orderID, item.pairedItem])).toEqual([['o1', { item: 0 }]]);
		expect(Object.keys(result.items[0].json)).toEqual(['orderID', 'cID', 'purchaseDate', 'totalAmount', 'items']);
		// The query keys of the Swagger's getorders (purchaseDate[lt], purchaseDate[gte], page, per_page).
		expect(wire().slice(before).map(([method, path, query]) => [method, path, query])).toEqual([
			['GET', '/v2/orders', [['email', 'mark@example.com'], ['purchaseDate[lt]', '2026-05-09T10:00:00.000Z'], ['purchaseDate[gte]', '2026-05-01T10:00:00.000Z'], ['page', '1'], ['per_page', '1']]],
			['GET', '/v2/orders', [['email', 'mark@example.com'], ['purchaseDate[lt]', '2026-05-09T10:00:00.000Z'], ['purchaseDate[gte]', '2026-05-01T10:00:00.000Z'], ['page', '2'], ['per_page', '1']]],
		]);
	});

	it('sorts and limits, raw records without Simplify', async () => {
		await seed();
		const result = await run({ resource: 'order', operation: 'getAll', returnAll: false, limit: 2, simplify: false, options: { sortBy: 'purchaseDate', sortDir: 'desc' } });
		expect(result.items.map((item) => item.json.orderID)).toEqual(['o3', 'o2']);
		expect(result.items[0].json.items).toEqual([SWAGGER_ITEM]);
		expect(wire().at(-1)?.[2]).toEqual([['page', '1'], ['per_page', '2'], ['sort_by', 'purchaseDate'], ['sort_dir', 'desc']]);
	});

	it('refuses a bad filter before any request', async () => {
		for (const [filters, message] of [
			[{ email: 'mark' }, 'Email: "mark" is not an e-mail address [item 0]'],
			[{ cID: 'a b' }, 'Contact ID (cID): "a b" is not a Cordial contact ID [item 0]'],
			[{ purchaseDate_gt: 'soon' }, 'Purchased After: "soon" is not an ISO 8601 date and time [item 0]'],
		] as const) {
			const result = await run({ resource: 'order', operation: 'getAll', returnAll: true, filters });
			expect(result.error?.message).toBe(message);
		}
		expect(wire()).toEqual([]);
	});
});
