import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest, pathKey } from '../../transport';
import { readOrderContact } from '../../helpers/order';
import { newOrderBody, newOrderProperties } from './create.operation';

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['upsert'] } }, newOrderProperties);

/** Whether the order exists: getorder answers 404 RecordNotFound for an unknown order ID. */
async function orderExists(context: IExecuteFunctions, itemIndex: number, path: string): Promise<boolean> {
	const failure = await cordialRequest
		.call(context, { operation: 'Create or Update Order', itemIndex, method: 'GET', path: `${path}?fields=orderID` })
		.then(
			() => undefined,
			(error: unknown) => error,
		);
	if (failure === undefined) return true;
	if (failure instanceof NodeApiError && failure.httpCode === '404') return false;
	throw failure instanceof NodeApiError || failure instanceof NodeOperationError ? failure : new NodeOperationError(context.getNode(), failure as Error, { itemIndex });
}

/**
 * Cordial has no order upsert: POST /orders refuses a repeated orderID, and PUT /orders/{id} (OrderUPD) updates an
 * existing order. So the order is looked up first (GET /orders/{id}), then created or updated. The update sends
 * OrderUPD's fields: no orderID, and the contact only when it is given by cID (OrderUPD has no email or other key).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = newOrderBody(this, itemIndex);
	const orderID = String(body.orderID);
	const path = `/orders/${pathKey(this, itemIndex, 'Order ID', orderID)}`;
	if (!(await orderExists(this, itemIndex, path))) {
		const answer = await cordialRequest.call(this, { operation: 'Create or Update Order', itemIndex, method: 'POST', path: '/orders', body });
		return { orderID, created: true, ...answer };
	}
	const contactKeys = Object.keys(readOrderContact(this, itemIndex)).filter((key) => key !== 'cID');
	const update = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'orderID' && !contactKeys.includes(key)));
	const answer = await cordialRequest.call(this, { operation: 'Create or Update Order', itemIndex, method: 'PUT', path, body: update });
	return { orderID, created: false, ...answer };
}
