import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as getActivities from './getActivities.operation';
import * as getBounces from './getBounces.operation';
import * as getRemovedContacts from './getRemovedContacts.operation';

export const resource = { name: 'Activity', value: 'activity' };

export const operations: Record<string, OperationModule> = { getActivities, getBounces, getRemovedContacts };

export const description: INodeProperties[] = [
	operationProperty('activity', 'getActivities', [
		{ name: 'Get Activities', value: 'getActivities', description: 'Get one day of subscriber activity of one kind', action: 'Get activities' },
		{ name: 'Get Bounces', value: 'getBounces', description: 'Get the bounced messages of a period', action: 'Get bounces' },
		{ name: 'Get Removed Contacts', value: 'getRemovedContacts', description: 'Get the contacts removed from lists', action: 'Get removed contacts' },
	]),
	...getActivities.description,
	...getBounces.description,
	...getRemovedContacts.description,
];
