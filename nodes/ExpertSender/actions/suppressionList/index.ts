import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as add from './add.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Suppression List', value: 'suppressionList' };

export const operations: Record<string, OperationModule> = { add, getAll };

export const description: INodeProperties[] = [
	operationProperty('suppressionList', 'add', [
		{ name: 'Add', value: 'add', description: 'Add an email address, domain, hash, phone number or prefix to a suppression list', action: 'Add an entry to a suppression list' },
		standardOperation('getAll', 'suppression list', 'Get many suppression lists'),
	]),
	...add.description,
	...getAll.description,
];
