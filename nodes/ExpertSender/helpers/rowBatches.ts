import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { notSent, requestsInParallel, type ItemResult } from '../../shared/execute';
import { inParallel } from '../../shared/parallel';
import type { RowError } from '../transport';

/**
 * ExpertSender's multi-row requests (MultiData subscribers, Add Multiple Rows): a request whose rows fail validation
 * is answered 400 with a `<Message for="Row N">` per bad row and none of the rows applied. The bad rows become their
 * items' errors and the others are sent again, in rounds.
 */

export type BatchResults = Map<number, ItemResult | Error>;

export interface BatchRow {
	itemIndex: number;
}

export interface RowBatch<R extends BatchRow> {
	/** The operation as the user sees it, e.g. "Create or Update Contact". */
	operation: string;
	/** What a row is to the user: "subscriber", "row". */
	noun: string;
	/** One request for these rows; each row's result goes to `results`. */
	post(this: IExecuteFunctions, rows: R[], results: BatchResults): Promise<void>;
}

// Each round drops at least one row; three rounds are plenty for real data and bound the requests of one bad batch.
const MAX_ROUNDS = 3;

/** A copy of a request's error for one item, so that every error item names its own item. */
export function errorForItem(this: IExecuteFunctions, error: Error, itemIndex: number, message = error.message, description?: string): Error {
	const apiError = error as NodeApiError;
	const text = `${message.replace(/ \[item \d+\]$/, '')} [item ${itemIndex}]`;
	const copy = new NodeApiError(this.getNode(), ((apiError.errorResponse as JsonObject | undefined) ?? {}) as JsonObject, {
		message: text,
		description: description ?? apiError.description ?? undefined,
		httpCode: apiError.httpCode ?? undefined,
		itemIndex,
	});
	// NodeApiError swaps a message that mentions a network code (ECONNRESET…) for a generic sentence without the
	// provider, the operation or the item; the transport's text already says what happened.
	copy.message = text;
	return copy;
}

/** The messages of a 400's `<Message for="Row N">` by row number, or undefined when they do not name the rows sent. */
function rowMessages(error: unknown, rowCount: number): Map<number, string[]> | undefined {
	const rowErrors = ((error as NodeApiError).errorResponse?.rowErrors ?? []) as unknown as RowError[];
	if (rowErrors.length === 0 || rowErrors.some((entry) => entry.row < 1 || entry.row > rowCount)) return undefined;
	const rejected = new Map<number, string[]>();
	for (const entry of rowErrors) rejected.set(entry.row, [...(rejected.get(entry.row) ?? []), entry.message]);
	return rejected;
}

/** Gives each rejected row its own error and returns the rows ExpertSender did not object to. */
function settleRejected<R extends BatchRow>(
	this: IExecuteFunctions,
	batch: RowBatch<R>,
	error: Error,
	rows: R[],
	rejected: Map<number, string[]>,
	results: BatchResults,
): R[] {
	return rows.filter((row, position) => {
		const messages = rejected.get(position + 1);
		if (!messages) return true;
		const message = `ExpertSender ${batch.operation} failed: ${messages.join('; ')}`;
		const description = `ExpertSender rejected this ${batch.noun} (row ${position + 1} of a batch of ${rows.length}). Correct the value it names; the other ${batch.noun}s of the batch were sent without it.`;
		results.set(row.itemIndex, errorForItem.call(this, error, row.itemIndex, message, description));
		return false;
	});
}

/** Sends one batch, again without its rejected rows when ExpertSender names them, for at most MAX_ROUNDS rounds. */
export async function sendInRounds<R extends BatchRow>(this: IExecuteFunctions, batch: RowBatch<R>, rows: R[], results: BatchResults): Promise<void> {
	let pending = rows;
	for (let round = 1; pending.length > 0; round++) {
		try {
			return await batch.post.call(this, pending, results);
		} catch (error) {
			const rejected = rowMessages(error, pending.length);
			if (!rejected) {
				for (const row of pending) results.set(row.itemIndex, errorForItem.call(this, error as Error, row.itemIndex));
				return;
			}
			pending = settleRejected.call(this, batch, error as Error, pending, rejected, results) as R[];
			if (round >= MAX_ROUNDS) {
				const message = `ExpertSender ${batch.operation}: not sent, because other ${batch.noun}s of its batch were rejected ${MAX_ROUNDS} times`;
				const description = `ExpertSender did not add this ${batch.noun}. Correct the rejected items and run this item again.`;
				for (const row of pending) results.set(row.itemIndex, errorForItem.call(this, error as Error, row.itemIndex, message, description));
				return;
			}
		}
	}
}

/**
 * Sends the batches in order, as many at once as Requests in Parallel allows (the credential's ceiling paces them):
 * one batch at a time would leave the ceiling idle while each answer is on its way. Unless Continue On Fail is on, no
 * batch starts after one failed; the ones in flight are waited for.
 */
export async function sendBatches<R extends BatchRow>(this: IExecuteFunctions, batch: RowBatch<R>, batches: R[][], results: BatchResults): Promise<void> {
	const continueOnFail = this.continueOnFail();
	let failed = false;
	const send = async (rows: R[]) => {
		await sendInRounds.call(this, batch, rows, results);
		if (rows.some((row) => results.get(row.itemIndex) instanceof Error)) failed = true;
	};
	await inParallel(batches, requestsInParallel.call(this), send, {
		stop: () => failed && !continueOnFail,
		cancelled: this.getExecutionCancelSignal?.(),
	});
}

/** Every item's result in input order; an item of a batch left unsent because an earlier one failed says so. */
export function resultsInOrder(this: IExecuteFunctions, operation: string, itemIndexes: number[], results: BatchResults): Array<ItemResult | Error> {
	return itemIndexes.map(
		(itemIndex) =>
			results.get(itemIndex) ??
			notSent(
				new NodeApiError(this.getNode(), {} as JsonObject, {
					message: `ExpertSender ${operation}: not sent, because an earlier batch failed [item ${itemIndex}]`,
					itemIndex,
				}),
			),
	);
}
