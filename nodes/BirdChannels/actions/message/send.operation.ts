import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { REQUEST_OPTIONS } from '../../../shared/execute';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { completeMessage, readMessage } from '../../helpers/message';
import { birdRequest, segment } from '../../transport';
import { messageFields } from '../fields';

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['send'] } }, messageFields);

/**
 * Request Options › Batching of Message › Send. One Request per Item is the default, so that every output item is the
 * message Bird accepted whatever the number of items; Batch Endpoint (the value `auto` of earlier versions, still
 * accepted) sends every item through Bird's batch endpoint, as Batch Message › Send Batch does.
 */
export const batching: INodeProperties = {
	displayName: 'Batching',
	name: 'batching',
	type: 'options',
	default: 'off',
	description: 'Whether the items go to Bird one request per item (each output item is the sent message) or in batch requests',
	options: [
		{
			name: 'Batch Endpoint',
			value: 'auto',
			description:
				"Send every item through Bird's batch endpoint, 100 messages per request, whatever the number of items; each output item then has the batch ID and its position instead of the message",
		},
		{ name: 'One Request per Item', value: 'off', description: 'Send every item on its own; each output item is the message Bird accepted' },
	],
	displayOptions: { show: { '/resource': ['message'], '/operation': ['send'] } },
};

/** Bird's batch endpoint only when the user chose it, so the output's shape never depends on the number of items. */
export function useBatch(this: IExecuteFunctions): boolean {
	return this.getNodeParameter(`${REQUEST_OPTIONS}.batching`, 0, 'off') === 'auto';
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
