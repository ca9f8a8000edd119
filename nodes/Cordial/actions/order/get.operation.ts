import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { simplifyOrder } from '../../helpers/order';
import { orderIdField, simplifyField } from './fields';

const properties: INodeProperties[] = [orderIdField, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderID = requiredString(this, 'orderId', itemIndex, 'Order ID');
	const order = await cordialRequest.call(this, {
		operation: 'Get Order',
		itemIndex,
		method: 'GET',
		path: `/orders/${pathKey(this, itemIndex, 'Order ID', orderID)}`,
	});
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyOrder(order) : order;
}
