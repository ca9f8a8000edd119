import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, itemSuffix } from '../../../shared/validation';
import { cordialList } from '../../transport';
import { accountListLocator, checkListName, enhancedField, listNameField, readListPath } from './fields';

const properties: INodeProperties[] = [accountListLocator, collectionProperty('updateFields', [enhancedField, listNameField])];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['update'] } }, properties);

/** updatelist (`PUT /v2/accountlists/{id}`, body `List`): the Swagger's 200 is an array of ListShow. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readListPath(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) body.name = checkListName(this, itemIndex, fields.name);
	if (fields.enhanced !== undefined) body.enhanced = fields.enhanced === true;
	if (Object.keys(body).length === 0) {
		throw invalidParameter(this, itemIndex, 'Update Fields', 'nothing to change', 'Add Name or Enhanced under "Update Fields".');
	}
	const lists = await cordialList.call(this, { operation: 'Update Account List', itemIndex, method: 'PUT', path, body });
	const updated = lists.find((list) => `/accountlists/${String(list.id)}` === path) ?? lists[0];
	if (updated === undefined) {
		throw new NodeOperationError(this.getNode(), `Cordial Update Account List: the answer has no list${itemSuffix(itemIndex)}`, {
			itemIndex,
			description: 'The list may have been changed; get it to see its name and settings.',
		});
	}
	return updated;
}
