import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { create, upsert, delete: deleteContact, get, update };

export const description: INodeProperties[] = [
	operationProperty('contact', 'get', [
		{ name: 'Create', value: 'create', description: 'Create a contact', action: 'Create a contact' },
		{
			name: 'Create or Update',
			value: 'upsert',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			action: 'Create or update a contact',
		},
		{ name: 'Delete', value: 'delete', description: 'Delete a contact', action: 'Delete a contact' },
		{ name: 'Get', value: 'get', description: 'Get a contact by identifier', action: 'Get a contact' },
		{ name: 'Update', value: 'update', description: 'Update a contact', action: 'Update a contact' },
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
