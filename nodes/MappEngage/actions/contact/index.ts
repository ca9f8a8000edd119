import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: Record<string, OperationModule> = { create, upsert, delete: deleteContact, get, update };

export const description: INodeProperties[] = [
	operationProperty('contact', 'get', [
		standardOperation('create', 'contact'),
		standardOperation('upsert', 'contact'),
		standardOperation('delete', 'contact'),
		standardOperation('get', 'contact', 'Get a contact by identifier'),
		standardOperation('update', 'contact'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
