import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { lineItemsProperties, readLineItems } from '../../helpers/lineItems';
import { orderDetails, readDateTime } from '../../helpers/order';
import { CONTACT_ID } from '../../helpers/values';
import { orderDetailFields, orderLocator } from './fields';

const updateFields = ([
	...orderDetailFields(false),
	{
		displayName: 'Contact ID (cID)',
		name: 'cID',
		type: 'string',
		default: '',
		placeholder: 'e.g. 5f5f89b88b265d3b6563c3b5',
		description: 'Move the order to this contact (OrderUPD takes the contact by cID only)',
	},
	{
		displayName: 'Purchase Date',
		name: 'purchaseDate',
		type: 'dateTime',
		default: '',
		description: 'When the order was placed; a time without offset is in the workflow\'s time zone',
	},
] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName));

const properties: INodeProperties[] = [orderLocator, ...lineItemsProperties('order', true), collectionProperty('updateFields', updateFields)];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['update'] } }, properties);

/** The OrderUPD body (PUT /orders/{id}): the fields set, and the line items unless kept. */
function updateBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	const cID = String(values.cID ?? '').trim();
	if (cID && !CONTACT_ID.test(cID)) {
		throw invalidParameter(context, itemIndex, 'Contact ID (cID)', `"${cID}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3.');
	}
	if (cID) body.cID = cID;
	if (String(values.purchaseDate ?? '').trim()) body.purchaseDate = readDateTime(context, itemIndex, 'Purchase Date', values.purchaseDate);
	const items = readLineItems(context, itemIndex, 'order');
	if (items) body.items = items;
	return { ...body, ...orderDetails(context, itemIndex, values, 'updateFields') };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const orderID = requiredString(this, 'orderId', itemIndex, 'Order', 'Pick an order from the list or enter its orderID.');
	const path = `/orders/${pathKey(this, itemIndex, 'Order', orderID)}`;
	const body = updateBody(this, itemIndex);
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'nothing to change', 'Add at least one field under "Update Fields", or choose line items.');
	}
	// Not repeated after an ambiguous failure: a changed status can fire order-triggered messages.
	const answer = await cordialRequest.call(this, { operation: 'Update Order', itemIndex, method: 'PUT', path, body });
	return { orderID, ...answer };
}
