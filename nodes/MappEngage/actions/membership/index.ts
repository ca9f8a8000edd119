import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as subscribe from './subscribe.operation';
import * as unsubscribe from './unsubscribe.operation';

export const resource = { name: 'Membership', value: 'membership' };

export const operations: Record<string, OperationModule> = { subscribe, unsubscribe };

export const description: INodeProperties[] = [
	operationProperty('membership', 'subscribe', [
		{
			name: 'Subscribe',
			value: 'subscribe',
			description: 'Subscribe a contact to a group',
			action: 'Subscribe a contact to a group',
		},
		{
			name: 'Unsubscribe',
			value: 'unsubscribe',
			description: 'Unsubscribe a contact from a group',
			action: 'Unsubscribe a contact from a group',
		},
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
