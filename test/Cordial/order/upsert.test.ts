import { cordialSandbox } from '../helpers';
import { addSwaggerContact, SWAGGER_CID, SWAGGER_CREATE, SWAGGER_ITEM } from './fixtures';

describe('Cordial Order > Create or Update', () => {
	const { run, wire, provider } = cordialSandbox();

	it('creates an unknown order (getorder 404, then addorders) and updates a known one (PUT, OrderUPD without orderID)', async () => {
		addSwaggerContact(provider);
		const upsert = { ...SWAGGER_CREATE, operation: 'upsert', contactBy: 'email', contactValue: 'mark@example.com', additionalFields: { status: 'placed' } };
		const created = await run(upsert);
		const updated = await run({ ...upsert, additionalFields: { status: 'shipped' } });
		expect([created.items, updated.items]).toEqual([
			[{ json: { orderID: '33451', created: true, success: true }, pairedItem: { item: 0 } }],
			[{ json: { orderID: '33451', created: false, success: true }, pairedItem: { item: 0 } }],
		]);
		const body = { purchaseDate: '2025-01-09T22:47:12.000Z', items: [SWAGGER_ITEM], status: 'shipped' };
		expect(wire()).toEqual([
			['GET', '/v2/orders/33451', [['fields', 'orderID']], undefined],
			['POST', '/v2/orders', [], { orderID: '33451', email: 'mark@example.com', ...body, status: 'placed' }],
			['GET', '/v2/orders/33451', [['fields', 'orderID']], undefined],
			// OrderUPD has no email: the contact stays as it is.
			['PUT', '/v2/orders/33451', [], body],
		]);
		expect(provider.state('orders', () => new Map()).get('33451')).toMatchObject({ cID: SWAGGER_CID, status: 'shipped' });
	});

	it('refuses a bad purchase date before any request', async () => {
		const result = await run({ ...SWAGGER_CREATE, operation: 'upsert', purchaseDate: '2025-02-30T10:00:00' });
		expect(result.error?.message).toBe('Purchase Date: "2025-02-30T10:00:00" is not an ISO 8601 date and time [item 0]');
		expect(wire()).toEqual([]);
	});
});
