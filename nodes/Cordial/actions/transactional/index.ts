import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as send from './send.operation';

export const resource = { name: 'Transactional', value: 'transactional' };

export const operations: Record<string, OperationModule> = { send };

export const description: INodeProperties[] = [
	operationProperty('transactional', 'send', [
		{
			name: 'Send',
			value: 'send',
			description: 'Send an automation template to a contact',
			action: 'Send a transactional message',
		},
	]),
	...send.description,
];
