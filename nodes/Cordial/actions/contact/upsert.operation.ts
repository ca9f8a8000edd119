import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { splitList } from '../common';
import { contactBody, contactDataFields } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: 'The contact\'s e-mail address (the e-mail channel address)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
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
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const email = requiredString(this, 'email', itemIndex, 'Email');
	const values = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = contactBody(this, itemIndex, email, values, 'additionalFields.attributes');
	if (values.identifyBy !== undefined) {
		const keys = splitList(values.identifyBy);
		const wrong = keys.find((key) => !/^[A-Za-z0-9_.-]+$/.test(key));
		if (keys.length === 0 || wrong) {
			throw invalidParameter(this, itemIndex, 'Identify By', wrong ? `"${wrong}" is not a key name` : 'is empty', 'Enter key names such as email, custID, separated by commas.');
		}
		body.identifyBy = keys;
	}
	// POST /contacts creates the contact, or updates the one its primary key (or identifyBy) finds.
	return await cordialRequest.call(this, { operation: 'Create or Update Contact', itemIndex, method: 'POST', path: '/contacts', body });
}
