import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { contactBody, readIdentifyBy } from '../../helpers/contact';
import { contactDataFields, emailField } from './fields';

const properties: INodeProperties[] = [
	{ ...emailField, required: true, description: 'The contact\'s e-mail address (the e-mail channel address)' },
	collectionProperty('additionalFields', [
		...contactDataFields.slice(0, 3),
		{
			displayName: 'Identify By',
			name: 'identifyBy',
			type: 'string',
			default: '',
			placeholder: 'email, custID',
			description: 'Comma-separated secondary keys, highest priority first, that find an existing contact to update',
		},
		...contactDataFields.slice(3),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const email = requiredString(this, 'email', itemIndex, 'Email');
	const values = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, itemIndex, email, values, 'additionalFields.attributes');
	if (values.identifyBy !== undefined) body.identifyBy = readIdentifyBy(this, itemIndex, values.identifyBy);
	// POST /contacts creates the contact, or updates the one its primary key (or identifyBy) finds.
	return await cordialRequest.call(this, { operation: 'Create or Update Contact', itemIndex, method: 'POST', path: '/contacts', body });
}
