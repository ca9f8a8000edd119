import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as accountList from './accountList';
import * as automationTemplate from './automationTemplate';
import * as batchMessage from './batchMessage';
import * as cart from './cart';
import * as contact from './contact';
import * as contactActivity from './contactActivity';
import * as contactAttribute from './contactAttribute';
import * as order from './order';
import * as product from './product';
import * as supplementRecord from './supplementRecord';
import * as transactional from './transactional';

/** Every resource of the node: its picker entry, its operations and their parameters. */
const modules = [
	accountList,
	automationTemplate,
	batchMessage,
	cart,
	contact,
	contactActivity,
	contactAttribute,
	order,
	product,
	supplementRecord,
	transactional,
].filter((module) => Object.keys(module.operations).length > 0);

export const resources: ResourceModules = Object.fromEntries(modules.map((module) => [module.resource.value, module.operations]));

export const properties: INodeProperties[] = [
	resourceProperty(
		'batchMessage',
		modules.map((module) => module.resource),
	),
	...modules.flatMap((module) => module.description),
	requestOptionsProperty(),
];
