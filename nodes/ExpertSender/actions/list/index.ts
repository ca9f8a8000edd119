import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'List', value: 'list' };

export const operations: Record<string, OperationModule> = { create, getAll };

export const description: INodeProperties[] = [
	operationProperty('list', 'getAll', [
		standardOperation('create', 'list', 'Create a subscriber list'),
		standardOperation('getAll', 'list', 'Get many subscriber lists'),
	]),
	...create.description,
	...getAll.description,
];
