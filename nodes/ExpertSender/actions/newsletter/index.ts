import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as create from './create.operation';
import * as pause from './pause.operation';
import * as resume from './resume.operation';

export const resource = { name: 'Newsletter', value: 'newsletter' };

export const operations: Record<string, OperationModule> = { create, pause, resume };

export const description: INodeProperties[] = [
	operationProperty('newsletter', 'create', [
		{ name: 'Create and Send', value: 'create', description: 'Create a newsletter and send it to lists, segments or seed lists, now or at a set time', action: 'Create and send a newsletter' },
		{ name: 'Pause', value: 'pause', description: 'Pause a newsletter that is being sent', action: 'Pause a newsletter' },
		{ name: 'Resume', value: 'resume', description: 'Resume a paused newsletter', action: 'Resume a newsletter' },
	]),
	...create.description,
	...pause.description,
	...resume.description,
];
