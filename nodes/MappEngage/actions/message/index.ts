import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as sendPrepared from './sendPrepared.operation';
import * as sendTransactional from './sendTransactional.operation';
import * as sendTransactionalWithEventDetails from './sendTransactionalWithEventDetails.operation';

export const resource = { name: 'Message', value: 'message' };

export const operations: Record<string, OperationModule> = { sendPrepared, sendTransactional, sendTransactionalWithEventDetails };

export const description: INodeProperties[] = [
	operationProperty('message', 'sendPrepared', [
		{
			name: 'Send Prepared Message',
			value: 'sendPrepared',
			description: 'Send a prepared email or SMS message to one contact',
			action: 'Send a prepared message',
		},
		{
			name: 'Send Transactional Message',
			value: 'sendTransactional',
			description: 'Send a prepared message to one contact as a transactional message with your TMID',
			action: 'Send a transactional message',
		},
		{
			name: 'Send Transactional With Event Details',
			value: 'sendTransactionalWithEventDetails',
			description: 'Send a transactional message with a list of items (e.g. order lines) the message loops over',
			action: 'Send a transactional message with event details',
		},
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
