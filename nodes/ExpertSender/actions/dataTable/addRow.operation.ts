import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { batchingMode, type ItemResult } from '../../../shared/execute';
import { columnsElement, columnsObject, readRowColumns, readTableName, type ColumnValue } from '../../helpers/dataTables';
import { resultsInOrder, sendBatches, type BatchResults, type BatchRow, type RowBatch } from '../../helpers/rowBatches';
import { expertSenderRequest } from '../../transport';
import { batchingProperty } from '../fields';
import { rowColumns, tableLocator } from './fields';

const OPERATION = 'Add Data Table Row';

/**
 * Rows per DataTablesAddMultipleRows request. ExpertSender documents no maximum for this method; 100 is the cap it
 * documents for subscriber batches, kept here so that one request stays a size the API is known to take [INF].
 */
export const MAX_ROWS_PER_CALL = 100;

const properties: INodeProperties[] = [tableLocator, ...rowColumns];

export const description = updateDisplayOptions({ show: { resource: ['dataTable'], operation: ['addRow'] } }, properties);

export const batching = batchingProperty;

/** Add Multiple Rows for two items or more, unless Batching is off; a single item goes to Add Row. */
export function useBatch(this: IExecuteFunctions, itemCount: number): boolean {
	return batchingMode.call(this) === 'auto' && itemCount > 1;
}

function added(tableName: string, columns: ColumnValue[]): IDataObject {
	return { added: true, tableName, columns: columnsObject(columns) };
}

/** One row per request: `POST /v2/Api/DataTablesAddRow` with `<Data><Columns>` ("Add row" page, 201 Created). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const tableName = readTableName(this, itemIndex);
	const columns = readRowColumns(this, itemIndex);
	await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex,
		method: 'POST',
		resource: 'DataTablesAddRow',
		request: { TableName: tableName, Data: { Columns: columnsElement(columns) } },
	});
	return added(tableName, columns);
}

interface Row extends BatchRow {
	tableName: string;
	columns: ColumnValue[];
}

/** `POST /v2/Api/DataTablesAddMultipleRows`: `<Data><Row><Columns>…</Columns></Row>…</Data>` ("Add multiple rows"). */
async function postRows(this: IExecuteFunctions, rows: Row[], results: BatchResults): Promise<void> {
	await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex: rows.length === 1 ? rows[0].itemIndex : undefined,
		method: 'POST',
		resource: 'DataTablesAddMultipleRows',
		request: { TableName: rows[0].tableName, Data: { Row: rows.map((row) => ({ Columns: columnsElement(row.columns) })) } },
	});
	for (const row of rows) results.set(row.itemIndex, added(row.tableName, row.columns));
}

const ROWS: RowBatch<Row> = { operation: OPERATION, noun: 'row', post: postRows };

/** Every item's row, read before the first request so that bad input stops the node before anything is sent. */
function readRows(this: IExecuteFunctions, itemIndexes: number[], results: BatchResults): Row[] {
	const rows: Row[] = [];
	for (const itemIndex of itemIndexes) {
		try {
			rows.push({ itemIndex, tableName: readTableName(this, itemIndex), columns: readRowColumns(this, itemIndex) });
		} catch (error) {
			if (!this.continueOnFail()) throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			results.set(itemIndex, error as Error);
		}
	}
	return rows;
}

/** The rows grouped by table (a request names one table), in input order, at most MAX_ROWS_PER_CALL each. */
function batchesOf(rows: Row[]): Row[][] {
	const byTable = new Map<string, Row[]>();
	for (const row of rows) byTable.set(row.tableName, [...(byTable.get(row.tableName) ?? []), row]);
	return [...byTable.values()].flatMap((tableRows) =>
		Array.from({ length: Math.ceil(tableRows.length / MAX_ROWS_PER_CALL) }, (_, n) => tableRows.slice(n * MAX_ROWS_PER_CALL, (n + 1) * MAX_ROWS_PER_CALL)),
	);
}

/** Adds the rows of all input items in Add Multiple Rows requests and gives every item its own result or error. */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<Array<ItemResult | Error>> {
	const results: BatchResults = new Map();
	await sendBatches.call(this, ROWS, batchesOf(readRows.call(this, itemIndexes, results)), results);
	return resultsInOrder.call(this, OPERATION, itemIndexes, results);
}
