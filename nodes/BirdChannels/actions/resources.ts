import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as batchMessage from './batchMessage';
import * as contact from './contact';
import * as message from './message';

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Batch Message', value: 'batchMessage' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Message', value: 'message' },
	],
	default: 'message',
};

export const resources: ResourceModules = {
	message: { send: message.send, get: message.get, getAll: message.getAll },
	batchMessage: { sendBatch: batchMessage.sendBatch },
	contact: {
		create: contact.create,
		delete: contact.delete,
		get: contact.get,
		getAll: contact.getAll,
		search: contact.search,
		update: contact.update,
		upsert: contact.upsert,
	},
};

export const properties: INodeProperties[] = [
	resourceProperty,
	...message.description,
	...batchMessage.description,
	...contact.description,
	requestOptionsProperty([message.send.batching]),
];
