import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Contact Attribute', value: 'contactAttribute' };

export const operations: Record<string, OperationModule> = { create, get, getAll };

export const description: INodeProperties[] = [
	operationProperty('contactAttribute', 'getAll', [
		standardOperation('create', 'contact attribute', 'Define a new contact attribute in the account'),
		standardOperation('get', 'contact attribute'),
		standardOperation('getAll', 'contact attribute'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
