import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What one input item produced: one or more JSON objects, or full items (for binary output). */
export type ItemResult = IDataObject | IDataObject[] | INodeExecutionData[];

/**
 * One operation of one resource, in its own `<operation>.operation.ts` file.
 * - `execute` handles one input item; the router calls it per item.
 * - `executeBatch` handles all input items at once (bulk endpoints) and returns one result, or one Error, per item,
 *   in input order.
 */
export interface OperationModule {
	description: INodeProperties[];
	execute?: (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>;
	executeBatch?: (this: IExecuteFunctions, itemIndexes: number[]) => Promise<Array<ItemResult | Error>>;
}

export type ResourceModules = Record<string, Record<string, OperationModule>>;

function isExecutionData(entry: IDataObject | INodeExecutionData): entry is INodeExecutionData {
	return typeof entry.json === 'object' && entry.json !== null && !Array.isArray(entry.json);
}

function toItems(result: ItemResult, itemIndex: number): INodeExecutionData[] {
	const entries = (Array.isArray(result) ? result : [result]) as Array<IDataObject | INodeExecutionData>;
	return entries.map((entry) =>
		isExecutionData(entry)
			? { ...entry, pairedItem: { item: itemIndex } }
			: { json: entry, pairedItem: { item: itemIndex } },
	);
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

/**
 * Runs the chosen operation over the input items: one output item (or more, for Get Many) per input item, each with
 * its `pairedItem`; with "Continue On Fail" a failed item becomes an error item in its place, otherwise the first
 * failure stops the node naming its item.
 */
export async function runOperation(
	this: IExecuteFunctions,
	operation: OperationModule,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	const indexes = items.map((_, index) => index);

	if (operation.executeBatch) {
		const results = await operation.executeBatch.call(this, indexes);
		results.forEach((result, itemIndex) => {
			if (result instanceof Error) {
				if (!this.continueOnFail()) throw withItemIndex.call(this, result, itemIndex);
				output.push(errorItem(result, itemIndex));
			} else {
				output.push(...toItems(result, itemIndex));
			}
		});
		return [output];
	}

	for (const itemIndex of indexes) {
		try {
			output.push(...toItems(await operation.execute!.call(this, itemIndex), itemIndex));
		} catch (error) {
			if (!this.continueOnFail()) throw withItemIndex.call(this, error as Error, itemIndex);
			output.push(errorItem(error as Error, itemIndex));
		}
	}
	return [output];
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
