import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as deleteSubscription from './delete.operation';
import * as getAll from './getAll.operation';

export const resource = { name: 'Webhook Subscription', value: 'webhookSubscription' };

export const operations: Record<string, OperationModule> = { create, delete: deleteSubscription, getAll };

export const description: INodeProperties[] = [
	operationProperty('webhookSubscription', 'getAll', [
		standardOperation('create', 'webhook subscription', 'Subscribe a URL to an event of the Channels service'),
		standardOperation('delete', 'webhook subscription'),
		standardOperation('getAll', 'webhook subscription', 'List the webhook subscriptions of the workspace'),
	]),
	...create.description,
	...deleteSubscription.description,
	...getAll.description,
];
