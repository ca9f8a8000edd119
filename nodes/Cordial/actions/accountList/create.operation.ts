import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { checkListName, enhancedField, listNameField } from './fields';

const properties: INodeProperties[] = [{ ...listNameField, required: true }, collectionProperty('additionalFields', [enhancedField])];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['create'] } }, properties);

/** addList (`POST /v2/accountlists`, body `List`): answers ListCreationSuccess `{ success, id }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = checkListName(this, itemIndex, this.getNodeParameter('name', itemIndex));
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { name };
	if (fields.enhanced !== undefined) body.enhanced = fields.enhanced === true;
	return await cordialRequest.call(this, { operation: 'Create Account List', itemIndex, method: 'POST', path: '/accountlists', body });
}
