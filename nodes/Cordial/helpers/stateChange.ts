import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { cordialRequest } from '../transport';
import { readBatchMessagePath } from './batchMessage';

/**
 * `PUT /batchmessages/{id}/<action>` without a body. These are not idempotent (a second send after an ambiguous
 * failure could fail or act twice), so the transport never repeats them after a timeout.
 */
export async function batchStateChange(
	this: IExecuteFunctions,
	itemIndex: number,
	action: 'send' | 'pause' | 'resume' | 'cancel' | 'unschedule',
	operation: string,
): Promise<IDataObject> {
	const path = `${readBatchMessagePath(this, itemIndex)}/${action}`;
	const response = await cordialRequest.call(this, { operation, itemIndex, method: 'PUT', path });
	return response;
}
