import { Cordial } from '../../../nodes/Cordial/Cordial.node';
import { loadOptionsContext } from '../../harness/loadOptions';
import { cordialSandbox } from '../helpers';
import { addSwaggerContact, SWAGGER_ADDRESS, SWAGGER_CID, SWAGGER_CREATE, SWAGGER_ITEM } from './fixtures';

describe('Cordial Order > Get', () => {
	const { run, wire, provider } = cordialSandbox();

	it('gets the order by ID (getorder, the Swagger\'s /orders/112233 form), raw or simplified', async () => {
		addSwaggerContact(provider);
		await run({ ...SWAGGER_CREATE, orderId: '112233' });
		const raw = await run({ resource: 'order', operation: 'get', orderId: '112233', simplify: false });
		expect(raw.items).toEqual([
			{
				json: {
					orderID: '112233',
					cID: SWAGGER_CID,
					purchaseDate: '2025-01-09T22:47:12.000Z',
					items: [SWAGGER_ITEM],
					tax: 22.5,
					shippingAndHandling: 0,
					billingAddress: SWAGGER_ADDRESS,
					shippingAddress: SWAGGER_ADDRESS,
					properties: { currency: 'USD' },
					totalAmount: 45.9,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(wire()[1]).toEqual(['GET', '/v2/orders/112233', [], undefined]);
	});

	it('encodes the order ID, surfaces RECORD_NOT_FOUND, and refuses "." before any request', async () => {
		const missing = await run({ resource: 'order', operation: 'get', orderId: 'A/1 2' }, { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Get Order failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
		expect(wire().map(([method, path]) => [method, path])).toEqual([['GET', '/v2/orders/A%2F1%202']]);
		const dots = await run({ resource: 'order', operation: 'get', orderId: '..' });
		expect(dots.error?.message).toMatch(/^Order: "\.\." cannot be used in a URL path/);
		expect(wire()).toHaveLength(1);
	});
});

describe('Cordial Order picker', () => {
	const { run, sandbox, provider } = cordialSandbox();

	it('lists the account\'s orders as "orderID (contact)" filtered by the search text, and a locator value works in Get', async () => {
		addSwaggerContact(provider);
		await run({ ...SWAGGER_CREATE, orderId: '112233' });
		await run({ ...SWAGGER_CREATE, orderId: '445566' });
		const node = new Cordial();
		const context = loadOptionsContext({ node: 'cordial', credentialType: 'cordialApi', credentials: sandbox.credentials()[0].data });
		const all = await node.methods.listSearch.searchOrders.call(context);
		expect(all.results.map((entry) => entry.value).sort()).toEqual(['112233', '445566']);
		const found = await node.methods.listSearch.searchOrders.call(context, '4455');
		expect(found.results).toEqual([{ name: `445566 (${SWAGGER_CID})`, value: '445566' }]);
		const picked = await run({ resource: 'order', operation: 'get', orderId: { __rl: true, mode: 'list', value: '445566' }, simplify: false });
		expect(picked.items.map((item) => item.json.orderID)).toEqual(['445566']);
	});
});
