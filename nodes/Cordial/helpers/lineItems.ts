import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { decodeJson } from '../../shared/codec';
import { invalidParameter } from '../../shared/validation';
import { splitList } from './values';

type Kind = 'string' | 'number' | 'quantity' | 'boolean' | 'strings' | 'object';

const CART_ITEM_KINDS: Record<string, Kind> = {
	productID: 'string',
	sku: 'string',
	name: 'string',
	category: 'string',
	qty: 'quantity',
	itemPrice: 'number',
	description: 'string',
	url: 'string',
	images: 'strings',
	attr: 'object',
	properties: 'object',
};

/** The fields of a line item: ItemsO for orders, CartitemsC for carts (Cordial's API v2 Swagger). */
const ITEM_KINDS: Record<'order' | 'cart', Record<string, Kind>> = {
	cart: CART_ITEM_KINDS,
	order: {
		...CART_ITEM_KINDS,
		salePrice: 'number',
		productType: 'string',
		manufacturerName: 'string',
		UPCCode: 'string',
		tags: 'strings',
		inStock: 'boolean',
		taxable: 'boolean',
		enabled: 'boolean',
	},
};

/** ItemsO and CartitemsC require these four. */
const REQUIRED = [
	['productID', 'Product ID'],
	['sku', 'SKU'],
	['name', 'Name'],
	['category', 'Category'],
] as const;

const text = (displayName: string, name: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({ displayName, name, type: 'string', default: '', ...extra });

/** One line item of the Line Items list, in display-name order. */
const lineItemValues: INodeProperties[] = [
	text('Category', 'category', { required: true, placeholder: 'e.g. Office Supplies' }),
	text('Description', 'description', { placeholder: 'e.g. Ultra soft casual t-shirt' }),
	text('Image URLs', 'images', { placeholder: 'e.g. https://example.com/image1.jpg', description: 'Comma-separated image locations' }),
	{ displayName: 'Item Price', name: 'itemPrice', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The price of one unit' },
	text('Name', 'name', { required: true, placeholder: 'e.g. Acme-30 Stapler', description: 'The product name' }),
	text('Product ID', 'productID', { required: true, placeholder: 'e.g. AC30' }),
	{ displayName: 'Quantity', name: 'qty', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
	text('SKU', 'sku', { required: true, placeholder: 'e.g. RF-WP33286-21', description: 'The Stock Keeping Unit of the variant' }),
	text('URL', 'url', { placeholder: 'e.g. https://example.com/products/ac30', description: 'Link to the product page' }),
];

/**
 * Line Items Input, Line Items (a list of fields) and Line Items (JSON), the escape hatch for every field of
 * Cordial's item schema. `keep` adds "Keep Current Items" (Order Update).
 */
export function lineItemsProperties(kind: 'order' | 'cart', keep = false): INodeProperties[] {
	const fields = kind === 'order' ? 'ItemsO' : 'CartitemsC';
	const input: INodeProperties = {
		displayName: 'Line Items Input',
		name: 'lineItemsInput',
		type: 'options',
		options: [
			{ name: 'Fields', value: 'fields', description: 'Enter each line item in fields' },
			{ name: 'JSON', value: 'json', description: `A JSON array of ${fields} objects, with attr, properties and the other fields` },
			...(keep ? [{ name: 'Keep Current Items', value: 'keep', description: 'Leave the line items as they are' }] : []),
		],
		default: 'fields',
	};
	return [
		// Update keeps the current items unless the user chooses new ones.
		keep ? { ...input, default: 'keep' } : input,
		{
			displayName: 'Line Items',
			name: 'lineItems',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Line Item',
			default: {},
			displayOptions: { show: { lineItemsInput: ['fields'] } },
			options: [{ displayName: 'Line Item', name: 'item', values: lineItemValues }],
		},
		{
			displayName: 'Line Items (JSON)',
			name: 'lineItemsJson',
			type: 'json',
			default: '[]',
			description: 'A JSON array such as [{"productID": "AC30", "sku": "AC30-BLK", "name": "Acme-30 Stapler", "category": "Office", "qty": 2, "itemPrice": 9.5, "attr": {"color": "black"}}]',
			displayOptions: { show: { lineItemsInput: ['json'] } },
		},
	];
}

type Refuse = (problem: string) => Error;

function kindProblem(kind: Kind, value: unknown): string | undefined {
	if (kind === 'string' && typeof value !== 'string') return 'must be text';
	if (kind === 'number' && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) return 'must be a number of at least 0';
	if (kind === 'quantity' && !(Number.isInteger(value) && (value as number) >= 1)) return 'must be a whole number of at least 1';
	if (kind === 'boolean' && typeof value !== 'boolean') return 'must be true or false';
	if (kind === 'strings' && !(Array.isArray(value) && value.every((entry) => typeof entry === 'string'))) return 'must be an array of texts';
	if (kind === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) return 'must be a JSON object';
	return undefined;
}

/** One line item checked against the item schema: the four required fields, known fields only, their types. */
function checkedItem(item: unknown, kinds: Record<string, Kind>, position: number, refuse: Refuse): IDataObject {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) throw refuse(`line item ${position} is not a JSON object`);
	const record = item as IDataObject;
	for (const [key, label] of REQUIRED) {
		if (typeof record[key] !== 'string' || String(record[key]).trim() === '') throw refuse(`line item ${position} has no ${label} (${key})`);
	}
	for (const [key, value] of Object.entries(record)) {
		if (!kinds[key]) throw refuse(`line item ${position}: "${key}" is not a field of a line item`);
		const problem = kindProblem(kinds[key], value);
		if (problem) throw refuse(`line item ${position}: ${key} ${problem}`);
	}
	return record;
}

function jsonItems(context: IExecuteFunctions, itemIndex: number, kinds: Record<string, Kind>): IDataObject[] {
	const refuse: Refuse = (problem) =>
		invalidParameter(context, itemIndex, 'Line Items (JSON)', problem, 'Enter a JSON array of line items, each with productID, sku, name and category.');
	const raw = context.getNodeParameter('lineItemsJson', itemIndex, '[]') as unknown;
	let value = raw;
	if (typeof raw === 'string') {
		try {
			value = decodeJson(raw, '"Line Items (JSON)"') ?? [];
		} catch (error) {
			throw refuse((error as Error).message);
		}
	}
	if (!Array.isArray(value)) throw refuse('is not a JSON array');
	return value.map((item, index) => checkedItem(item, kinds, index + 1, refuse));
}

/** A line item of the Line Items list, with only the optional fields that were filled in. */
function fieldItem(entry: IDataObject): IDataObject {
	const item: IDataObject = {};
	for (const key of ['productID', 'sku', 'name', 'category']) item[key] = String(entry[key] ?? '').trim();
	item.qty = entry.qty ?? 1;
	item.itemPrice = entry.itemPrice ?? 0;
	for (const key of ['description', 'url']) if (String(entry[key] ?? '').trim()) item[key] = String(entry[key]).trim();
	const images = splitList(entry.images);
	if (images.length) item.images = images;
	return item;
}

/**
 * The line items of the chosen input, checked before any request; undefined for "Keep Current Items". A line item
 * of the list without Product ID, SKU, Name or Category is refused, as Cordial refuses it.
 */
export function readLineItems(context: IExecuteFunctions, itemIndex: number, kind: 'order' | 'cart'): IDataObject[] | undefined {
	const input = context.getNodeParameter('lineItemsInput', itemIndex) as string;
	if (input === 'keep') return undefined;
	if (input === 'json') return jsonItems(context, itemIndex, ITEM_KINDS[kind]);
	if (input !== 'fields') throw invalidParameter(context, itemIndex, 'Line Items Input', `"${input}" is not allowed`, 'Choose Fields or JSON.');
	const entries = (context.getNodeParameter('lineItems.item', itemIndex, []) as IDataObject[]) ?? [];
	const refuse: Refuse = (problem) =>
		invalidParameter(context, itemIndex, 'Line Items', problem, 'Fill in Product ID, SKU, Name and Category of every line item; Quantity is a whole number of at least 1.');
	return entries.map((entry, index) => checkedItem(fieldItem(entry), ITEM_KINDS[kind], index + 1, refuse));
}
