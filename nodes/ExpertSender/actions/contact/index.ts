import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: Record<string, OperationModule> = { upsert, get, delete: deleteContact };

/** The resource's entries in the node's Request Options. */

export const description: INodeProperties[] = [
	operationProperty('contact', 'upsert', [
		standardOperation('upsert', 'contact'),
		standardOperation('delete', 'contact', 'Delete a subscriber from all lists or from one list'),
		standardOperation('get', 'contact', 'Get the data of a subscriber'),
	]),
	...upsert.description,
	...get.description,
	...deleteContact.description,
];
