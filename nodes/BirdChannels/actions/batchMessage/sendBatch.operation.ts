import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { completeMessage, prepareMessage, type PreparedMessage } from '../../helpers/message';
import { birdRequest, segment, unusableAnswer } from '../../transport';
import { messageFields } from '../message/fields';

/** Bird's batch endpoint takes at most 100 message requests. */
export const BATCH_SIZE = 100;

export const description = updateDisplayOptions(
	{ show: { resource: ['batchMessage'], operation: ['sendBatch'] } },
	messageFields,
);

interface Ready {
	prepared: PreparedMessage;
	request: IDataObject;
}

/** n8n's error types pass through; anything else is wrapped so that the item is named. */
function nodeError(this: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}

/**
 * The error of a batch request, as it reads for one of its items: a batch request serves many items, so the
 * transport's message names none; each item's error names that item, as every other error of the node does.
 */
function forItem<T extends NodeApiError | NodeOperationError>(error: T, itemIndex: number): T {
	const copy = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as T, error);
	copy.message = /\[item \d+\]$/.test(error.message) ? error.message : `${error.message} [item ${itemIndex}]`;
	copy.stack = error.stack;
	copy.context = { ...error.context, itemIndex };
	return copy;
}

function describeItems(indexes: number[]): string {
	return indexes.length === 0 ? 'none' : indexes.join(', ');
}

/**
 * All input items become message requests, grouped by channel and sent as `batch/messages` requests of at most
 * 100; every input item gets its own output item (the batch ID and its position in the batch).
 * Input problems are found for every item before anything is sent: without "Continue On Fail" one bad item stops
 * the node before any request; with it, the bad items get error items and the others are sent.
 */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<Array<ItemResult | Error>> {
	const results: Array<ItemResult | Error | undefined> = itemIndexes.map(() => undefined);
	const continueOnFail = this.continueOnFail();
	const now = Date.now();

	const prepared: PreparedMessage[] = [];
	for (const itemIndex of itemIndexes) {
		try {
			prepared.push(await prepareMessage.call(this, itemIndex, now));
		} catch (error) {
			if (!continueOnFail) throw nodeError.call(this, error, itemIndex);
			results[itemIndex] = nodeError.call(this, error, itemIndex);
		}
	}

	// Uploads first, so that one item whose upload fails does not hold back the batches of the others.
	const byChannel = new Map<string, Ready[]>();
	for (const entry of prepared) {
		try {
			const request = await completeMessage.call(this, entry, 'Send Batch');
			const list = byChannel.get(entry.channelId) ?? [];
			list.push({ prepared: entry, request });
			byChannel.set(entry.channelId, list);
		} catch (error) {
			if (!continueOnFail) throw nodeError.call(this, error, entry.itemIndex);
			results[entry.itemIndex] = nodeError.call(this, error, entry.itemIndex);
		}
	}

	const accepted: number[] = [];
	for (const [channelId, entries] of byChannel) {
		for (let start = 0; start < entries.length; start += BATCH_SIZE) {
			const chunk = entries.slice(start, start + BATCH_SIZE);
			const chunkItems = chunk.map((entry) => entry.prepared.itemIndex);
			try {
				const response = await birdRequest.call(this, {
					operation: `Send Batch (items ${chunkItems[0]} to ${chunkItems[chunkItems.length - 1]})`,
					method: 'POST',
					path: `/channels/${segment(this, chunkItems[0], 'Channel', channelId)}/batch/messages`,
					body: { json: { messageRequests: chunk.map((entry) => entry.request) } },
				});
				const batchId = response.body.id ?? response.body.batchId;
				if (typeof batchId !== 'string' || batchId === '') {
					throw unusableAnswer(this, { operation: `Send Batch (items ${chunkItems[0]} to ${chunkItems[chunkItems.length - 1]})`, method: 'POST' }, response.statusCode, 'the answer has no batch ID');
				}
				chunk.forEach((entry, position) => {
					results[entry.prepared.itemIndex] = {
						batchId,
						channelId,
						position,
						...(entry.request.reference !== undefined ? { reference: entry.request.reference } : {}),
						...(entry.prepared.notice ? { notice: entry.prepared.notice } : {}),
					};
				});
				accepted.push(...chunkItems);
			} catch (caught) {
				const error = nodeError.call(this, caught, chunkItems[0]);
				if (!continueOnFail) {
					// Earlier batches were accepted: say which, so that a re-run does not send them twice.
					const first = forItem(error, chunkItems[0]);
					first.description = `${error.description ?? ''} Items already accepted by Bird in earlier batches: ${describeItems(accepted)}; the items from ${chunkItems[0]} on were not sent, except that the failed batch itself (items ${chunkItems[0]} to ${chunkItems[chunkItems.length - 1]}) may have been taken when the answer above says so.`.trim();
					throw first;
				}
				for (const itemIndex of chunkItems) results[itemIndex] = forItem(error, itemIndex);
			}
		}
	}
	return results.map(
		(result, itemIndex) =>
			result ?? new NodeOperationError(this.getNode(), `Bird Send Batch: the item was not processed [item ${itemIndex}]`, { itemIndex }),
	);
}
