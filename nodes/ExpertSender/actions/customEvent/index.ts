import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as send from './send.operation';

export const resource = { name: 'Workflow Custom Event', value: 'customEvent' };

export const operations: Record<string, OperationModule> = { send };

export const description: INodeProperties[] = [
	operationProperty('customEvent', 'send', [
		{ name: 'Send', value: 'send', description: 'Trigger a workflow custom event for a subscriber, with data fields', action: 'Send a workflow custom event' },
	]),
	...send.description,
];
