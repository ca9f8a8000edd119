import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as send from './send.operation';
import * as sendSystem from './sendSystem.operation';

export const resource = { name: 'Transactional', value: 'transactional' };

export const operations: Record<string, OperationModule> = { send, sendSystem };

export const description: INodeProperties[] = [
	operationProperty('transactional', 'send', [
		{ name: 'Send', value: 'send', description: 'Send a transactional message to one existing subscriber', action: 'Send a transactional message' },
		{ name: 'Send System Transactional', value: 'sendSystem', description: 'Send a system transactional message; the receiver is created or updated', action: 'Send a system transactional message' },
	]),
	...send.description,
	...sendSystem.description,
];
