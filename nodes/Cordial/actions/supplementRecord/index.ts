import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as deleteRecord from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Supplement Record', value: 'supplementRecord' };

export const operations: Record<string, OperationModule> = { delete: deleteRecord, get, getAll, upsert };

export const description: INodeProperties[] = [
	operationProperty('supplementRecord', 'upsert', [
		standardOperation('upsert', 'supplement record', 'Create a record of a supplement, or update the record with that ID'),
		standardOperation('delete', 'supplement record'),
		standardOperation('get', 'supplement record'),
		standardOperation('getAll', 'supplement record'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
