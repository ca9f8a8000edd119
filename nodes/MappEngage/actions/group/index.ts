import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as activate from './activate.operation';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPreparedMessages from './getPreparedMessages.operation';

export const resource = { name: 'Group', value: 'group' };

export const operations: Record<string, OperationModule> = { activate, archive, create, get, getAll, getPreparedMessages };

export const description: INodeProperties[] = [
	operationProperty('group', 'getPreparedMessages', [
		{
			name: 'Activate',
			value: 'activate',
			description: 'Bring an archived group back into use (over REST whichever API is chosen)',
			action: 'Activate a group',
		},
		{
			name: 'Archive',
			value: 'archive',
			description: "Mapp's API has no group delete: archive the group (and its subgroups) to take it out of use (over REST whichever API is chosen)",
			action: 'Archive a group',
		},
		standardOperation('create', 'group', 'Create a group (over REST whichever API is chosen: the SOAP API has no group create)'),
		standardOperation('get', 'group', "Get a group's name, description and email"),
		standardOperation('getAll', 'group', 'Get many groups, optionally only those with given group attributes (the listing goes over REST)'),
		{
			name: 'Get Prepared Messages',
			value: 'getPreparedMessages',
			description: 'List the IDs of the prepared messages of a group, the messages the send operations can send',
			action: 'Get the prepared messages of a group',
		},
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
