import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, type NodeApiError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requestsInParallel, type ItemResult } from '../../../shared/execute';
import { describeIndexes, inParallel } from '../../../shared/parallel';
import { itemSuffix } from '../../../shared/validation';
import { forItem, nodeError } from '../../helpers/itemError';
import { completeMessage, readMessage, type PreparedMessage } from '../../helpers/message';
import { birdRequest, segment, unusableAnswer } from '../../transport';
import { messageFields } from '../fields';

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

/** The result of every input item so far (by item index), and whether a failed item stops the node. */
interface BatchRun {
	results: Array<ItemResult | Error | undefined>;
	continueOnFail: boolean;
	/** The items Bird accepted, for the error that stops the node. */
	accepted: number[];
	/** Without Continue On Fail: the batches that failed, which stop the node once the batches in flight are in. */
	failures: Array<{ error: NodeApiError | NodeOperationError; chunkItems: number[] }>;
}

interface Chunk {
	channelId: string;
	entries: Ready[];
}

function describeItems(indexes: number[]): string {
	return indexes.length === 0 ? 'none' : describeIndexes([...indexes].sort((a, b) => a - b));
}

/** An item's failure before any batch: it stops the node, or (Continue On Fail) becomes the item's error. */
function failItem(this: IExecuteFunctions, run: BatchRun, error: unknown, itemIndex: number): void {
	if (!run.continueOnFail) throw nodeError(this, error, itemIndex);
	run.results[itemIndex] = nodeError(this, error, itemIndex);
}

/** Step 1: every item's message is read and checked before anything is sent. */
async function readMessages(this: IExecuteFunctions, run: BatchRun, itemIndexes: number[]): Promise<PreparedMessage[]> {
	const now = Date.now();
	const prepared: PreparedMessage[] = [];
	for (const itemIndex of itemIndexes) {
		try {
			prepared.push(await readMessage.call(this, itemIndex, now));
		} catch (error) {
			failItem.call(this, run, error, itemIndex);
		}
	}
	return prepared;
}

/**
 * Step 2: the items' files are uploaded and the finished requests grouped by channel. Uploads come first, so that
 * one item whose upload fails does not hold back the batches of the others.
 */
async function uploadAndGroup(this: IExecuteFunctions, run: BatchRun, prepared: PreparedMessage[]): Promise<Map<string, Ready[]>> {
	const byChannel = new Map<string, Ready[]>();
	for (const entry of prepared) {
		try {
			const request = await completeMessage.call(this, entry, 'Send Batch');
			const list = byChannel.get(entry.channelId) ?? [];
			list.push({ prepared: entry, request });
			byChannel.set(entry.channelId, list);
		} catch (error) {
			failItem.call(this, run, error, entry.itemIndex);
		}
	}
	return byChannel;
}

/** Step 3: one `batch/messages` request of at most 100 items of one channel; each item gets the batch ID and its position. */
async function sendChunk(this: IExecuteFunctions, run: BatchRun, channelId: string, chunk: Ready[]): Promise<void> {
	const chunkItems = chunk.map((entry) => entry.prepared.itemIndex);
	const operation = `Send Batch (items ${chunkItems[0]} to ${chunkItems[chunkItems.length - 1]})`;
	try {
		const response = await birdRequest.call(this, {
			operation,
			method: 'POST',
			path: `/channels/${segment(this, chunkItems[0], 'Channel', channelId)}/batch/messages`,
			body: { json: { messageRequests: chunk.map((entry) => entry.request) } },
		});
		const batchId = response.body.id ?? response.body.batchId;
		if (typeof batchId !== 'string' || batchId === '') {
			throw unusableAnswer(this, { operation, method: 'POST' }, response.statusCode, 'the answer has no batch ID');
		}
		chunk.forEach((entry, position) => {
			run.results[entry.prepared.itemIndex] = {
				batchId,
				channelId,
				position,
				...(entry.request.reference !== undefined ? { reference: entry.request.reference } : {}),
				...(entry.prepared.notice ? { notice: entry.prepared.notice } : {}),
			};
		});
		run.accepted.push(...chunkItems);
	} catch (caught) {
		failChunk.call(this, run, caught, chunkItems);
	}
}

/** A failed batch request: it stops the node (see stopError), or (Continue On Fail) fails its items. */
function failChunk(this: IExecuteFunctions, run: BatchRun, caught: unknown, chunkItems: number[]): void {
	const error = nodeError(this, caught, chunkItems[0]);
	if (run.continueOnFail) {
		for (const itemIndex of chunkItems) run.results[itemIndex] = forItem(error, itemIndex);
	} else {
		run.failures.push({ error, chunkItems });
	}
}

/**
 * The error that stops the node: the lowest failed batch's, saying what became of every item, so that a re-run does
 * not send twice what Bird accepted. Batches in flight when it failed were waited for; later ones never started.
 */
function stopError(run: BatchRun, itemCount: number): Error {
	const [first, ...others] = [...run.failures].sort((a, b) => a.chunkItems[0] - b.chunkItems[0]);
	const { error, chunkItems } = first;
	const stop = forItem(error, chunkItems[0]);
	const settled = new Set([...run.accepted, ...run.failures.flatMap((failure) => failure.chunkItems)]);
	const notSent = Array.from({ length: itemCount }, (_, itemIndex) => itemIndex).filter((itemIndex) => !settled.has(itemIndex));
	const span = (items: number[]) => `items ${items[0]} to ${items[items.length - 1]}`;
	const alsoFailed = others.map((other) => ` The batch of ${span(other.chunkItems)} also failed: ${other.error.message}.`).join('');
	stop.description = `${error.description ?? ''} Items accepted by Bird: ${describeItems(run.accepted)}. Not sent: ${describeItems(notSent)}. The failed batch (${span(chunkItems)}) may have been taken when the answer above says so.${alsoFailed}`.trim();
	return stop;
}

/**
 * All input items become message requests, grouped by channel and sent as `batch/messages` requests of at most
 * 100; every input item gets its own output item (the batch ID and its position in the batch).
 * Input problems are found for every item before anything is sent: without "Continue On Fail" one bad item stops
 * the node before any request; with it, the bad items get error items and the others are sent.
 */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<Array<ItemResult | Error>> {
	const run: BatchRun = { results: itemIndexes.map(() => undefined), continueOnFail: this.continueOnFail(), accepted: [], failures: [] };
	const prepared = await readMessages.call(this, run, itemIndexes);
	const byChannel = await uploadAndGroup.call(this, run, prepared);
	const chunks: Chunk[] = [...byChannel].flatMap(([channelId, entries]) =>
		Array.from({ length: Math.ceil(entries.length / BATCH_SIZE) }, (_, n) => ({ channelId, entries: entries.slice(n * BATCH_SIZE, (n + 1) * BATCH_SIZE) })),
	);
	// As many batches at once as Requests in Parallel allows; the credential's ceiling paces them.
	await inParallel(chunks, requestsInParallel.call(this), async (chunk) => await sendChunk.call(this, run, chunk.channelId, chunk.entries), {
		stop: () => run.failures.length > 0,
		cancelled: this.getExecutionCancelSignal?.(),
	});
	if (run.failures.length > 0) throw stopError(run, itemIndexes.length);
	return run.results.map(
		(result, itemIndex) =>
			result ?? new NodeOperationError(this.getNode(), `Bird Send Batch: the item was not processed${itemSuffix(itemIndex)}`, { itemIndex }),
	);
}
