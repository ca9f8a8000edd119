import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Channel', value: 'channel' };

export const operations: Record<string, OperationModule> = { get, getAll };

export const description: INodeProperties[] = [
	operationProperty('channel', 'getAll', [
		standardOperation('get', 'channel', 'Get a channel of the workspace by ID'),
		standardOperation('getAll', 'channel', 'List the channels of the workspace, by platform or status'),
	]),
	...get.description,
	...getAll.description,
];
