import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as contact from './contact';
import * as group from './group';
import * as membership from './membership';
import * as message from './message';

export const resources: ResourceModules = {
	contact: contact.operations,
	group: group.operations,
	membership: membership.operations,
	message: message.operations,
};

export const properties: INodeProperties[] = [
	{
		displayName: 'API',
		name: 'api',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'REST (JSON)', value: 'rest', description: 'Mapp Engage REST API 2.0' },
			{ name: 'SOAP', value: 'soap', description: 'Mapp Engage SOAP API, for accounts that use it' },
		],
		default: 'rest',
		description: 'Which Mapp Engage API the node talks to; every operation gives the same output over both',
	},
	resourceProperty('message', [
		{ name: 'Contact', value: 'contact' },
		{ name: 'Group', value: 'group' },
		{ name: 'Membership', value: 'membership' },
		{ name: 'Message', value: 'message' },
	]),
	...contact.description,
	...group.description,
	...membership.description,
	...message.description,
	requestOptionsProperty(),
];
