import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, type OperationChoice } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as addRow from './addRow.operation';
import * as clearTable from './clearTable.operation';
import * as deleteRow from './deleteRow.operation';
import * as deleteRows from './deleteRows.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getRowCount from './getRowCount.operation';
import * as getRows from './getRows.operation';
import * as updateRow from './updateRow.operation';

export const resource = { name: 'Data Table', value: 'dataTable' };

export const operations: Record<string, OperationModule> = {
	addRow,
	clearTable,
	deleteRow,
	deleteRows,
	get,
	getAll,
	getRowCount,
	getRows,
	updateRow,
};

/** The resource's entries in the node's Request Options. */

const choice = (value: string, name: string, description: string, action: string): OperationChoice => ({ name, value, description, action });

export const description: INodeProperties[] = [
	operationProperty('dataTable', 'getRows', [
		choice('addRow', 'Add Row', 'Add a row to a data table', 'Add a data table row'),
		choice('clearTable', 'Clear Table', 'Delete every row of a data table', 'Clear a data table'),
		choice('getRowCount', 'Count Rows', 'Count the rows of a data table that meet conditions', 'Count data table rows'),
		choice('deleteRow', 'Delete Row', 'Delete a row of a data table by its primary key', 'Delete a data table row'),
		choice('deleteRows', 'Delete Rows', 'Delete the rows of a data table that meet conditions', 'Delete data table rows'),
		choice('get', 'Get', 'Get a data table with its columns', 'Get a data table'),
		choice('getAll', 'Get Many', 'Get many data tables', 'Get many data tables'),
		choice('getRows', 'Get Rows', 'Get the rows of a data table', 'Get data table rows'),
		choice('updateRow', 'Update Row', 'Update a row of a data table by its primary key', 'Update a data table row'),
	]),
	...addRow.description,
	...clearTable.description,
	...getRowCount.description,
	...deleteRow.description,
	...deleteRows.description,
	...get.description,
	...getAll.description,
	...getRows.description,
	...updateRow.description,
];
