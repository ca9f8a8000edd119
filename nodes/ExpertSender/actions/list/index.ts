import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as getAll from './getAll.operation';

export const resource = { name: 'List', value: 'list' };

export const operations: Record<string, OperationModule> = { getAll };

export const description: INodeProperties[] = [
	operationProperty('list', 'getAll', [
		standardOperation('getAll', 'list', 'Get many subscriber lists'),
	]),
	...getAll.description,
];
