import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as deleteProduct from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Product', value: 'product' };

export const operations: Record<string, OperationModule> = { upsert, delete: deleteProduct, get, getAll };

export const description: INodeProperties[] = [
	operationProperty('product', 'upsert', [
		standardOperation('upsert', 'product', 'Create a product, or update it if its product ID already exists'),
		standardOperation('delete', 'product'),
		standardOperation('get', 'product'),
		standardOperation('getAll', 'product'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
