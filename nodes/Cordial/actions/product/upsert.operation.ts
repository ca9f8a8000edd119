import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, jsonObjectParameter, requiredString } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { readDateTime } from '../../helpers/order';
import { splitList } from '../../helpers/values';

const flag = (displayName: string, name: string, description: string): INodeProperties => ({ displayName, name, type: 'boolean', default: true, description });
const text = (displayName: string, name: string, placeholder: string, description: string): INodeProperties => ({ displayName, name, type: 'string', default: '', placeholder, description });

/** ProductCreationModel's optional fields (Cordial's API v2 Swagger, addproducts), sorted by display name. */
const productFields: INodeProperties[] = [
	text('Category', 'category', 'e.g. Office Supplies', 'The category of the product'),
	text('Description', 'description', 'e.g. Reliable for up to 20 pages', 'A description of the product'),
	flag('Enabled', 'enabled', 'Whether the product is enabled (Cordial\'s default is false)'),
	text('Image URLs', 'images', 'e.g. https://example.com/images/123', 'Comma-separated image locations'),
	flag('In Stock', 'inStock', 'Whether the product is in stock (Cordial\'s default is false)'),
	text('Manufacturer Name', 'manufacturerName', 'e.g. Acme Supplies', 'The name of the manufacturer'),
	{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The current price of the product' },
	{
		displayName: 'Product Type',
		name: 'productType',
		type: 'options',
		options: [
			{ name: 'Digital', value: 'digital' },
			{ name: 'Event', value: 'event' },
			{ name: 'Physical', value: 'physical' },
			{ name: 'Subscription', value: 'subscription' },
		],
		default: 'physical',
	},
	{ displayName: 'Properties (JSON)', name: 'properties', type: 'json', default: '{}', description: 'Metadata about the product as key/value pairs, e.g. {"hasVideo": true}' },
	{
		displayName: 'Sale',
		name: 'sale',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Sale',
		options: [
			{
				displayName: 'Sale',
				name: 'sale',
				values: [
					{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the sale is active' },
					{ displayName: 'End', name: 'end', type: 'dateTime', default: '', description: 'When the sale ends' },
					{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The sale price' },
					{ displayName: 'Start', name: 'start', type: 'dateTime', default: '', description: 'When the sale starts' },
				],
			},
		],
	},
	text('Tags', 'tags', 'e.g. office, office supplies', 'Comma-separated tags'),
	flag('Taxable', 'taxable', 'Whether the product is taxable (Cordial\'s default is false)'),
	text('UPC Code', 'UPCCode', 'e.g. 8 34460 00372 4', 'The Universal Product Code'),
	text('URL', 'url', 'e.g. https://example.com/products/ac30', 'Link to the product page'),
	{
		displayName: 'Variants',
		name: 'variants',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Variant',
		options: [
			{
				displayName: 'Variant',
				name: 'variant',
				values: [
					{ displayName: 'Attributes (JSON)', name: 'attr', type: 'json', default: '{}', description: 'Key/value pairs such as {"size": "large", "color": "red"}' },
					{ displayName: 'Quantity', name: 'qty', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'The available inventory' },
					{ displayName: 'SKU', name: 'sku', type: 'string', default: '', required: true, placeholder: 'e.g. RF-WP33286-21' },
				],
			},
		],
	},
];

const properties: INodeProperties[] = [
	{ displayName: 'Product ID', name: 'productId', type: 'string', default: '', required: true, placeholder: 'e.g. AC30', description: 'The unique ID of the product; a product with this ID is updated' },
	{ displayName: 'Product Name', name: 'productName', type: 'string', default: '', required: true, placeholder: 'e.g. Acme-30 Stapler' },
	collectionProperty('additionalFields', productFields),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['upsert'] } }, properties);

/** The variants (VariantsP): a SKU each, the inventory, and the attributes as an object. */
function readVariants(context: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject[] {
	const variants = ((values.variants as IDataObject | undefined)?.variant as IDataObject[] | undefined) ?? [];
	return variants.map((variant, index) => {
		const sku = String(variant.sku ?? '').trim();
		if (!sku) throw invalidParameter(context, itemIndex, 'Variants', `variant ${index + 1} has no SKU`, 'Enter the SKU of every variant.');
		const qty = Number(variant.qty ?? 0);
		if (!Number.isInteger(qty) || qty < 0) throw invalidParameter(context, itemIndex, 'Variants', `the quantity of variant ${index + 1} is not a whole number`, 'Enter the inventory as a whole number.');
		const attr = jsonObjectParameter(context, `additionalFields.variants.variant[${index}].attr`, itemIndex, 'Variants Attributes (JSON)');
		return { sku, qty, ...(Object.keys(attr).length ? { attr } : {}) };
	});
}

/** The sale (SaleP), with its dates in ISO 8601. */
function readSale(context: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject | undefined {
	const sale = (values.sale as IDataObject | undefined)?.sale as IDataObject | undefined;
	if (!sale) return undefined;
	const body: IDataObject = { enabled: sale.enabled !== false, price: Number(sale.price ?? 0) };
	for (const [key, label] of [['start', 'Sale Start'], ['end', 'Sale End']]) {
		if (String(sale[key] ?? '').trim()) body[key] = readDateTime(context, itemIndex, label, sale[key]);
	}
	return body;
}

/** The ProductCreationModel body: productID, productName and the fields set. */
function productBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		productID: requiredString(context, 'productId', itemIndex, 'Product ID'),
		productName: requiredString(context, 'productName', itemIndex, 'Product Name'),
	};
	for (const key of ['category', 'description', 'manufacturerName', 'productType', 'UPCCode', 'url']) {
		if (String(values[key] ?? '').trim()) body[key] = String(values[key]).trim();
	}
	for (const key of ['enabled', 'inStock', 'taxable']) if (values[key] !== undefined) body[key] = values[key] === true;
	if (values.price !== undefined) body.price = Number(values.price);
	for (const key of ['images', 'tags']) if (values[key] !== undefined) body[key] = splitList(values[key]);
	if (values.properties !== undefined) body.properties = jsonObjectParameter(context, 'additionalFields.properties', itemIndex, 'Properties (JSON)');
	const sale = readSale(context, itemIndex, values);
	if (sale) body.sale = sale;
	if (values.variants !== undefined) body.variants = readVariants(context, itemIndex, values);
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = productBody(this, itemIndex);
	// addproducts: "Posting the same product more than once with the same productID value will update the existing
	// product". Not repeated after an ambiguous failure all the same: the user sees the failure and decides.
	const answer = await cordialRequest.call(this, { operation: 'Create or Update Product', itemIndex, method: 'POST', path: '/products', body });
	return { productID: body.productID, ...answer };
}
