import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { batchStateChange } from '../../helpers/stateChange';
import { batchMessageLocator } from './fields';

const properties: INodeProperties[] = [batchMessageLocator];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['resume'] } }, properties);

/** Resumes a paused message. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await batchStateChange.call(this, itemIndex, 'resume', 'Resume Batch Message');
}
