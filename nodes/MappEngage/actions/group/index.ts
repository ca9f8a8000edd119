import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as getPreparedMessages from './getPreparedMessages.operation';

export const resource = { name: 'Group', value: 'group' };

export const operations: Record<string, OperationModule> = { getPreparedMessages };

export const description: INodeProperties[] = [
	operationProperty('group', 'getPreparedMessages', [
		{
			name: 'Get Prepared Messages',
			value: 'getPreparedMessages',
			description: 'List the IDs of the prepared messages of a group, the messages the send operations can send',
			action: 'Get the prepared messages of a group',
		},
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
