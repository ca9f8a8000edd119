import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as subscribe from './subscribe.operation';
import * as unsubscribe from './unsubscribe.operation';

export const resource = { name: 'Membership', value: 'membership' };

export const operations: Record<string, OperationModule> = { get, getAll, subscribe, unsubscribe };

export const description: INodeProperties[] = [
	operationProperty('membership', 'subscribe', [
		{
			name: 'Get',
			value: 'get',
			description: "Get a contact's membership of a group, with its membership attributes (over REST whichever API is chosen)",
			action: 'Get a membership',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				"Get the memberships of a contact, optionally in one group only; Mapp's API lists no group's members",
			action: 'Get many memberships of a contact',
		},
		{
			name: 'Subscribe',
			value: 'subscribe',
			description: 'Subscribe a contact to a group',
			action: 'Subscribe a contact to a group',
		},
		{
			name: 'Unsubscribe',
			value: 'unsubscribe',
			description: 'Unsubscribe a contact from a group',
			action: 'Unsubscribe a contact from a group',
		},
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
