import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as contact from './contact';
import * as list from './list';
import * as transactional from './transactional';

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Contact', value: 'contact' },
		{ name: 'List', value: 'list' },
		{ name: 'Transactional', value: 'transactional' },
	],
	default: 'transactional',
};

export const resourceModules: ResourceModules = {
	contact: { upsert: contact.upsert, get: contact.get, delete: contact.delete },
	list: { getAll: list.getAll },
	transactional: { send: transactional.send, sendSystem: transactional.sendSystem },
};

export const resourceDescriptions: INodeProperties[] = [
	resourceProperty,
	...transactional.description,
	...contact.description,
	...list.description,
	requestOptionsProperty([contact.upsert.batching]),
];
