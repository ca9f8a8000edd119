import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/execute';
import * as getPreparedMessages from './getPreparedMessages.operation';

export const operations: Record<string, OperationModule> = { getPreparedMessages };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Get Prepared Messages',
				value: 'getPreparedMessages',
				description: 'List the IDs of the prepared messages of a group, the messages the send operations can send',
				action: 'Get the prepared messages of a group',
			},
		],
		default: 'getPreparedMessages',
	},
	...getPreparedMessages.description,
];
