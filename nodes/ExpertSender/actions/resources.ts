import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as contact from './contact';
import * as list from './list';
import * as transactional from './transactional';

export const resources: ResourceModules = {
	contact: contact.operations,
	list: list.operations,
	transactional: transactional.operations,
};

export const properties: INodeProperties[] = [
	resourceProperty('transactional', [
		{ name: 'Contact', value: 'contact' },
		{ name: 'List', value: 'list' },
		{ name: 'Transactional', value: 'transactional' },
	]),
	...transactional.description,
	...contact.description,
	...list.description,
	requestOptionsProperty(contact.requestOptions),
];
