import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as addContacts from './addContacts.operation';
import * as create from './create.operation';
import * as deleteList from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContacts from './getContacts.operation';
import * as removeContacts from './removeContacts.operation';
import * as update from './update.operation';

export const resource = { name: 'List', value: 'list' };

export const operations: Record<string, OperationModule> = {
	addContacts,
	create,
	delete: deleteList,
	get,
	getAll,
	getContacts,
	removeContacts,
	update,
};

export const description: INodeProperties[] = [
	operationProperty('list', 'getAll', [
		{
			name: 'Add Contacts',
			value: 'addContacts',
			description: 'Add contacts to a list, by contact ID or identifier',
			action: 'Add contacts to a list',
		},
		standardOperation('create', 'list', 'Create a contact list'),
		standardOperation('delete', 'list', 'Delete a list; its contacts stay in the workspace'),
		standardOperation('get', 'list', 'Get a list by ID'),
		{
			name: 'Get Contacts',
			value: 'getContacts',
			description: 'List the contacts of a list',
			action: 'Get the contacts of a list',
		},
		standardOperation('getAll', 'list', 'List the contact lists of the workspace'),
		{
			name: 'Remove Contacts',
			value: 'removeContacts',
			description: 'Remove contacts from a list, by contact ID or identifier; they stay in the workspace',
			action: 'Remove contacts from a list',
		},
		standardOperation('update', 'list'),
	]),
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...deleteList.description,
	...addContacts.description,
	...removeContacts.description,
	...getContacts.description,
];
