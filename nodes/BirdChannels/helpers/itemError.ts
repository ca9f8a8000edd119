import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { itemSuffix } from '../../shared/validation';

/** n8n's error types pass through; anything else is wrapped so that the item is named. */
export function nodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/**
 * One request's error as it reads for another item it served (a batch request, an upload shared by several items):
 * the same error, naming that item, as every other error of the node names its own.
 */
export function forItem<T extends NodeApiError | NodeOperationError>(error: T, itemIndex: number): T {
	const copy = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as T, error);
	copy.message = `${error.message.replace(/ \[item \d+\]$/, '')}${itemSuffix(itemIndex)}`;
	copy.stack = error.stack;
	copy.context = { ...error.context, itemIndex };
	return copy;
}
