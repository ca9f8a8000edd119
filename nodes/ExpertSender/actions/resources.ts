import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as activity from './activity';
import * as contact from './contact';
import * as customEvent from './customEvent';
import * as dataTable from './dataTable';
import { batchingProperty } from './fields';
import * as field from './field';
import * as list from './list';
import * as message from './message';
import * as newsletter from './newsletter';
import * as suppressionList from './suppressionList';
import * as transactional from './transactional';
import * as triggerMessage from './triggerMessage';

/** Every resource of the node: its picker entry, its operations and their parameters. */
const modules = [activity, contact, customEvent, dataTable, field, list, message, newsletter, suppressionList, transactional, triggerMessage].filter(
	(module) => Object.keys(module.operations).length > 0,
);

export const resources: ResourceModules = Object.fromEntries(modules.map((module) => [module.resource.value, module.operations]));

export const properties: INodeProperties[] = [
	resourceProperty(
		'transactional',
		modules.map((module) => module.resource),
	),
	...modules.flatMap((module) => module.description),
	requestOptionsProperty([batchingProperty]),
];
