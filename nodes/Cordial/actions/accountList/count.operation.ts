import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { accountListLocator, readListPath } from './fields';

const properties: INodeProperties[] = [accountListLocator];

export const description = updateDisplayOptions({ show: { resource: ['accountList'], operation: ['count'] } }, properties);

/** getlistcount (`GET /v2/accountlists/{id}/count`): the list with `count`, its number of contacts. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = `${readListPath(this, itemIndex)}/count`;
	return await cordialRequest.call(this, { operation: 'Count Account List Contacts', itemIndex, method: 'GET', path });
}
