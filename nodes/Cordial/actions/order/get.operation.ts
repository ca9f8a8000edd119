import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { simplifyOrder } from '../../helpers/order';
import { orderLocator, simplifyField } from './fields';

const properties: INodeProperties[] = [orderLocator, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderID = requiredString(this, 'orderId', itemIndex, 'Order', 'Pick an order from the list or enter its orderID.');
	const order = await cordialRequest.call(this, {
		operation: 'Get Order',
		itemIndex,
		method: 'GET',
		path: `/orders/${pathKey(this, itemIndex, 'Order', orderID)}`,
	});
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyOrder(order) : order;
}
