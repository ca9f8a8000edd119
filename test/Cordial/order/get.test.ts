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
		expect(dots.error?.message).toMatch(/^Order ID: "\.\." cannot be used in a URL path/);
		expect(wire()).toHaveLength(1);
	});
});
