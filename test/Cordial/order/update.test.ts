import { cordialSandbox } from '../helpers';
import { addSwaggerContact, SWAGGER_CREATE } from './fixtures';

describe('Cordial Order > Update', () => {
	const { run, wire, provider } = cordialSandbox();

	it('puts the OrderUPD fields set (PUT /orders/{id}), and new line items', async () => {
		addSwaggerContact(provider);
		const other = provider.addContact('ann@example.com');
		await run(SWAGGER_CREATE);
		const newItem = { productID: 'AC30', sku: 'AC30-BLK', name: 'Acme-30 Stapler', category: 'Office', qty: 1, itemPrice: 35.99, url: 'https://example.com/ac30' };
		const result = await run({
			resource: 'order',
			operation: 'update',
			orderId: '33451',
			lineItemsInput: 'fields',
			lineItems: { item: [newItem] },
			updateFields: { cID: other, status: 'shipped', purchaseDate: '2025-01-10T08:00:00Z', shippingAndHandling: 4.95 },
		});
		expect(result.items).toEqual([{ json: { orderID: '33451', success: true }, pairedItem: { item: 0 } }]);
		expect(wire()[1]).toEqual([
			'PUT',
			'/v2/orders/33451',
			[],
			{ cID: other, purchaseDate: '2025-01-10T08:00:00.000Z', items: [newItem], status: 'shipped', shippingAndHandling: 4.95 },
		]);
		expect(provider.state('orders', () => new Map()).get('33451')).toMatchObject({ cID: other, totalAmount: 35.99, tax: 22.5 });
	});

	it('keeps the line items by default; an unknown order is RECORD_NOT_FOUND; nothing to change is refused', async () => {
		const missing = await run({ resource: 'order', operation: 'update', orderId: 'nope', updateFields: { status: 'shipped' } }, { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Update Order failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
		expect(wire()[0]).toEqual(['PUT', '/v2/orders/nope', [], { status: 'shipped' }]);
		const empty = await run({ resource: 'order', operation: 'update', orderId: 'nope', updateFields: {} });
		expect(empty.error?.message).toBe('Update Fields: nothing to change [item 0]');
		expect(wire()).toHaveLength(1);
	});
});
