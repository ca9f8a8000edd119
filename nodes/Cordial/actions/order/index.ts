import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as deleteOrder from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Order', value: 'order' };

export const operations: Record<string, OperationModule> = { create, upsert, delete: deleteOrder, get, getAll, update };

export const description: INodeProperties[] = [
	operationProperty('order', 'create', [
		standardOperation('create', 'order', 'Create an order; Cordial refuses an order ID it already has'),
		standardOperation('upsert', 'order', 'Create an order, or update it if its order ID already exists'),
		standardOperation('delete', 'order'),
		standardOperation('get', 'order'),
		standardOperation('getAll', 'order'),
		standardOperation('update', 'order'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
