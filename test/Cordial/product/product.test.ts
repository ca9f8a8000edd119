import type { IDataObject } from 'n8n-workflow';

import { cordialSandbox, rl } from '../helpers';

/** The Products API page's example product (AC30, Acme-30 Stapler) with the Swagger's example values. */
const STAPLER = {
	resource: 'product',
	operation: 'upsert',
	productId: 'AC30',
	productName: 'Acme-30 Stapler',
	additionalFields: {
		productType: 'physical',
		price: 35.99,
		category: 'Office Supplies',
		UPCCode: '8 34460 00372 4',
		manufacturerName: 'Acme Supplies',
		inStock: true,
		url: 'http://acme.com/ac30',
		tags: 'office, office supplies',
		images: 'http://example.com/images/123',
		properties: '{"hasVideo": true, "ratings": "5 stars"}',
		variants: { variant: [{ sku: 'RF-WP33286-21', qty: 1, attr: '{"color": "blue", "size": "medium"}' }] },
		sale: { sale: { enabled: true, price: 12.95, start: '2026-06-01T00:00:00Z', end: '2026-06-30T00:00:00Z' } },
	},
};

describe('Cordial Product', () => {
	const { run, wire } = cordialSandbox();

	it('Create or Update posts the ProductCreationModel (addproducts) and a repeat updates it', async () => {
		const created = await run(STAPLER);
		const updated = await run({ ...STAPLER, additionalFields: { price: 29.99 } });
		expect([created.items[0].json, updated.items[0].json]).toEqual([
			{ productID: 'AC30', success: true, message: 'product created' },
			{ productID: 'AC30', success: true, message: 'product updated' },
		]);
		expect(wire()[0]).toEqual([
			'POST',
			'/v2/products',
			[],
			{
				productID: 'AC30',
				productName: 'Acme-30 Stapler',
				category: 'Office Supplies',
				manufacturerName: 'Acme Supplies',
				productType: 'physical',
				UPCCode: '8 34460 00372 4',
				url: 'http://acme.com/ac30',
				inStock: true,
				price: 35.99,
				images: ['http://example.com/images/123'],
				tags: ['office', 'office supplies'],
				properties: { hasVideo: true, ratings: '5 stars' },
				sale: { enabled: true, price: 12.95, start: '2026-06-01T00:00:00.000Z', end: '2026-06-30T00:00:00.000Z' },
				variants: [{ sku: 'RF-WP33286-21', qty: 1, attr: { color: 'blue', size: 'medium' } }],
			},
		]);
		expect(wire()[1][3]).toEqual({ productID: 'AC30', productName: 'Acme-30 Stapler', price: 29.99 });
	});

	it('Get reads /products/{productID} (getproduct) and Delete removes it (deleteproducts)', async () => {
		await run(STAPLER);
		const got = await run({ resource: 'product', operation: 'get', productId: rl('AC30', 'list') });
		expect(got.items[0]).toMatchObject({ json: { productID: 'AC30', productName: 'Acme-30 Stapler', price: 35.99, ct: '2026-06-01T12:00:00.000Z' }, pairedItem: { item: 0 } });
		const deleted = await run({ resource: 'product', operation: 'delete', productId: rl('AC30') });
		expect(deleted.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		const missing = await run({ resource: 'product', operation: 'get', productId: rl('AC30') }, { continueOnFail: true });
		expect(missing.items[0].json).toMatchObject({ error: 'Cordial Get Product failed: record not found (RECORD_NOT_FOUND) [item 0]', httpCode: '404' });
		const gone = await run({ resource: 'product', operation: 'delete', productId: rl('AC30') }, { continueOnFail: true });
		expect(gone.items[0].json).toMatchObject({ error: 'Cordial Delete Product failed: Product not found (GENERIC_ERROR_KEY) [item 0]', httpCode: '400' });
		expect(wire().slice(1).map(([method, path]) => [method, path])).toEqual([
			['GET', '/v2/products/AC30'],
			['DELETE', '/v2/products/AC30'],
			['GET', '/v2/products/AC30'],
			['DELETE', '/v2/products/AC30'],
		]);
	});

	it('Get Many pages with page/per_page and passes fields and sorting (getproducts)', async () => {
		for (const [id, name] of [['p1', 'Zeta'], ['p2', 'Alpha'], ['p3', 'Mid']]) await run({ resource: 'product', operation: 'upsert', productId: id, productName: name });
		const result = await run({ resource: 'product', operation: 'getAll', returnAll: true, options: { perPage: 2, fields: 'productID, productName', sortBy: 'productName', sortDir: 'asc' } });
		expect(result.items.map((item) => item.json)).toEqual([
			{ productID: 'p2', productName: 'Alpha' },
			{ productID: 'p3', productName: 'Mid' },
			{ productID: 'p1', productName: 'Zeta' },
		]);
		expect(wire().slice(3).map(([, path, query]) => [path, query])).toEqual([
			['/v2/products', [['page', '1'], ['per_page', '2'], ['fields', 'productID,productName'], ['sort_by', 'productName'], ['sort_dir', 'asc']]],
			['/v2/products', [['page', '2'], ['per_page', '2'], ['fields', 'productID,productName'], ['sort_by', 'productName'], ['sort_dir', 'asc']]],
		]);
	});

	it('refuses bad input before any request', async () => {
		const cases: Array<[IDataObject, string]> = [
			[{ ...STAPLER, productName: '={{ "" }}' }, 'Product Name: is empty [item 0]'],
			[{ ...STAPLER, additionalFields: { variants: { variant: [{ sku: '={{ "" }}', qty: 1 }] } } }, 'Variants: variant 1 has no SKU [item 0]'],
			[{ ...STAPLER, additionalFields: { sale: { sale: { start: 'monday' } } } }, 'Sale Start: "monday" is not an ISO 8601 date and time [item 0]'],
			[{ resource: 'product', operation: 'get', productId: rl('..') }, 'Product: ".." cannot be used in a URL path, since "." and ".." name the path around it [item 0]'],
			[{ resource: 'product', operation: 'getAll', returnAll: true, options: { fields: 'a b' } }, 'Fields: "a b" is not a field name [item 0]'],
		];
		for (const [parameters, message] of cases) expect((await run(parameters)).error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});
});
