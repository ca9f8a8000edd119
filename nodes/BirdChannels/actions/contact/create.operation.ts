import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { readAttributes, readDisplayName, readIdentifiers, readIdList } from '../../helpers/contact';
import { birdRequest } from '../../transport';
import { accountIdsField, attributesField, displayNameField, identifiersField, listIdsField } from './fields';

const properties: INodeProperties[] = [
	identifiersField,
	collectionProperty('additionalFields', [accountIdsField, attributesField, displayNameField, listIdsField]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const identifiers = readIdentifiers(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const displayName = readDisplayName(this, itemIndex, fields.displayName);
	if (identifiers.length === 0 && displayName === undefined) {
		throw invalidParameter(this, itemIndex, 'Identifiers', 'is empty and no display name is set', 'Add at least one identifier (e-mail address or phone number) so that Bird can reach the contact.');
	}
	const attributes = 'attributes' in fields ? readAttributes(this, itemIndex, 'additionalFields.attributes') : undefined;
	const listIds = readIdList(this, itemIndex, fields.listIds, 'List IDs');
	const accountIds = readIdList(this, itemIndex, fields.accountIds, 'Account IDs');
	const body: IDataObject = {
		...(displayName !== undefined ? { displayName } : {}),
		...(identifiers.length > 0 ? { identifiers } : {}),
		...(attributes ? { attributes } : {}),
		...(listIds ? { listIds } : {}),
		...(accountIds ? { accountIds } : {}),
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
