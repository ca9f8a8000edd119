import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as send from './send.operation';

export const resource = { name: 'Trigger Message', value: 'triggerMessage' };

export const operations: Record<string, OperationModule> = { send };

export const description: INodeProperties[] = [
	operationProperty('triggerMessage', 'send', [
		{ name: 'Send', value: 'send', description: 'Send an API-triggered message to an existing subscriber', action: 'Send a trigger message' },
	]),
	...send.description,
];
