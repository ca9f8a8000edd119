import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as clear from './clear.operation';
import * as count from './count.operation';
import * as create from './create.operation';
import * as deleteList from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const resource = { name: 'Account List', value: 'accountList' };

export const operations: Record<string, OperationModule> = { clear, count, create, delete: deleteList, get, getAll, update };

export const description: INodeProperties[] = [
	operationProperty('accountList', 'create', [
		{ name: 'Clear', value: 'clear', description: 'Remove every contact from a list', action: 'Clear an account list' },
		{ name: 'Count', value: 'count', description: 'Get a list with the number of its contacts', action: 'Count the contacts of an account list' },
		standardOperation('create', 'account list'),
		standardOperation('delete', 'account list'),
		standardOperation('get', 'account list'),
		standardOperation('getAll', 'account list'),
		standardOperation('update', 'account list'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
