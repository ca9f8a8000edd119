import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { contactCart } from '../../helpers/cart';
import { readContactPath } from '../../helpers/contact';
import { contactIdentifierFields } from '../contact/fields';

const properties: INodeProperties[] = [...contactIdentifierFields];

export const description = updateDisplayOptions({ show: { resource: ['cart'], operation: ['get'] } }, properties);

/**
 * Cordial's API v2 has no GET of a cart: the cart is part of the contact record, so Get reads the contact
 * (GET /contacts/{primary_key}) and returns its cart with the contact's cID; a contact without one has an empty cart.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const contact = await cordialRequest.call(this, { operation: 'Get Cart', itemIndex, method: 'GET', path });
	return contactCart(contact);
}
