import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { readAttributes, readIdentifier, readIdList } from '../../helpers/contact';
import { birdRequest, segment } from '../../transport';
import { attributesField, identifierFields } from './fields';

const properties: INodeProperties[] = [
	...identifierFields,
	collectionProperty('additionalFields', [
		{
			displayName: 'Add to List IDs',
			name: 'addToLists',
			type: 'string',
			default: '',
			description: 'Comma-separated IDs of lists to add the contact to',
		},
		attributesField,
		{
			displayName: 'Remove From List IDs',
			name: 'removeFromLists',
			type: 'string',
			default: '',
			description: 'Comma-separated IDs of lists to remove the contact from',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { key, value } = readIdentifier(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const attributes = 'attributes' in fields ? readAttributes(this, itemIndex, 'additionalFields.attributes') : undefined;
	// The upsert takes up to 100 lists to add to and to remove from (a contact's own listIds: at most 10).
	const addToLists = readIdList(this, itemIndex, fields.addToLists, 'Add to List IDs', 100);
	const removeFromLists = readIdList(this, itemIndex, fields.removeFromLists, 'Remove From List IDs', 100);
	const body: IDataObject = {
		...(attributes ? { attributes } : {}),
		...(addToLists ? { addToLists } : {}),
		...(removeFromLists ? { removeFromLists } : {}),
	};
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
