import type { CordialProvider } from '../../../sandbox/providers/cordial';

/** The cID of the Swagger's OrderO example (Cordial's API v2 Swagger, addorders). */
export const SWAGGER_CID = '5f5f89b88b265d3b6563c3b5';

/** A contact with the Swagger example's cID, e-mail mark@example.com and custID M-1. */
export function addSwaggerContact(provider: CordialProvider): void {
	provider.contacts.set(SWAGGER_CID, {
		cID: SWAGGER_CID,
		channels: { email: { address: 'mark@example.com', subscribeStatus: 'subscribed' } },
		attributes: { custID: 'M-1' },
		lists: [],
		mcIDs: [],
		createdAt: '2026-06-01T12:00:00.000Z',
	});
}

/** The line item of the Swagger's ItemsO example. */
export const SWAGGER_ITEM = { productID: '1234abcd', sku: 'RF-WP33286-21', name: 'S22-Refrigerator', category: 'Office Supplies', qty: 2, itemPrice: 22.95 };

/** The Swagger's example address (ShippingAddressO / BillingAddressO). */
export const SWAGGER_ADDRESS = { name: 'Mark Smith', address: '13130 Silverlake Road', city: 'Hollywood', state: 'CA', postalCode: '90028', country: 'USA' };

/** Order › Create parameters for the Swagger's example order 33451. */
export const SWAGGER_CREATE = {
	resource: 'order',
	operation: 'create',
	orderId: '33451',
	contactBy: 'cID',
	contactValue: SWAGGER_CID,
	purchaseDate: '2025-01-09T22:47:12+0000',
	lineItemsInput: 'fields',
	lineItems: { item: [SWAGGER_ITEM] },
	additionalFields: {
		tax: 22.5,
		shippingAndHandling: 0,
		properties: '{"currency": "USD"}',
		shippingAddress: { address: SWAGGER_ADDRESS },
		billingAddress: { address: SWAGGER_ADDRESS },
	},
};
