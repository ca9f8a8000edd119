import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as upsert from './upsert.operation';

export const operations: Record<string, OperationModule> = { upsert, get, delete: deleteContact };

/** The resource's entries in the node's Request Options. */
export const requestOptions: INodeProperties[] = [upsert.batching];

export const description: INodeProperties[] = [
	operationProperty('contact', 'upsert', [
		{ name: 'Create or Update', value: 'upsert', description: 'Create a new record, or update the current one if it already exists (upsert)', action: 'Create or update a contact' },
		{ name: 'Delete', value: 'delete', description: 'Delete a subscriber from all lists or from one list', action: 'Delete a contact' },
		{ name: 'Get', value: 'get', description: 'Get the data of a subscriber', action: 'Get a contact' },
	]),
	...upsert.description,
	...get.description,
	...deleteContact.description,
];
