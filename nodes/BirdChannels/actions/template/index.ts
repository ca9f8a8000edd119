import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Template', value: 'template' };

export const operations: Record<string, OperationModule> = { get, getAll };

export const description: INodeProperties[] = [
	operationProperty('template', 'getAll', [
		standardOperation('get', 'template', 'Get a version of a message template with its locales and variables'),
		standardOperation('getAll', 'template', 'List the message templates (Studio projects) of the workspace'),
	]),
	...get.description,
	...getAll.description,
];
