import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as getAll from './getAll.operation';

export const operations: Record<string, OperationModule> = { getAll };

export const description: INodeProperties[] = [
	operationProperty('list', 'getAll', [
		{ name: 'Get Many', value: 'getAll', description: 'Get many subscriber lists', action: 'Get many lists' },
	]),
	...getAll.description,
];
