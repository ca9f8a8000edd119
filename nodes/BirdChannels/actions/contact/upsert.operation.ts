import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { readAttributes, readIdentifier, readIdList } from '../../helpers/contact';
import { birdRequest, segment } from '../../transport';
import { attributesField, identifierFields, membershipField } from './fields';

const properties: INodeProperties[] = [
	...identifierFields,
	collectionProperty('additionalFields', [
		membershipField('Add to Account IDs', 'addToAccounts', 'accounts (companies) to add the contact to'),
		membershipField('Add to List IDs', 'addToLists', 'lists to add the contact to'),
		attributesField,
		membershipField('Remove From Account IDs', 'removeFromAccounts', 'accounts to remove the contact from'),
		membershipField('Remove From List IDs', 'removeFromLists', 'lists to remove the contact from'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

/** The upsert's membership fields, their labels and how many IDs each takes ("Create or update a contact by identifier": `max: 10` for all four). */
const MEMBERSHIPS = [
	['addToLists', 'Add to List IDs', 10],
	['removeFromLists', 'Remove From List IDs', 10],
	['addToAccounts', 'Add to Account IDs', 10],
	['removeFromAccounts', 'Remove From Account IDs', 10],
] as const;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { key, value } = readIdentifier(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const attributes = 'attributes' in fields ? readAttributes(this, itemIndex, 'additionalFields.attributes') : undefined;
	const body: IDataObject = attributes ? { attributes } : {};
	for (const [name, label, max] of MEMBERSHIPS) {
		const ids = readIdList(this, itemIndex, fields[name], label, max);
		if (ids) body[name] = ids;
	}
	const response = await birdRequest.call(this, {
		operation: 'Create or Update Contact',
		itemIndex,
		method: 'PATCH',
		// The value is a path segment: "+" and "@" must travel encoded (%2B, %40), or "+" would read as a space.
		path: `/contacts/identifiers/${segment(this, itemIndex, 'Identifier Key', key)}/${segment(this, itemIndex, 'Identifier Value', value)}`,
		body: { json: body },
		// A change is not repeated after an ambiguous failure (see Update Contact); a 429 is still retried.
	});
	return response.body;
}
