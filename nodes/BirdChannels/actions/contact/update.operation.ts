import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { readAttributes, readContactId, readDisplayName, readIdList } from '../../helpers/contact';
import { birdRequest, segment } from '../../transport';
import { accountIdsField, attributesField, contactIdField, displayNameField, listIdsField } from './fields';

const properties: INodeProperties[] = [
	contactIdField,
	collectionProperty('updateFields', [
		{ ...accountIdsField, description: 'Comma-separated IDs of the accounts the contact belongs to from now on (at most 10)' },
		{ ...attributesField, description: 'Attributes to set, as a JSON object; attributes not named keep their values' },
		displayNameField,
		{ ...listIdsField, description: 'Comma-separated IDs of the lists the contact belongs to from now on (at most 10)' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = readContactId(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const displayName = readDisplayName(this, itemIndex, fields.displayName);
	const attributes = 'attributes' in fields ? readAttributes(this, itemIndex, 'updateFields.attributes') : undefined;
	const listIds = readIdList(this, itemIndex, fields.listIds, 'List IDs');
	const accountIds = readIdList(this, itemIndex, fields.accountIds, 'Account IDs');
	const body: IDataObject = {
		...(displayName !== undefined ? { displayName } : {}),
		...(attributes ? { attributes } : {}),
		...(listIds ? { listIds } : {}),
		...(accountIds ? { accountIds } : {}),
	};
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'is empty', 'Add at least one field to change: Account IDs, Attributes, Display Name or List IDs.');
	}
	const response = await birdRequest.call(this, {
		operation: 'Update Contact',
		itemIndex,
		method: 'PATCH',
		path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}`,
		body: { json: body },
		// A change, like a send, is not repeated after an ambiguous failure (a timeout or a cut connection once the
		// request was out): the error says so and the user checks in Bird. A 429 (not processed) is still retried.
	});
	return response.body;
}
