import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { cartItemBody } from '../../helpers/cart';
import { readContactPath } from '../../helpers/contact';
import { contactIdentifierFields } from '../contact/fields';
import { text } from './fields';

const properties: INodeProperties[] = [
	...contactIdentifierFields,
	text('Product ID', 'productID', 'e.g. AC30', 'The product to add (Cordial\'s productID)', { required: true }),
	text('SKU', 'sku', 'e.g. AC30-BLK', 'The Stock Keeping Unit of the variant', { required: true }),
	text('Name', 'name', 'e.g. Acme-30 Stapler', 'The product name', { required: true }),
	text('Category', 'category', 'e.g. Office Supplies', 'The product category', { required: true }),
	{ displayName: 'Quantity', name: 'qty', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
	{ displayName: 'Item Price', name: 'itemPrice', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The price of one unit' },
	collectionProperty('additionalFields', [
		{ displayName: 'Attributes (JSON)', name: 'attr', type: 'json', default: '{}', description: 'Product attributes such as {"size": "large", "color": "red"}' },
		text('Description', 'description', 'e.g. Ultra soft casual t-shirt', 'The product description'),
		text('Image URLs', 'images', 'e.g. https://example.com/image1.jpg', 'Comma-separated image locations'),
		{ displayName: 'Properties (JSON)', name: 'properties', type: 'json', default: '{}', description: 'Searchable key/value pairs, e.g. {"brand": "Acme"}' },
		text('URL', 'url', 'e.g. https://example.com/products/ac30', 'Link to the product page'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['cart'], operation: ['addItem'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const body = cartItemBody(this, itemIndex);
	// addproducttocartcontact (POST …/cartitems) answers the cart item. Not repeated after an ambiguous failure:
	// a second add puts the quantity in the cart twice.
	return await cordialRequest.call(this, { operation: 'Add Cart Item', itemIndex, method: 'POST', path: `${path}/cartitems`, body });
}
