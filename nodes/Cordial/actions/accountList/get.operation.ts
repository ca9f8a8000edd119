import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { accountListLocator, readListPath } from './fields';

const properties: INodeProperties[] = [accountListLocator];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['get'] } }, properties);

/** getlist (`GET /v2/accountlists/{id}`): the ListShow `{ id, name, enhanced }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readListPath(this, itemIndex);
	return await cordialRequest.call(this, { operation: 'Get Account List', itemIndex, method: 'GET', path });
}
