import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as contact from './contact';
import * as list from './list';
import * as transactional from './transactional';

/** Every resource of the node: its picker entry, its operations and their parameters. */
const modules = [contact, list, transactional].filter((module) => Object.keys(module.operations).length > 0);

export const resources: ResourceModules = Object.fromEntries(modules.map((module) => [module.resource.value, module.operations]));

export const properties: INodeProperties[] = [
	resourceProperty(
		'transactional',
		modules.map((module) => module.resource),
	),
	...modules.flatMap((module) => module.description),
	requestOptionsProperty(contact.requestOptions),
];
