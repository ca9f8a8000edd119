import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { readListBody, readListName } from '../../helpers/list';
import { birdRequest } from '../../transport';
import { listDetailFields, listNameField } from './fields';

const properties: INodeProperties[] = [{ ...listNameField, required: true }, collectionProperty('additionalFields', listDetailFields)];

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['create'] } }, properties);

/** Bird's "Create a list": `POST /lists` with `{name, description, consentType, tags, isProof}`, 201 with the list. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = readListName(this, itemIndex, this.getNodeParameter('name', itemIndex, ''));
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const response = await birdRequest.call(this, {
		operation: 'Create List',
		itemIndex,
		method: 'POST',
		path: '/lists',
		body: { json: { name, ...readListBody(this, itemIndex, fields) } },
	});
	return response.body;
}
