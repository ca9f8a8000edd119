import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as batchMessage from './batchMessage';
import * as contact from './contact';
import * as transactional from './transactional';

export const resources: ResourceModules = {
	batchMessage: batchMessage.operations,
	contact: contact.operations,
	transactional: transactional.operations,
};

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Batch Message', value: 'batchMessage' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Transactional', value: 'transactional' },
	],
	default: 'batchMessage',
};

export const properties: INodeProperties[] = [
	resourceProperty,
	...batchMessage.description,
	...contact.description,
	...transactional.description,
	requestOptionsProperty(),
];
