import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { productLocator } from './fields';

const properties: INodeProperties[] = [productLocator('The product to delete, by its productID')];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const productID = requiredString(this, 'productId', itemIndex, 'Product');
	// deleteproducts: an unknown product is Cordial's 400 "Product not found".
	await cordialRequest.call(this, { operation: 'Delete Product', itemIndex, method: 'DELETE', path: `/products/${pathKey(this, itemIndex, 'Product', productID)}` });
	return { deleted: true };
}
