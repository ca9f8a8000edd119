import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as deleteMessage from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as pause from './pause.operation';
import * as renderPreview from './renderPreview.operation';
import * as resume from './resume.operation';
import * as send from './send.operation';
import * as sendTest from './sendTest.operation';
import * as unschedule from './unschedule.operation';
import * as update from './update.operation';

export const resource = { name: 'Batch Message', value: 'batchMessage' };

export const operations: Record<string, OperationModule> = {
	cancel, create, delete: deleteMessage, get, getAll, pause, renderPreview, resume, send, sendTest, unschedule, update,
};

export const description: INodeProperties[] = [
	operationProperty('batchMessage', 'create', [
		{ name: 'Cancel', value: 'cancel', description: 'Cancel the sending of a batch message', action: 'Cancel a batch message' },
		standardOperation('create', 'batch message', 'Create a batch message as a draft'),
		standardOperation('delete', 'batch message', 'Delete a draft or scheduled batch message'),
		standardOperation('get', 'batch message'),
		standardOperation('getAll', 'batch message', 'Get many batch messages and automation send records'),
		{ name: 'Pause', value: 'pause', description: 'Pause the sending of a batch message', action: 'Pause a batch message' },
		{ name: 'Render Preview', value: 'renderPreview', description: 'Render a draft for a contact', action: 'Render a batch message preview' },
		{ name: 'Resume', value: 'resume', description: 'Resume a paused batch message', action: 'Resume a batch message' },
		{ name: 'Send', value: 'send', description: 'Send a draft now, or schedule it when it has a schedule', action: 'Send a batch message' },
		{ name: 'Send Test', value: 'sendTest', description: 'Send a test of a batch message to some contacts', action: 'Send a test batch message' },
		{ name: 'Unschedule', value: 'unschedule', description: 'Return a scheduled batch message to draft', action: 'Unschedule a batch message' },
		standardOperation('update', 'batch message', 'Update a draft batch message'),
	]),
	...Object.values(operations).flatMap((operation) => operation.description),
];
