import { cordialSandbox } from '../helpers';
import { addSwaggerContact, SWAGGER_ADDRESS, SWAGGER_CID, SWAGGER_CREATE, SWAGGER_ITEM } from './fixtures';

describe('Cordial Order > Create', () => {
	const { run, wire, provider } = cordialSandbox();

	it('posts the Swagger\'s example order (addorders, OrderOWithSuppress) and stores it with its total', async () => {
		addSwaggerContact(provider);
		const result = await run(SWAGGER_CREATE);
		expect(result.items).toEqual([{ json: { orderID: '33451', success: true }, pairedItem: { item: 0 } }]);
		// The body of the Swagger's OrderO example, with the Orders API page's purchaseDate example (in UTC).
		expect(wire()).toEqual([
			[
				'POST',
				'/v2/orders',
				[],
				{
					orderID: '33451',
					cID: SWAGGER_CID,
					purchaseDate: '2025-01-09T22:47:12.000Z',
					items: [SWAGGER_ITEM],
					tax: 22.5,
					shippingAndHandling: 0,
					billingAddress: SWAGGER_ADDRESS,
					shippingAddress: SWAGGER_ADDRESS,
					properties: { currency: 'USD' },
				},
			],
		]);
		const get = await run({ resource: 'order', operation: 'get', orderId: '33451', simplify: true });
		expect(get.items[0].json).toEqual({
			orderID: '33451',
			cID: SWAGGER_CID,
			purchaseDate: '2025-01-09T22:47:12.000Z',
			totalAmount: 45.9,
			tax: 22.5,
			shippingAndHandling: 0,
			items: [{ productID: '1234abcd', sku: 'RF-WP33286-21', name: 'S22-Refrigerator', qty: 2, itemPrice: 22.95 }],
		});
	});

	it('names the contact by email or a secondary key as the Orders API page allows, with JSON line items', async () => {
		addSwaggerContact(provider);
		const items = [{ ...SWAGGER_ITEM, attr: { color: 'red' }, salePrice: 20.99 }];
		const byEmail = await run({
			...SWAGGER_CREATE,
			contactBy: 'email',
			contactValue: 'mark@example.com',
			lineItemsInput: 'json',
			lineItemsJson: JSON.stringify(items),
			additionalFields: { status: 'placed', discountAmount: 5, suppressTriggers: true, msID: '45:55f1d1ac0c8117' },
		});
		const byKey = await run({ ...SWAGGER_CREATE, orderId: '33452', contactBy: 'secondaryKey', contactSecondaryKey: 'custID', contactValue: 'M-1', additionalFields: {} });
		expect([byEmail.items[0].json, byKey.items[0].json]).toEqual([{ orderID: '33451', success: true }, { orderID: '33452', success: true }]);
		expect(wire().map(([, , , body]) => body)).toEqual([
			{
				orderID: '33451',
				email: 'mark@example.com',
				purchaseDate: '2025-01-09T22:47:12.000Z',
				items,
				msID: '45:55f1d1ac0c8117',
				status: 'placed',
				discountApplication: { type: 'fixed', amount: 5 },
				suppressTriggers: true,
			},
			{ orderID: '33452', custID: 'M-1', purchaseDate: '2025-01-09T22:47:12.000Z', items: [SWAGGER_ITEM] },
		]);
		expect(provider.state('orders', () => new Map()).get('33452')).toMatchObject({ cID: SWAGGER_CID });
	});

	it('surfaces Cordial\'s refusal of a repeated order ID and of an unknown contact', async () => {
		addSwaggerContact(provider);
		await run(SWAGGER_CREATE);
		const again = await run(SWAGGER_CREATE, { continueOnFail: true });
		expect(again.items[0].json).toMatchObject({ error: 'Cordial Create Order failed: ID must be unique (GENERIC_ERROR_KEY) [item 0]', httpCode: '422' });
		const ghost = await run({ ...SWAGGER_CREATE, orderId: '9', contactBy: 'email', contactValue: 'ghost@example.com' }, { continueOnFail: true });
		expect(ghost.items[0].json.error).toBe('Cordial Create Order failed: cID: Contact doesn\'t exist (GENERIC_ERROR_KEY) [item 0]');
	});

	it('refuses bad input before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ orderId: ' ' }, 'Order ID: is empty [item 0]'],
			[{ contactValue: 'not-an-id!' }, 'Contact: "not-an-id!" is not a Cordial contact ID [item 0]'],
			[{ contactBy: 'email', contactValue: 'nobody' }, 'Contact: "nobody" is not an e-mail address [item 0]'],
			[{ contactBy: 'secondaryKey', contactSecondaryKey: 'orderID', contactValue: 'x' }, 'Secondary Key: "orderID" is not a contact key name [item 0]'],
			[{ purchaseDate: 'yesterday' }, 'Purchase Date: "yesterday" is not an ISO 8601 date and time [item 0]'],
			[{ lineItems: { item: [{ ...SWAGGER_ITEM, category: '={{ "" }}' }] } }, 'Line Items: line item 1 has no Category (category) [item 0]'],
			[{ lineItems: { item: [{ ...SWAGGER_ITEM, qty: 1.5 }] } }, 'Line Items: line item 1: qty must be a whole number of at least 1 [item 0]'],
			[{ lineItemsInput: 'json', lineItemsJson: '{"productID": "x"}' }, 'Line Items (JSON): is not a JSON array [item 0]'],
			[{ lineItemsInput: 'json', lineItemsJson: JSON.stringify([{ ...SWAGGER_ITEM, colour: 'red' }]) }, 'Line Items (JSON): line item 1: "colour" is not a field of a line item [item 0]'],
			[{ additionalFields: { tax: -1 } }, 'Tax: -1 is not allowed [item 0]'],
			[{ additionalFields: { properties: '[1]' } }, 'Properties (JSON): is not a JSON object [item 0]'],
		];
		for (const [change, message] of cases) {
			const result = await run({ ...SWAGGER_CREATE, ...change });
			expect(result.error?.message).toBe(message);
		}
		expect(wire()).toEqual([]);
	});
});
