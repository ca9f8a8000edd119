import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as unsubscribe from './unsubscribe.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { upsert, delete: deleteContact, get, getAll, unsubscribe, update };

export const description: INodeProperties[] = [
	operationProperty('contact', 'upsert', [
		{ name: 'Create or Update', value: 'upsert', description: 'Create a new contact, or update the current one if it already exists (upsert)', action: 'Create or update a contact' },
		{ name: 'Delete', value: 'delete', description: 'Delete a contact', action: 'Delete a contact' },
		{ name: 'Get', value: 'get', description: 'Get a contact', action: 'Get a contact' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many contacts', action: 'Get many contacts' },
		{ name: 'Unsubscribe', value: 'unsubscribe', description: 'Unsubscribe a contact from a channel', action: 'Unsubscribe a contact' },
		{ name: 'Update', value: 'update', description: 'Update a contact', action: 'Update a contact' },
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
