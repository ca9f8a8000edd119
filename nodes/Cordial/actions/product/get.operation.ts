import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { productLocator } from './fields';

const properties: INodeProperties[] = [productLocator('The product to get, by its productID')];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const productID = requiredString(this, 'productId', itemIndex, 'Product');
	// getproduct: GET /products/{productID}; an unknown product is Cordial's 404 RecordNotFound.
	return await cordialRequest.call(this, { operation: 'Get Product', itemIndex, method: 'GET', path: `/products/${pathKey(this, itemIndex, 'Product', productID)}` });
}
