import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { contactBody, readContactPath } from '../../helpers/contact';
import { contactDataFields, contactIdentifierFields, emailField } from './fields';

const properties: INodeProperties[] = [
	...contactIdentifierFields,
	collectionProperty('updateFields', [
		...contactDataFields.slice(0, 2),
		{ ...emailField, description: 'A new e-mail channel address' },
		...contactDataFields.slice(2),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const values = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const email = values.email === undefined || values.email === '' ? undefined : String(values.email).trim();
	const body = contactBody(this, itemIndex, { channel: 'email', address: email }, values, 'updateFields.attributes');
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'nothing to change', 'Add at least one field under "Update Fields".');
	}
	// Not repeated after an ambiguous failure: a changed e-mail address no longer finds the contact by the old one
	// (the repeat would report "record not found" for a change that was made), and with triggers not suppressed an
	// attribute change can fire triggered messages.
	return await cordialRequest.call(this, { operation: 'Update Contact', itemIndex, method: 'PUT', path, body });
}
