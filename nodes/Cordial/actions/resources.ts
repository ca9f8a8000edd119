import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as batchMessage from './batchMessage';
import * as contact from './contact';
import * as transactional from './transactional';

export const resources: ResourceModules = {
	batchMessage: batchMessage.operations,
	contact: contact.operations,
	transactional: transactional.operations,
};

export const properties: INodeProperties[] = [
	resourceProperty('batchMessage', [
		{ name: 'Batch Message', value: 'batchMessage' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Transactional', value: 'transactional' },
	]),
	...batchMessage.description,
	...contact.description,
	...transactional.description,
	requestOptionsProperty(),
];
