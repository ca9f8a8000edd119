import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { readContactPath } from '../../helpers/contact';
import { contactIdentifierFields } from '../contact/fields';
import { productLocator } from '../product/fields';
import { text } from './fields';

const properties: INodeProperties[] = [
	...contactIdentifierFields,
	productLocator('The product to take out of the cart, by its productID'),
	{ displayName: 'Quantity', name: 'qty', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'How many units to remove; the line goes when none are left' },
	text('SKU', 'sku', 'e.g. AC30-BLK', 'Only the line of this variant; empty for the product whatever its SKU'),
];

export const description = updateDisplayOptions({ show: { resource: ['cart'], operation: ['removeItem'] } }, properties);

/**
 * removeproducttocartqtycontact: DELETE …/cartitems/{productID}/{qty}/{sku} (Cordial's API v2 Swagger); without a
 * SKU, …/cartitems/{productID}/{qty} as Cordial's Contacts API page lists it.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const productID = requiredString(this, 'productId', itemIndex, 'Product');
	const qty = Number(this.getNodeParameter('qty', itemIndex, 1));
	if (!Number.isInteger(qty) || qty < 1) throw invalidParameter(this, itemIndex, 'Quantity', `${qty} is not allowed`, 'Enter a whole number of at least 1.');
	const sku = String(this.getNodeParameter('sku', itemIndex, '') ?? '').trim();
	const skuPart = sku ? `/${pathKey(this, itemIndex, 'SKU', sku)}` : '';
	// Not repeated after an ambiguous failure: a second removal would take the quantity out twice.
	return await cordialRequest.call(this, {
		operation: 'Remove Cart Item',
		itemIndex,
		method: 'DELETE',
		path: `${path}/cartitems/${pathKey(this, itemIndex, 'Product', productID)}/${qty}${skuPart}`,
		idempotent: false,
	});
}
