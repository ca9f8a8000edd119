import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as contact from './contact';
import * as group from './group';
import * as membership from './membership';
import * as message from './message';

/** Every resource of the node: its picker entry, its operations and their parameters. */
const modules = [contact, group, membership, message].filter((module) => Object.keys(module.operations).length > 0);

export const resources: ResourceModules = Object.fromEntries(modules.map((module) => [module.resource.value, module.operations]));

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
		description:
			'Which Mapp Engage API the node talks to; every operation gives the same output over both (a method only the REST API has goes over REST)',
	},
	resourceProperty(
		'message',
		modules.map((module) => module.resource),
	),
	...modules.flatMap((module) => module.description),
	requestOptionsProperty(),
];
