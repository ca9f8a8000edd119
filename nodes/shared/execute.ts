import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { describeIndexes, inParallel } from './parallel';
import { runContext } from './runContext';

const FULL_ITEMS: unique symbol = Symbol('full n8n items');

/**
 * Items an operation built itself, with `binary` data or other item fields: made with `fullItems()`, so that the
 * router never has to guess. Any other result is provider data and goes under `json` whatever its keys (a Cordial
 * contact may well have an attribute named `json` or `binary`).
 */
export interface FullItems {
	readonly [FULL_ITEMS]: true;
	readonly items: INodeExecutionData[];
}

export function fullItems(items: INodeExecutionData[]): FullItems {
	return { [FULL_ITEMS]: true, items };
}

function isFullItems(result: ItemResult): result is FullItems {
	return typeof result === 'object' && result !== null && (result as Partial<FullItems>)[FULL_ITEMS] === true;
}

/** What one input item produced: one or more JSON objects of provider data, or full items (for binary output). */
export type ItemResult = IDataObject | IDataObject[] | FullItems;

/**
 * One operation of one resource, in its own `<operation>.operation.ts` file. Both functions run with the run context
 * as `this` (see runContext): getNodeParameter is cached per run and checked against `description`, getCredentials
 * reads the credential once.
 * - `execute` handles one input item; the router calls it per item.
 * - `executeBatch` handles all input items at once (bulk endpoints) and returns one result, or one Error, per item,
 *   in input order.
 */
export interface OperationModule {
	description: INodeProperties[];
	execute?: (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>;
	executeBatch?: (this: IExecuteFunctions, itemIndexes: number[]) => Promise<Array<ItemResult | Error>>;
	/**
	 * For operations that have both: whether this run takes the bulk path (`executeBatch`) rather than one request
	 * per item. Without it, `executeBatch` is used whenever it exists.
	 */
	useBatch?: (this: IExecuteFunctions, itemCount: number) => boolean;
	/** Its Batching choice, which the node shows under Request Options (see `batchingOption`). */
	batching?: INodeProperties;
}

export type ResourceModules = Record<string, Record<string, OperationModule>>;

function toItems(result: ItemResult, itemIndex: number): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	if (isFullItems(result)) return result.items.map((item) => ({ ...item, pairedItem }));
	return (Array.isArray(result) ? result : [result]).map((json) => ({ json, pairedItem }));
}

/** Gives an error the item index, so that n8n shows which item failed. */
function withItemIndex(this: IExecuteFunctions, error: Error, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(this.getNode(), error, { itemIndex });
}

/** The output item for a failed input item under "Continue On Fail". */
function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	const { description, httpCode } = error as NodeApiError;
	if (description) json.description = description;
	if (httpCode) json.httpCode = httpCode;
	const context = (error as NodeApiError).context as JsonObject | undefined;
	if (context && typeof context.data === 'object' && context.data !== null) json.details = context.data;
	return { json, pairedItem: { item: itemIndex } };
}

/** The "Request Options" collection every node has, and its default number of items processed at once. */
export const REQUEST_OPTIONS = 'requestOptions';
// Real providers answer in 50 to 300 ms: 50 requests in flight reach Bird's 500 a second at 100 ms each. The
// credential's ceiling, not this number, keeps a provider's limit.
export const DEFAULT_REQUESTS_IN_PARALLEL = 50;
export const MAX_REQUESTS_IN_PARALLEL = 200;

/** How many items are processed at once: the node's "Requests in Parallel", within 1..MAX_REQUESTS_IN_PARALLEL. */
export function requestsInParallel(this: IExecuteFunctions): number {
	const value = Number(
		this.getNodeParameter(`${REQUEST_OPTIONS}.requestsInParallel`, 0, DEFAULT_REQUESTS_IN_PARALLEL),
	);
	if (!Number.isFinite(value)) return DEFAULT_REQUESTS_IN_PARALLEL;
	return Math.min(MAX_REQUESTS_IN_PARALLEL, Math.max(1, Math.floor(value)));
}

/** The node's "Batching" request option: 'auto' (the default) or 'off'. */
export function batchingMode(this: IExecuteFunctions): 'auto' | 'off' {
	return this.getNodeParameter(`${REQUEST_OPTIONS}.batching`, 0, 'auto') === 'off' ? 'off' : 'auto';
}

/** What became of each input item of a run that stopped on a failure. */
interface Outcomes {
	completed: number[];
	failed: Map<number, Error>;
	notSent: number[];
}

function plural(indexes: number[]): string {
	return `${indexes.length === 1 ? 'item' : 'items'} ${describeIndexes(indexes)}`;
}

const withoutItem = (message: string) => message.replace(/ \[item \d+\]$/, '');

/** The other failed items grouped by their error: the items of one failed batch share one line. */
function alsoFailed(failed: Map<number, Error>, others: number[], firstMessage: string): string {
	const byMessage = new Map<string, number[]>();
	for (const itemIndex of others) {
		const message = withoutItem(failed.get(itemIndex)!.message);
		const items = byMessage.get(message) ?? [];
		items.push(itemIndex);
		byMessage.set(message, items);
	}
	const same = withoutItem(firstMessage);
	return [...byMessage].map(([message, items]) => `${plural(items)}: ${message === same ? 'the same error' : message}`).join('; ');
}

/**
 * The error that stops the node: the failure of the lowest failed item, its description extended with what became
 * of every other item, since without Continue On Fail n8n shows no output at all. Items that completed were
 * delivered; items that failed were sent and may have been processed (a lost answer); items never started were not
 * sent. A user re-running the node must leave out the first kind and check the second.
 */
function stopError(this: IExecuteFunctions, outcomes: Outcomes): Error {
	const [first, ...others] = [...outcomes.failed.keys()].sort((a, b) => a - b);
	const error = withItemIndex.call(this, outcomes.failed.get(first)!, first) as NodeApiError | NodeOperationError;
	const parts: string[] = [];
	if (outcomes.completed.length > 0) {
		parts.push(`Completed, so do not send again: ${plural(outcomes.completed)}.`);
	}
	if (others.length > 0) {
		parts.push(`Also failed (one whose answer was lost may still have been processed): ${alsoFailed(outcomes.failed, others, error.message)}.`);
	}
	if (outcomes.notSent.length > 0) parts.push(`Not sent: ${plural(outcomes.notSent)}.`);
	if (parts.length > 0) error.description = `${error.description ?? ''} ${parts.join(' ')}`.trim();
	return error;
}

const NOT_SENT: unique symbol = Symbol('not sent');

/** Marks the error of an item a batch path never sent (a batch before it failed), for the error that stops the node. */
export function notSent<E extends Error>(error: E): E {
	return Object.assign(error, { [NOT_SENT]: true });
}

const wasNotSent = (error: Error) => (error as { [NOT_SENT]?: boolean })[NOT_SENT] === true;

/** A batch path's failure that stops the node: the items that did not fail were delivered, the marked ones never sent. */
function batchStopError(this: IExecuteFunctions, results: Array<ItemResult | Error>): Error {
	const failed = new Map<number, Error>();
	const unsent: number[] = [];
	results.forEach((result, itemIndex) => {
		if (!(result instanceof Error)) return;
		if (wasNotSent(result)) unsent.push(itemIndex);
		else failed.set(itemIndex, result);
	});
	// A cancelled run stops a batch path with unsent items and no failure: then those are what stopped the node.
	if (failed.size === 0) unsent.splice(0).forEach((itemIndex) => failed.set(itemIndex, results[itemIndex] as Error));
	const completed = results.flatMap((result, itemIndex) => (result instanceof Error ? [] : [itemIndex]));
	return stopError.call(this, { completed, failed, notSent: unsent });
}

/**
 * Runs `execute` for every item with at most `parallel` items in flight, keeping results in input order. Without
 * "Continue On Fail" no new item starts after a failure; the items already in flight are waited for, and the failure
 * of the lowest item is thrown, saying what became of every other item (see stopError).
 */
async function executeInParallel(
	this: IExecuteFunctions,
	operation: OperationModule,
	indexes: number[],
	parallel: number,
): Promise<INodeExecutionData[]> {
	const continueOnFail = this.continueOnFail();
	// A cancelled execution starts no further item (a rate-limited bulk run can last minutes).
	const cancelled = this.getExecutionCancelSignal?.();
	const results: Array<INodeExecutionData[] | undefined> = indexes.map(() => undefined);
	const failures = new Map<number, Error>();
	const runItem = async (itemIndex: number) => {
		try {
			results[itemIndex] = toItems(await operation.execute!.call(this, itemIndex), itemIndex);
		} catch (error) {
			if (continueOnFail) results[itemIndex] = [errorItem(error as Error, itemIndex)];
			else failures.set(itemIndex, error as Error);
		}
	};
	const started = await inParallel(indexes, parallel, runItem, { stop: () => failures.size > 0, cancelled });

	if (failures.size > 0) {
		throw stopError.call(this, {
			completed: indexes.filter((itemIndex) => results[itemIndex] !== undefined),
			failed: failures,
			notSent: indexes.slice(started),
		});
	}
	return results.flatMap((items) => items ?? []);
}

/**
 * Runs the chosen operation over the input items: one output item (or more, for Get Many) per input item, each with
 * its `pairedItem`; with "Continue On Fail" a failed item becomes an error item in its place, otherwise the first
 * failure stops the node naming its item.
 */
export async function runOperation(
	this: IExecuteFunctions,
	operation: OperationModule,
): Promise<INodeExecutionData[][]> {
	// The Batching choice lives in the node's Request Options collection: its values are checked like the operation's.
	const requestOptions: INodeProperties[] = operation.batching
		? [{ displayName: 'Request Options', name: REQUEST_OPTIONS, type: 'collection', default: {}, options: [operation.batching] }]
		: [];
	return await runWithContext.call(runContext(this, [...operation.description, ...requestOptions]), operation);
}

async function runWithContext(this: IExecuteFunctions, operation: OperationModule): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	const indexes = items.map((_, index) => index);

	if (operation.executeBatch && (operation.useBatch?.call(this, items.length) ?? true)) {
		const results = await operation.executeBatch.call(this, indexes);
		const firstFailure = results.findIndex((result) => result instanceof Error);
		if (firstFailure !== -1 && !this.continueOnFail()) throw batchStopError.call(this, results);
		results.forEach((result, itemIndex) => {
			if (result instanceof Error) output.push(errorItem(result, itemIndex));
			else output.push(...toItems(result, itemIndex));
		});
		return [output];
	}

	return [await executeInParallel.call(this, operation, indexes, requestsInParallel.call(this))];
}

/** The router every node's `execute` delegates to: picks the operation module from the resource and operation. */
export async function routeOperation(
	this: IExecuteFunctions,
	resources: ResourceModules,
): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" of resource "${resource}" is not known`,
		);
	}
	return await runOperation.call(this, operation);
}
