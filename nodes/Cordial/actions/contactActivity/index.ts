import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Contact Activity', value: 'contactActivity' };

export const operations: Record<string, OperationModule> = { create, getAll };

export const description: INodeProperties[] = [
	operationProperty('contactActivity', 'create', [
		{ ...standardOperation('create', 'contact activity', 'Record an event for a contact, e.g. to start an automation'), action: 'Create a contact activity' },
		{ ...standardOperation('getAll', 'contact activity'), description: 'Get many contact activities (events)', action: 'Get many contact activities' },
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
