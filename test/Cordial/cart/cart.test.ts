import type { IDataObject } from 'n8n-workflow';

import { cordialSandbox, rl } from '../helpers';

/** A line item with the Swagger's CartitemsC required fields (productID, sku, category, name). */
const ITEM = { productID: '1234abcd', sku: 'RF-WP33286-21', name: 'S22-Refrigerator', category: 'Appliances', qty: 2, itemPrice: 22.95 };
const byEmail = { identifyBy: 'primaryKey', contactKey: 'jane@example.com' };

describe('Cordial Cart', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Set posts the CartC body (savecartcontact) and Get reads it from the contact record', async () => {
		const cID = provider.addContact('jane@example.com');
		const set = await run({
			resource: 'cart',
			operation: 'set',
			...byEmail,
			lineItemsInput: 'fields',
			lineItems: { item: [ITEM] },
			additionalFields: { cartID: 'c-1', url: 'https://example.com/cart', expiration: '2026-06-08T00:00:00Z' },
		});
		expect(set.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		const got = await run({ resource: 'cart', operation: 'get', identifyBy: 'cID', contactKey: cID });
		expect(got.items).toEqual([
			{
				json: { cID, cartID: 'c-1', url: 'https://example.com/cart', expiration: '2026-06-08T00:00:00.000Z', cartitems: [ITEM], totalAmount: 45.9, lm: '2026-06-01T12:00:00.000Z' },
				pairedItem: { item: 0 },
			},
		]);
		expect(wire()).toEqual([
			['POST', '/v2/contacts/jane%40example.com/cart', [], { cartID: 'c-1', url: 'https://example.com/cart', expiration: '2026-06-08T00:00:00.000Z', cartitems: [ITEM] }],
			['GET', `/v2/contacts/${cID}`, [], undefined],
		]);
	});

	it('Add Item posts a CartitemsC (addproducttocartcontact); Remove Item takes a quantity out by product and SKU', async () => {
		const cID = provider.addContact('jane@example.com');
		const added = await run({ resource: 'cart', operation: 'addItem', ...byEmail, ...ITEM, additionalFields: { attr: '{"color": "red"}' } });
		expect(added.items).toEqual([{ json: { ...ITEM, attr: { color: 'red' } }, pairedItem: { item: 0 } }]);
		const removed = await run({ resource: 'cart', operation: 'removeItem', ...byEmail, productId: rl('1234abcd', 'list'), qty: 1, sku: 'RF-WP33286-21' });
		expect(removed.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		await run({ resource: 'cart', operation: 'removeItem', identifyBy: 'secondaryKey', secondaryKey: 'email', contactKey: 'jane@example.com', productId: rl('1234abcd'), qty: 1 });
		expect(wire().map(([method, path, , body]) => [method, path, body])).toEqual([
			['POST', '/v2/contacts/jane%40example.com/cartitems', { ...ITEM, attr: { color: 'red' } }],
			// The Swagger's removeproducttocartqtycontact path, then the Contacts API page's form without a SKU.
			['DELETE', '/v2/contacts/jane%40example.com/cartitems/1234abcd/1/RF-WP33286-21', undefined],
			['DELETE', '/v2/contacts/email:jane%40example.com/cartitems/1234abcd/1', undefined],
		]);
		expect((await run({ resource: 'cart', operation: 'get', identifyBy: 'cID', contactKey: cID })).items[0].json.cartitems).toEqual([]);
	});

	it('Clear deletes the cart (clearcartcontact); unknown contacts surface Cordial\'s errors', async () => {
		provider.addContact('jane@example.com');
		await run({ resource: 'cart', operation: 'addItem', ...byEmail, ...ITEM });
		const cleared = await run({ resource: 'cart', operation: 'clear', ...byEmail });
		expect(cleared.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(wire()[1]).toEqual(['DELETE', '/v2/contacts/jane%40example.com/cart', [], undefined]);
		expect((await run({ resource: 'cart', operation: 'get', ...byEmail })).items[0].json).toEqual({ cID: provider.contacts.keys().next().value, cartitems: [] });
		const ghost = { identifyBy: 'primaryKey', contactKey: 'ghost@example.com' };
		const add = await run({ resource: 'cart', operation: 'addItem', ...ghost, ...ITEM }, { continueOnFail: true });
		expect(add.items[0].json.error).toBe('Cordial Add Cart Item failed: contact: Contact doesn\'t exist (GENERIC_ERROR_KEY) [item 0]');
		const clear = await run({ resource: 'cart', operation: 'clear', ...ghost }, { continueOnFail: true });
		expect(clear.items[0].json).toMatchObject({ error: 'Cordial Clear Cart failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
	});

	it('refuses bad input before any request', async () => {
		const cases: Array<[IDataObject, string]> = [
			[{ resource: 'cart', operation: 'set', ...byEmail, lineItemsInput: 'fields', lineItems: {} }, 'Line Items: no line item [item 0]'],
			[{ resource: 'cart', operation: 'set', ...byEmail, lineItemsInput: 'json', lineItemsJson: JSON.stringify([{ ...ITEM, salePrice: 1 }]) }, 'Line Items (JSON): line item 1: "salePrice" is not a field of a line item [item 0]'],
			[{ resource: 'cart', operation: 'addItem', ...byEmail, ...ITEM, category: '={{ "" }}' }, 'Category: is empty [item 0]'],
			[{ resource: 'cart', operation: 'addItem', ...byEmail, ...ITEM, qty: 0 }, 'Quantity: 0 is not allowed [item 0]'],
			[{ resource: 'cart', operation: 'removeItem', ...byEmail, productId: rl('1234abcd'), qty: 2.5 }, 'Quantity: 2.5 is not allowed [item 0]'],
			[{ resource: 'cart', operation: 'clear', identifyBy: 'cID', contactKey: 'jane@example.com' }, 'Contact: "jane@example.com" is not a Cordial contact ID [item 0]'],
		];
		for (const [parameters, message] of cases) expect((await run(parameters)).error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});
});
