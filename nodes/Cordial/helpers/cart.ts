import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, jsonObjectParameter } from '../../shared/validation';
import { readLineItems } from './lineItems';
import { readDateTime } from './order';
import { splitList } from './values';

const CART_TEXTS = ['cartID', 'customerID', 'linkID', 'mcID', 'url'] as const;

/**
 * The CartC body of Set (Cordial's API v2 Swagger, savecartcontact): cartitems, and the cart fields set. Cordial
 * computes totalAmount from the items, so it is not sent.
 */
export function cartBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const cartitems = readLineItems(context, itemIndex, 'cart') ?? [];
	if (cartitems.length === 0) {
		throw invalidParameter(context, itemIndex, 'Line Items', 'no line item', 'Add at least one line item; use the Clear operation to empty the cart.');
	}
	const values = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const key of CART_TEXTS) if (String(values[key] ?? '').trim()) body[key] = String(values[key]).trim();
	if (String(values.expiration ?? '').trim()) body.expiration = readDateTime(context, itemIndex, 'Expiration', values.expiration);
	if (values.tax !== undefined) {
		const tax = Number(values.tax);
		if (!Number.isFinite(tax) || tax < 0) throw invalidParameter(context, itemIndex, 'Tax', `${String(values.tax)} is not allowed`, 'Enter an amount of at least 0.');
		body.tax = tax;
	}
	return { ...body, cartitems };
}

/** The CartitemsC body of Add Item: the four required fields, quantity, price, and the optional fields set. */
export function cartItemBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const item: IDataObject = {};
	for (const [key, label] of [['productID', 'Product ID'], ['sku', 'SKU'], ['name', 'Name'], ['category', 'Category']]) {
		const value = String(context.getNodeParameter(key, itemIndex, '') ?? '').trim();
		if (!value) throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label} of the product; Cordial requires it.`);
		item[key] = value;
	}
	const qty = Number(context.getNodeParameter('qty', itemIndex, 1));
	if (!Number.isInteger(qty) || qty < 1) throw invalidParameter(context, itemIndex, 'Quantity', `${qty} is not allowed`, 'Enter a whole number of at least 1.');
	const itemPrice = Number(context.getNodeParameter('itemPrice', itemIndex, 0));
	if (!Number.isFinite(itemPrice) || itemPrice < 0) throw invalidParameter(context, itemIndex, 'Item Price', `${itemPrice} is not allowed`, 'Enter a price of at least 0.');
	Object.assign(item, { qty, itemPrice });
	const values = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	for (const key of ['description', 'url']) if (String(values[key] ?? '').trim()) item[key] = String(values[key]).trim();
	if (values.images !== undefined) item.images = splitList(values.images);
	if (values.attr !== undefined) item.attr = jsonObjectParameter(context, 'additionalFields.attr', itemIndex, 'Attributes (JSON)');
	if (values.properties !== undefined) item.properties = jsonObjectParameter(context, 'additionalFields.properties', itemIndex, 'Properties (JSON)');
	return item;
}

/** The contact's cart as Get returns it: its cID and the cart object, or an empty cart when it has none. */
export function contactCart(contact: IDataObject): IDataObject {
	const cart = contact.cart;
	const items = typeof cart === 'object' && cart !== null && !Array.isArray(cart) ? (cart as IDataObject) : { cartitems: [] };
	return { cID: contact.cID, ...items };
}
