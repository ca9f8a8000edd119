/**
 * The emulator's orders, products and carts refuse what Cordial's API v2 Swagger refuses: missing required fields
 * (OrderOWithSuppress, ProductCreationModel, CartC, CartitemsC), wrong types, unknown fields and query keys, bad
 * times (OrdersFilterError), a repeated orderID, and unknown records with Cordial's error bodies.
 */
import { BASIC, cordialSandbox } from '../Cordial/helpers';

const state = cordialSandbox();

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
	const response = await fetch(`${String(state.state.credentials.cordialApi.baseUrl)}${path}`, {
		method,
		headers: { authorization: BASIC, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: await response.json() };
}

const ITEM = { productID: 'p1', sku: 's1', category: 'c', name: 'n' };
const ORDER = { orderID: 'o1', cID: '', purchaseDate: '2026-05-01T10:00:00+0000', items: [ITEM] };

describe('Cordial emulator: orders, products and carts', () => {
	it('POST /orders needs orderID, purchaseDate and a known contact, refuses unknown fields and a repeated orderID', async () => {
		const cID = state.provider.addContact('a@example.com');
		expect(await call('POST', '/orders', { items: [{ productID: 'p1' }], colour: 'red' })).toEqual({
			status: 422,
			body: {
				error: true,
				errorKey: 'GENERIC_ERROR_KEY',
				messages: {
					'items.0.sku': ['The sku field is required'],
					'items.0.category': ['The category field is required'],
					'items.0.name': ['The name field is required'],
					colour: ['Unknown field'],
					orderID: ['The orderID field is required'],
					purchaseDate: ['The purchaseDate field is required'],
					cID: ['The cID field is required'],
				},
			},
		});
		expect((await call('POST', '/orders', { ...ORDER, cID, tax: '1' })).body).toMatchObject({ messages: { tax: ['Must be a number'] } });
		expect((await call('POST', '/orders', { ...ORDER, cID: 'nobody' })).body).toMatchObject({ messages: { cID: ["Contact doesn't exist"] } });
		expect(await call('POST', '/orders', { ...ORDER, cID })).toEqual({ status: 200, body: { success: true } });
		expect(await call('POST', '/orders', { ...ORDER, email: 'a@example.com', cID: undefined })).toEqual({ status: 422, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', messages: 'ID must be unique' } });
		expect((await call('PUT', '/orders/o1', { email: 'a@example.com' })).body).toMatchObject({ messages: { email: ['Unknown field'] } });
		expect((await call('GET', '/orders/o1?fields=orderID,totalAmount')).body).toEqual({ orderID: 'o1', totalAmount: 0 });
	});

	it('GET /orders refuses unknown keys and bad times; unknown orders are 404 (GET) and 400 (DELETE)', async () => {
		expect((await call('GET', '/orders?since=1')).status).toBe(422);
		expect(await call('GET', '/orders?purchaseDate[gt]=yesterday')).toEqual({ status: 422, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'Time value is incorrect' } });
		expect(await call('GET', '/orders/nope')).toEqual({ status: 404, body: { error: true, errorKey: 'RECORD_NOT_FOUND', message: 'record not found' } });
		expect(await call('DELETE', '/orders/nope')).toEqual({ status: 400, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'Order not found' } });
	});

	it('POST /products needs productID and productName, checks types and the productType enum', async () => {
		expect(await call('POST', '/products', { variants: [{ qty: 'x' }], productType: 'toy', inStock: 'yes' })).toEqual({
			status: 422,
			body: {
				error: true,
				errorKey: 'GENERIC_ERROR_KEY',
				messages: {
					validationErrors: {
						productID: ['The product id field is required.'],
						productName: ['The product name field is required.'],
						'variants.0.sku': ['The sku field is required'],
						'variants.0.qty': ['The qty must be a number.'],
						inStock: ['Possible values: true, false, 1, 0'],
						productType: ['Possible values: physical, digital, subscription, event'],
					},
				},
			},
		});
		expect(await call('POST', '/products', { productID: 'p1', productName: 'P', inStock: 1 })).toEqual({ status: 201, body: { success: true, message: 'product created' } });
		expect(await call('DELETE', '/products/p2')).toEqual({ status: 400, body: { error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'Product not found' } });
		expect((await call('GET', '/products/p1?fields=productID')).status).toBe(422);
	});

	it('carts: CartC needs cartitems, items need their four fields, unknown contacts per the Swagger', async () => {
		state.provider.addContact('a@example.com');
		expect((await call('POST', '/contacts/a%40example.com/cart', { cartID: 'c' })).body).toMatchObject({ messages: { cartitems: ['The cartitems field is required'] } });
		expect((await call('POST', '/contacts/a%40example.com/cartitems', { productID: 'p1', qty: 0 })).body).toMatchObject({
			messages: { sku: ['The sku field is required'], qty: ['Must be a whole number of at least 1'] },
		});
		expect((await call('POST', '/contacts/nobody%40example.com/cartitems', ITEM)).body).toEqual({ error: true, errorKey: 'GENERIC_ERROR_KEY', messages: { contact: ["Contact doesn't exist"] } });
		expect((await call('PUT', '/contacts/nobody%40example.com/cart', { cartitems: [] })).status).toBe(404);
		expect(await call('POST', '/contacts/a%40example.com/cartitems', { ...ITEM, qty: 3, itemPrice: 2 })).toEqual({ status: 200, body: { ...ITEM, qty: 3, itemPrice: 2 } });
		expect((await call('DELETE', '/contacts/a%40example.com/cartitems/p1/x')).body).toMatchObject({ messages: { qty: ['The qty must be a number.'] } });
		expect((await call('DELETE', '/contacts/a%40example.com/cartitems/p9/1')).status).toBe(404);
		expect(await call('DELETE', '/contacts/a%40example.com/cartitems/p1/1/s1')).toEqual({ status: 200, body: { success: true } });
		expect(((await call('GET', '/contacts/a%40example.com')).body as { cart: unknown }).cart).toEqual({
			cartitems: [{ ...ITEM, qty: 2, itemPrice: 2 }],
			totalAmount: 4,
			lm: '2026-06-01T12:00:00.000Z',
		});
	});
});
