import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { accountListLocator, readListPath } from './fields';

const properties: INodeProperties[] = [accountListLocator];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['clear'] } }, properties);

/**
 * clearlist (`PUT /v2/accountlists/{id}/clear`, no body): removes every contact from the list, which stays; answers
 * `{ success, id }`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = `${readListPath(this, itemIndex)}/clear`;
	return await cordialRequest.call(this, { operation: 'Clear Account List', itemIndex, method: 'PUT', path });
}
