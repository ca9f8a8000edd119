import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/execute';
import * as send from './send.operation';

export const operations: Record<string, OperationModule> = { send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['transactional'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				description: 'Send an automation template to a contact',
				action: 'Send a transactional message',
			},
		],
		default: 'send',
	},
	...send.description,
];
