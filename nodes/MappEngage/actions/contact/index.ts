import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as replace from './replace.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: Record<string, OperationModule> = { create, upsert, delete: deleteContact, get, update, replace };

export const description: INodeProperties[] = [
	operationProperty('contact', 'get', [
		standardOperation('create', 'contact'),
		standardOperation('upsert', 'contact'),
		standardOperation('delete', 'contact'),
		standardOperation('get', 'contact', 'Get a contact by identifier'),
		{
			name: 'Replace (Clears Missing Fields)',
			value: 'replace',
			description: 'Write the whole contact: Mapp clears every standard attribute left out',
			action: 'Replace a contact',
		},
		standardOperation('update', 'contact', 'Change only the given attributes of a contact'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
