import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as batchMessage from './batchMessage';
import * as contact from './contact';
import * as message from './message';

export const resources: ResourceModules = {
	message: message.operations,
	batchMessage: batchMessage.operations,
	contact: contact.operations,
};

export const properties: INodeProperties[] = [
	resourceProperty('message', [
		{ name: 'Batch Message', value: 'batchMessage' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Message', value: 'message' },
	]),
	...message.description,
	...batchMessage.description,
	...contact.description,
	requestOptionsProperty(message.requestOptions),
];
