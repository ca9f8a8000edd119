import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Automation Template', value: 'automationTemplate' };

export const operations: Record<string, OperationModule> = { get, getAll };

export const description: INodeProperties[] = [
	operationProperty('automationTemplate', 'get', [standardOperation('get', 'automation template'), standardOperation('getAll', 'automation template')]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
