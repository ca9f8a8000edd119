import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { accountListLocator, readListPath } from './fields';

const properties: INodeProperties[] = [accountListLocator];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['delete'] } }, properties);

/** deletelist (`DELETE /v2/accountlists/{id}`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readListPath(this, itemIndex);
	await cordialRequest.call(this, { operation: 'Delete Account List', itemIndex, method: 'DELETE', path });
	return { deleted: true };
}
