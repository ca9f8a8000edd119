import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as getAll from './getAll.operation';

export const resource = { name: 'Field', value: 'field' };

export const operations: Record<string, OperationModule> = { getAll };

export const description: INodeProperties[] = [
	operationProperty('field', 'getAll', [standardOperation('getAll', 'field', 'Get many custom subscriber fields')]),
	...getAll.description,
];
