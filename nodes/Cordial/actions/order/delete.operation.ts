import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { orderLocator } from './fields';

const properties: INodeProperties[] = [orderLocator];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderID = requiredString(this, 'orderId', itemIndex, 'Order', 'Pick an order from the list or enter its orderID.');
	// deleteorder: DELETE /orders/{id}; an unknown order is Cordial's 400 "Order not found".
	await cordialRequest.call(this, { operation: 'Delete Order', itemIndex, method: 'DELETE', path: `/orders/${pathKey(this, itemIndex, 'Order', orderID)}` });
	return { deleted: true };
}
