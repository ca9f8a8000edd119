import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readBatchMessagePath } from '../../helpers/batchMessage';
import { batchMessageLocator } from './fields';

const properties: INodeProperties[] = [batchMessageLocator];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readBatchMessagePath(this, itemIndex);
	await cordialRequest.call(this, { operation: 'Delete Batch Message', itemIndex, method: 'DELETE', path });
	return { deleted: true };
}
