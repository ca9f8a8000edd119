import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as addIdentifier from './addIdentifier.operation';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getIdentifiers from './getIdentifiers.operation';
import * as removeIdentifier from './removeIdentifier.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: Record<string, OperationModule> = {
	addIdentifier,
	create,
	delete: deleteContact,
	get,
	getAll,
	getIdentifiers,
	removeIdentifier,
	search,
	update,
	upsert,
};

export const description: INodeProperties[] = [
	operationProperty('contact', 'create', [
		{
			name: 'Add Identifier',
			value: 'addIdentifier',
			description: 'Add an e-mail address, phone number or other identifier to a contact',
			action: 'Add an identifier to a contact',
		},
		standardOperation('create', 'contact'),
		standardOperation('upsert', 'contact'),
		standardOperation('delete', 'contact'),
		standardOperation('get', 'contact', 'Get a contact by ID'),
		{
			name: 'Get Identifiers',
			value: 'getIdentifiers',
			description: 'List the identifiers of a contact',
			action: 'Get the identifiers of a contact',
		},
		standardOperation('getAll', 'contact', 'List the contacts of the workspace'),
		{
			name: 'Remove Identifier',
			value: 'removeIdentifier',
			description: 'Remove an identifier from a contact',
			action: 'Remove an identifier from a contact',
		},
		{
			name: 'Search by Identifier',
			value: 'search',
			description: 'Find the contacts that have an identifier',
			action: 'Search contacts by identifier',
		},
		standardOperation('update', 'contact'),
	]),
	...addIdentifier.description,
	...create.description,
	...get.description,
	...getIdentifiers.description,
	...update.description,
	...upsert.description,
	...search.description,
	...removeIdentifier.description,
	...deleteContact.description,
	...getAll.description,
];
