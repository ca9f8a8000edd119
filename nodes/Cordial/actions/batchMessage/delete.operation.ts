import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { batchMessageLocator, batchMessagePath } from '../common';

const properties: INodeProperties[] = [batchMessageLocator];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = batchMessagePath(this, itemIndex);
	await cordialRequest.call(this, { operation: 'Delete Batch Message', itemIndex, method: 'DELETE', path });
	return { deleted: true };
}
