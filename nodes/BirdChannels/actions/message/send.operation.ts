import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { batchingOption, updateDisplayOptions } from '../../../shared/descriptions';
import { batchingMode } from '../../../shared/execute';
import { completeMessage, readMessage } from '../../helpers/message';
import { birdRequest, segment } from '../../transport';
import { messageFields } from '../fields';

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['send'] } }, messageFields);

/** From this many input items on, Automatic batching sends through Bird's batch endpoint. */
export const AUTO_BATCH_MIN_ITEMS = 10;

export const batching = batchingOption(
	{ resource: 'message', operation: 'send' },
	`From ${AUTO_BATCH_MIN_ITEMS} input items on, send through Bird's batch endpoint, 100 messages per request (each output item then has the batch ID and its position instead of the message ID)`,
);

/** Many items go out as batches of 100 (the Batch Message resource's Send Batch) unless Batching is off. */
export function useBatch(this: IExecuteFunctions, itemCount: number): boolean {
	// The choice is read first, so that a value it does not list is refused whatever the number of items.
	return batchingMode.call(this) === 'auto' && itemCount >= AUTO_BATCH_MIN_ITEMS;
}

export { executeBatch } from '../batchMessage/sendBatch.operation';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const prepared = await readMessage.call(this, itemIndex);
	const request = await completeMessage.call(this, prepared, 'Send Message');
	const response = await birdRequest.call(this, {
		operation: 'Send Message',
		itemIndex,
		method: 'POST',
		path: `/channels/${segment(this, prepared.itemIndex, 'Channel', prepared.channelId)}/messages`,
		body: { json: request },
	});
	return prepared.notice ? { ...response.body, notice: prepared.notice } : response.body;
}
