import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Message', value: 'message' };

export const operations: Record<string, OperationModule> = { get, getAll };

export const description: INodeProperties[] = [
	operationProperty('message', 'getAll', [
		standardOperation('get', 'message', 'Get a sent email message by ID, with its content if asked'),
		standardOperation('getAll', 'message', 'Get many sent email messages, filtered by type, tag or send date'),
	]),
	...get.description,
	...getAll.description,
];
