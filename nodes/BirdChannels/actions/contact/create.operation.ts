import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { birdRequest } from '../../transport';
import { attributesField, checkIdentifier, listIdsField, readAttributes, readDisplayName, readIdList } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Identifiers',
		name: 'identifiers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Identifier',
		description: 'How Bird reaches the contact: e-mail addresses, phone numbers and other identifiers',
		options: [
			{
				displayName: 'Identifier',
				name: 'identifier',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'options',
						options: [
							{ name: 'Email Address', value: 'emailaddress' },
							{ name: 'Other', value: 'custom' },
							{ name: 'Phone Number', value: 'phonenumber' },
						],
						default: 'emailaddress',
					},
					{
						displayName: 'Custom Key',
						name: 'customKey',
						type: 'string',
						default: '',
						displayOptions: { show: { key: ['custom'] } },
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			attributesField,
			{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '' },
			listIdsField,
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const entries = this.getNodeParameter('identifiers.identifier', itemIndex, []) as IDataObject[];
	const identifiers = entries.map((entry, position) => {
		const label = `Identifiers (identifier ${position + 1})`;
		const key = (entry.key === 'custom' ? String(entry.customKey ?? '') : String(entry.key ?? 'emailaddress')).trim();
		const value = String(entry.value ?? '').trim();
		if (key === '') throw invalidParameter(this, itemIndex, `${label} Custom Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
		if (value === '') throw invalidParameter(this, itemIndex, `${label} Value`, 'is empty', 'Enter the e-mail address, phone number or other identifier.');
		checkIdentifier(this, itemIndex, `${label} Value`, key, value);
		return { key, value };
	});
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const displayName = readDisplayName(this, itemIndex, fields.displayName);
	if (identifiers.length === 0 && displayName === undefined) {
		throw invalidParameter(this, itemIndex, 'Identifiers', 'is empty and no display name is set', 'Add at least one identifier (e-mail address or phone number) so that Bird can reach the contact.');
	}
	const attributes = 'attributes' in fields ? readAttributes(this, itemIndex, 'additionalFields.attributes') : undefined;
	const listIds = readIdList(this, itemIndex, fields.listIds, 'List IDs');
	const body: IDataObject = {
		...(displayName !== undefined ? { displayName } : {}),
		...(identifiers.length > 0 ? { identifiers } : {}),
		...(attributes ? { attributes } : {}),
		...(listIds ? { listIds } : {}),
	};
	const response = await birdRequest.call(this, {
		operation: 'Create Contact',
		itemIndex,
		method: 'POST',
		path: '/contacts',
		body: { json: body },
	});
	return response.body;
}
