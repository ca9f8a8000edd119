import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: Record<string, OperationModule> = { create, delete: deleteContact, get, getAll, search, update, upsert };

export const description: INodeProperties[] = [
	operationProperty('contact', 'create', [
		standardOperation('create', 'contact'),
		standardOperation('upsert', 'contact'),
		standardOperation('delete', 'contact'),
		standardOperation('get', 'contact', 'Get a contact by ID'),
		standardOperation('getAll', 'contact', 'List the contacts of the workspace'),
		{
			name: 'Search by Identifier',
			value: 'search',
			description: 'Find the contacts that have an identifier',
			action: 'Search contacts by identifier',
		},
		standardOperation('update', 'contact'),
	]),
	...create.description,
	...get.description,
	...update.description,
	...upsert.description,
	...search.description,
	...deleteContact.description,
	...getAll.description,
];
