import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as merge from './merge.operation';
import * as subscribe from './subscribe.operation';
import * as unsubscribe from './unsubscribe.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const resource = { name: 'Contact', value: 'contact' };

export const operations: Record<string, OperationModule> = { upsert, delete: deleteContact, get, getAll, merge, subscribe, unsubscribe, update };

export const description: INodeProperties[] = [
	operationProperty('contact', 'upsert', [
		standardOperation('upsert', 'contact', 'Create a new contact, or update the current one if it already exists (upsert)'),
		standardOperation('delete', 'contact'),
		standardOperation('get', 'contact'),
		standardOperation('getAll', 'contact'),
		{ name: 'Merge', value: 'merge', description: 'Merge one contact into another', action: 'Merge two contacts' },
		{ name: 'Subscribe', value: 'subscribe', description: 'Subscribe a contact to a channel (creates the contact if needed)', action: 'Subscribe a contact' },
		{ name: 'Unsubscribe', value: 'unsubscribe', description: 'Unsubscribe a contact from a channel', action: 'Unsubscribe a contact' },
		standardOperation('update', 'contact'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
