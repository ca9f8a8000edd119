import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { readContactId, readIdentifier, readIdentifierProperties } from '../../helpers/contact';
import { birdRequest, segment } from '../../transport';
import { contactIdField, identifierFields, identifierPropertiesField } from './fields';

const properties: INodeProperties[] = [
	contactIdField,
	...identifierFields,
	collectionProperty('additionalFields', [identifierPropertiesField]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['addIdentifier'] } }, properties);

/**
 * Bird's "Create contact identifier": `POST /contacts/{contactId}/identifiers` with `{key, value, properties}`;
 * the answer is the identifier `{contactId, key, value, properties, createdAt}`. An identifier another contact has
 * is Bird's 409.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = readContactId(this, itemIndex);
	const { key, value } = readIdentifier(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const identifierProperties = 'properties' in fields ? readIdentifierProperties(this, itemIndex, 'additionalFields.properties') : undefined;
	const response = await birdRequest.call(this, {
		operation: 'Add Contact Identifier',
		itemIndex,
		method: 'POST',
		path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}/identifiers`,
		body: { json: { key, value, ...(identifierProperties ? { properties: identifierProperties } : {}) } },
	});
	return response.body;
}
