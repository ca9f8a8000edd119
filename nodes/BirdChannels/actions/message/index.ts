import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getInteractions from './getInteractions.operation';
import * as send from './send.operation';

export const resource = { name: 'Message', value: 'message' };

export const operations: Record<string, OperationModule> = { send, get, getAll, getInteractions };

/** The resource's entries in the node's Request Options. */
export const requestOptions: INodeProperties[] = [send.batching];

export const description: INodeProperties[] = [
	operationProperty('message', 'send', [
		{ name: 'Get', value: 'get', description: 'Get a message of a channel', action: 'Get a message' },
		{
			name: 'Get Interactions',
			value: 'getInteractions',
			description: 'List what happened to a message after it was sent: opened, clicked, read, …',
			action: 'Get the interactions of a message',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description: 'List the messages of a channel or of the whole workspace',
			action: 'Get many messages',
		},
		{
			name: 'Send',
			value: 'send',
			description: 'Send a text, HTML e-mail, image, file or template message through a channel',
			action: 'Send a message',
		},
	]),
	...send.description,
	...get.description,
	...getInteractions.description,
	...getAll.description,
];
