import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { readLineItems, lineItemsProperties } from '../../helpers/lineItems';
import { orderDetails, readDateTime, readOrderContact } from '../../helpers/order';
import { orderContactFields, orderDetailFields, orderIdField, purchaseDateField } from './fields';

/** The fields of a new order (Create, and Create or Update). */
export const newOrderProperties: INodeProperties[] = [
	orderIdField,
	...orderContactFields,
	purchaseDateField,
	...lineItemsProperties('order'),
	collectionProperty('additionalFields', orderDetailFields(true)),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['create'] } }, newOrderProperties);

/** The OrderOWithSuppress body (Cordial's API v2 Swagger, addorders) with the contact as the Orders API page allows. */
export function newOrderBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const orderID = requiredString(context, 'orderId', itemIndex, 'Order ID');
	const contact = readOrderContact(context, itemIndex);
	const purchaseDate = readDateTime(context, itemIndex, 'Purchase Date', context.getNodeParameter('purchaseDate', itemIndex));
	const items = readLineItems(context, itemIndex, 'order');
	const details = orderDetails(context, itemIndex, context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, 'additionalFields');
	return { orderID, ...contact, purchaseDate, items, ...details };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = newOrderBody(this, itemIndex);
	// POST /orders refuses an orderID it has (addorders): not repeated after an ambiguous failure, since the repeat
	// of a stored order would report that error instead.
	const answer = await cordialRequest.call(this, { operation: 'Create Order', itemIndex, method: 'POST', path: '/orders', body });
	return { orderID: body.orderID, ...answer };
}
