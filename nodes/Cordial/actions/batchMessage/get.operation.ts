import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readBatchMessagePath } from '../../helpers/batchMessage';
import { batchMessageLocator } from './fields';

const properties: INodeProperties[] = [batchMessageLocator];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readBatchMessagePath(this, itemIndex);
	return await cordialRequest.call(this, { operation: 'Get Batch Message', itemIndex, method: 'GET', path });
}
