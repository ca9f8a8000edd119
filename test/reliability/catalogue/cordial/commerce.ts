/** Cordial Order, Cart and Product operations for the generated reliability suites. */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox/framework';
import type { CordialProvider } from '../../../../sandbox/providers/cordial';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const cordial = (sandbox: Sandbox) => sandbox.provider<CordialProvider>('cordial');
const base = { node: 'cordial', credentialType: 'cordialApi', provider: 'cordial', providerName: 'Cordial' };
const byId = (value: string): IDataObject => ({ __rl: true, mode: 'id', value });
const EMAILS = ['jane@example.com', 'john@example.com'];
const ITEM = { productID: 'AC30', sku: 'AC30-BLK', name: 'Acme-30 Stapler', category: 'Office', qty: 1, itemPrice: 35.99 };

/** Every change request the sandbox processed: one sent again after it was processed shows as the same key twice. */
const processed = (method: string, path: RegExp) => (sandbox: Sandbox) =>
	sandbox
		.requests('cordial')
		.filter((entry) => entry.processed && entry.method === method && path.test(entry.path))
		.map((entry) => `${entry.method} ${entry.path} ${entry.body}`);

/** Two contacts; orders o-1 and o-2 of them, products P1 and P2, and a cart of two units of P1 on each. */
function fixtures(sandbox: Sandbox): void {
	const provider = cordial(sandbox);
	const orders = provider.state('orders', () => new Map<string, IDataObject>());
	const products = provider.state('products', () => new Map<string, IDataObject>());
	EMAILS.forEach((email, index) => {
		const cID = provider.addContact(email);
		const n = index + 1;
		provider.contacts.get(cID)!.attributes.cart = { cartitems: [{ ...ITEM, productID: `P${n}`, qty: 2 }], totalAmount: 71.98 };
		orders.set(`o-${n}`, { orderID: `o-${n}`, cID, purchaseDate: `2026-05-0${n}T10:00:00Z`, items: [ITEM], totalAmount: 35.99 });
		products.set(`P${n}`, { productID: `P${n}`, productName: `Product ${n}`, ct: '2026-05-01T00:00:00.000Z', lm: '2026-05-01T00:00:00.000Z' });
	});
}

const contact = { identifyBy: 'primaryKey', contactKey: '={{ $json.email }}' };
const contactItems = EMAILS.map((email) => ({ json: { email } }));

const orderCreate: OperationSpec = {
	...base,
	label: 'Cordial Order Create',
	parameters: {
		resource: 'order',
		operation: 'create',
		orderId: '={{ $json.orderId }}',
		contactBy: 'email',
		contactValue: '={{ $json.email }}',
		purchaseDate: '2026-05-20T10:00:00Z',
		lineItemsInput: 'fields',
		lineItems: { item: [ITEM] },
		additionalFields: {},
	},
	items: EMAILS.map((email, index) => ({ json: { email, orderId: `n-${index + 1}` } })),
	setup: fixtures,
	deliveries: processed('POST', /^\/v2\/orders$/),
};

const orderUpsert: OperationSpec = {
	...orderCreate,
	label: 'Cordial Order Create or Update',
	parameters: { ...orderCreate.parameters, operation: 'upsert' },
	items: EMAILS.map((email, index) => ({ json: { email, orderId: `o-${index + 1}` } })),
	// The update, not the lookup before it: only the PUT has a body.
	faultOn: { bodyIncludes: 'purchaseDate' },
	deliveries: processed('PUT', /^\/v2\/orders\//),
};

const orderIdFromItem = { orderId: '={{ $json.orderId }}' };
const orderItems = [{ json: { orderId: 'o-1' } }, { json: { orderId: 'o-2' } }];

const orderGet: OperationSpec = { ...base, label: 'Cordial Order Get', parameters: { resource: 'order', operation: 'get', ...orderIdFromItem, simplify: true }, items: orderItems, setup: fixtures };

const orderGetAll: OperationSpec = {
	...base,
	label: 'Cordial Order Get Many',
	parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 5, filters: { email: '={{ $json.email }}' }, simplify: true, options: {} },
	items: contactItems,
	setup: fixtures,
	oneToOne: false,
};

const orderUpdate: OperationSpec = {
	...base,
	label: 'Cordial Order Update',
	parameters: { resource: 'order', operation: 'update', ...orderIdFromItem, lineItemsInput: 'keep', updateFields: { status: '={{ $json.status }}' } },
	items: [{ json: { orderId: 'o-1', status: 'shipped' } }, { json: { orderId: 'o-2', status: 'returned' } }],
	setup: fixtures,
	deliveries: processed('PUT', /^\/v2\/orders\//),
};

const orderDelete: OperationSpec = {
	...base,
	label: 'Cordial Order Delete',
	parameters: { resource: 'order', operation: 'delete', ...orderIdFromItem },
	items: orderItems,
	setup: fixtures,
	deliveries: processed('DELETE', /^\/v2\/orders\//),
};

const cartGet: OperationSpec = { ...base, label: 'Cordial Cart Get', parameters: { resource: 'cart', operation: 'get', ...contact }, items: contactItems, setup: fixtures };

const cartSet: OperationSpec = {
	...base,
	label: 'Cordial Cart Set',
	parameters: { resource: 'cart', operation: 'set', ...contact, lineItemsInput: 'fields', lineItems: { item: [{ ...ITEM, qty: '={{ $json.qty }}' }] }, additionalFields: {} },
	items: EMAILS.map((email, index) => ({ json: { email, qty: index + 3 } })),
	setup: fixtures,
	deliveries: processed('POST', /\/cart$/),
};

const cartAddItem: OperationSpec = {
	...base,
	label: 'Cordial Cart Add Item',
	parameters: { resource: 'cart', operation: 'addItem', ...contact, ...ITEM, productID: '={{ $json.productID }}', additionalFields: {} },
	items: EMAILS.map((email, index) => ({ json: { email, productID: `N${index + 1}` } })),
	setup: fixtures,
	deliveries: processed('POST', /\/cartitems$/),
};

const cartRemoveItem: OperationSpec = {
	...base,
	label: 'Cordial Cart Remove Item',
	parameters: { resource: 'cart', operation: 'removeItem', ...contact, productId: byId('={{ $json.productID }}'), qty: 1 },
	items: EMAILS.map((email, index) => ({ json: { email, productID: `P${index + 1}` } })),
	setup: fixtures,
	deliveries: processed('DELETE', /\/cartitems\//),
};

const cartClear: OperationSpec = {
	...base,
	label: 'Cordial Cart Clear',
	parameters: { resource: 'cart', operation: 'clear', ...contact },
	items: contactItems,
	setup: fixtures,
	deliveries: processed('DELETE', /\/cart$/),
};

const productUpsert: OperationSpec = {
	...base,
	label: 'Cordial Product Create or Update',
	parameters: { resource: 'product', operation: 'upsert', productId: '={{ $json.id }}', productName: '={{ $json.name }}', additionalFields: { price: 9.5, inStock: true } },
	items: [{ json: { id: 'N1', name: 'New one' } }, { json: { id: 'N2', name: 'New two' } }],
	deliveries: processed('POST', /^\/v2\/products$/),
};

const productFromItem = { productId: byId('={{ $json.productID }}') };
const productItems = [{ json: { productID: 'P1' } }, { json: { productID: 'P2' } }];

const productGet: OperationSpec = { ...base, label: 'Cordial Product Get', parameters: { resource: 'product', operation: 'get', ...productFromItem }, items: productItems, setup: fixtures };

const productGetAll: OperationSpec = {
	...base,
	label: 'Cordial Product Get Many',
	parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 5, options: {} },
	items: [{ json: {} }, { json: {} }],
	setup: fixtures,
	oneToOne: false,
};

const productDelete: OperationSpec = {
	...base,
	label: 'Cordial Product Delete',
	parameters: { resource: 'product', operation: 'delete', ...productFromItem },
	items: productItems,
	setup: fixtures,
	deliveries: processed('DELETE', /^\/v2\/products\//),
};

export const operations: OperationSpec[] = [
	orderCreate,
	orderUpsert,
	orderGet,
	orderGetAll,
	orderUpdate,
	orderDelete,
	cartGet,
	cartSet,
	cartAddItem,
	cartRemoveItem,
	cartClear,
	productUpsert,
	productGet,
	productGetAll,
	productDelete,
];

const emptyOrderId: InvalidInput = { path: 'item.orderId', values: ['', '   ', '..'], field: 'Order' };
const emptyContact: InvalidInput = { path: 'item.email', values: ['', '  '], field: 'Contact' };
const emptyProduct: InvalidInput = { path: 'item.productID', values: ['', '.', '..'], field: 'Product' };

export const invalid: ProviderCatalogue['invalid'] = [
	...[orderCreate, orderUpsert].map((spec) => ({
		operation: spec.label,
		inputs: [
			{ path: 'item.orderId', values: ['', '  '], field: 'Order ID' },
			{ path: 'item.email', values: ['', 'not-an-address'], field: 'Contact' },
			{ path: 'purchaseDate', values: ['yesterday', '2026-02-30T10:00:00'], field: 'Purchase Date' },
			{ path: 'lineItems.item[0].qty', values: [0, 1.5, -2], field: 'Line Items' },
		],
	})),
	...[orderGet, orderDelete].map((spec) => ({ operation: spec.label, inputs: [emptyOrderId] })),
	{ operation: orderUpdate.label, inputs: [emptyOrderId, { path: 'updateFields.cID', values: ['not a cID'], field: 'Contact ID (cID)' }] },
	{ operation: orderGetAll.label, inputs: [{ path: 'item.email', values: ['nobody'], field: 'Email' }] },
	...[cartGet, cartClear].map((spec) => ({ operation: spec.label, inputs: [emptyContact] })),
	{ operation: cartSet.label, inputs: [emptyContact, { path: 'lineItems.item[0].qty', values: [0, 2.5], field: 'Line Items' }] },
	{ operation: cartAddItem.label, inputs: [emptyContact, { path: 'qty', values: [0, -1, 1.5], field: 'Quantity' }, { path: 'item.productID', values: ['', ' '], field: 'Product ID' }] },
	{ operation: cartRemoveItem.label, inputs: [emptyContact, emptyProduct, { path: 'qty', values: [0, 1.5], field: 'Quantity' }] },
	{ operation: productUpsert.label, inputs: [{ path: 'item.id', values: ['', ' '], field: 'Product ID' }, { path: 'item.name', values: [''], field: 'Product Name' }] },
	...[productGet, productDelete].map((spec) => ({ operation: spec.label, inputs: [emptyProduct] })),
];
