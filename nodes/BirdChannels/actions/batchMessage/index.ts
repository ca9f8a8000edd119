import type { INodeProperties } from 'n8n-workflow';

import * as sendBatch from './sendBatch.operation';

export { sendBatch };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['batchMessage'] } },
		options: [
			{
				name: 'Send Batch',
				value: 'sendBatch',
				description: 'Send one message per input item, up to 100 per request to Bird',
				action: 'Send a batch of messages',
			},
		],
		default: 'sendBatch',
	},
	...sendBatch.description,
];
