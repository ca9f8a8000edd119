import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as sendBatch from './sendBatch.operation';

export const resource = { name: 'Batch Message', value: 'batchMessage' };

export const operations: Record<string, OperationModule> = { sendBatch };

export const description: INodeProperties[] = [
	operationProperty('batchMessage', 'sendBatch', [
		{
			name: 'Send Batch',
			value: 'sendBatch',
			description: 'Send one message per input item, up to 100 per request to Bird',
			action: 'Send a batch of messages',
		},
	]),
	...sendBatch.description,
];
