import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty, resourceProperty } from '../../shared/descriptions';
import type { ResourceModules } from '../../shared/execute';
import * as batchMessage from './batchMessage';
import * as channel from './channel';
import * as contact from './contact';
import * as conversation from './conversation';
import * as list from './list';
import * as media from './media';
import * as message from './message';
import * as template from './template';
import * as webhookSubscription from './webhookSubscription';

/** Every resource of the node: its picker entry, its operations and their parameters. */
const modules = [batchMessage, channel, contact, conversation, list, media, message, template, webhookSubscription].filter(
	(module) => Object.keys(module.operations).length > 0,
);

export const resources: ResourceModules = Object.fromEntries(modules.map((module) => [module.resource.value, module.operations]));

export const properties: INodeProperties[] = [
	resourceProperty(
		'message',
		modules.map((module) => module.resource),
	),
	...modules.flatMap((module) => module.description),
	requestOptionsProperty(message.requestOptions),
];
