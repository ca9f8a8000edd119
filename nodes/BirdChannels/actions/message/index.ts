import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export { get, getAll, send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a message of a channel', action: 'Get a message' },
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
		],
		default: 'send',
	},
	...send.description,
	...get.description,
	...getAll.description,
];
