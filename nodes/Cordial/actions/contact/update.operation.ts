import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { contactIdentifierFields, contactPath } from '../common';
import { contactBody, contactDataFields } from './fields';

const properties: INodeProperties[] = [
	...contactIdentifierFields,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...contactDataFields.slice(0, 2),
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'A new e-mail channel address',
			},
			...contactDataFields.slice(2),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = contactPath(this, itemIndex);
	const values = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const email = values.email === undefined || values.email === '' ? undefined : String(values.email).trim();
	const body = contactBody(this, itemIndex, email, values, 'updateFields.attributes');
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'nothing to change', 'Add at least one field under "Update Fields".');
	}
	// Not repeated after an ambiguous failure: a changed e-mail address no longer finds the contact by the old one
	// (the repeat would report "record not found" for a change that was made), and with triggers not suppressed an
	// attribute change can fire triggered messages.
	return await cordialRequest.call(this, { operation: 'Update Contact', itemIndex, method: 'PUT', path, body });
}
