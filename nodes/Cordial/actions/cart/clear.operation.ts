import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readContactPath } from '../../helpers/contact';
import { contactIdentifierFields } from '../contact/fields';

const properties: INodeProperties[] = [...contactIdentifierFields];

export const description = updateDisplayOptions({ show: { resource: ['cart'], operation: ['clear'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	// clearcartcontact: DELETE …/cart removes the cart object from the contact.
	await cordialRequest.call(this, { operation: 'Clear Cart', itemIndex, method: 'DELETE', path: `${path}/cart` });
	return { deleted: true };
}
