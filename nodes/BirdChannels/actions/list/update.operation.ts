import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { listPath, readListBody } from '../../helpers/list';
import { birdRequest } from '../../transport';
import { listDetailFields, listLocator, listNameField } from './fields';

const properties: INodeProperties[] = [listLocator, collectionProperty('updateFields', [...listDetailFields, listNameField].sort((a, b) => a.displayName.localeCompare(b.displayName)))];

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['update'] } }, properties);

/** Bird's "Update a list": `PATCH /lists/{listId}` with the fields to change, 200 with the list. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = listPath(this, itemIndex);
	const body = readListBody(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'is empty', 'Add at least one field to change: Consent Type, Description, Name, Proof List or Tag IDs.');
	}
	const response = await birdRequest.call(this, { operation: 'Update List', itemIndex, method: 'PATCH', path, body: { json: body } });
	return response.body;
}
