import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { cartBody } from '../../helpers/cart';
import { readContactPath } from '../../helpers/contact';
import { lineItemsProperties } from '../../helpers/lineItems';
import { contactIdentifierFields } from '../contact/fields';
import { text } from './fields';

const properties: INodeProperties[] = [
	...contactIdentifierFields,
	...lineItemsProperties('cart'),
	collectionProperty('additionalFields', [
		text('Cart ID', 'cartID', 'e.g. c-1042', 'The shop\'s ID of the cart'),
		text('Cart URL', 'url', 'e.g. https://example.com/cart', 'Link back to the cart'),
		text('Customer ID', 'customerID', 'e.g. abc123', 'The ID the shop or CRM gives the customer'),
		{ displayName: 'Expiration', name: 'expiration', type: 'dateTime', default: '', description: 'When the cart expires; a time without offset is in the workflow\'s time zone' },
		text('Link ID', 'linkID', 'e.g. 45:55f1d1ac0c8117:1', 'The message link the cart came from, for revenue attribution'),
		text('Message Contact ID (mcID)', 'mcID', 'e.g. 1:5f5f89987b8f107ade2be674:ot:5ee22ead517daa8cf0403205:1', 'The message the cart came from, for revenue attribution'),
		{ displayName: 'Tax', name: 'tax', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The amount of tax' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['cart'], operation: ['set'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const body = cartBody(this, itemIndex);
	// savecartcontact (POST …/cart) puts this cart object on the contact in place of any cart it had. Not repeated
	// after an ambiguous failure, as every other change of this package: a cart change can fire cart automations.
	return await cordialRequest.call(this, { operation: 'Set Cart', itemIndex, method: 'POST', path: `${path}/cart`, body });
}
