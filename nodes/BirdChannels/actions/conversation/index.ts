import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperation } from '../../../shared/descriptions';
import type { OperationModule } from '../../../shared/execute';
import * as addParticipant from './addParticipant.operation';
import * as close from './close.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getMessages from './getMessages.operation';
import * as removeParticipant from './removeParticipant.operation';
import * as sendMessage from './sendMessage.operation';

export const resource = { name: 'Conversation', value: 'conversation' };

export const operations: Record<string, OperationModule> = { addParticipant, close, create, get, getAll, getMessages, removeParticipant, sendMessage };

export const description: INodeProperties[] = [
	operationProperty('conversation', 'create', [
		{
			name: 'Add Participant',
			value: 'addParticipant',
			description: 'Add a contact, user or flow to a conversation',
			action: 'Add a participant to a conversation',
		},
		{ name: 'Close', value: 'close', description: 'Close a conversation so that no more messages are sent in it', action: 'Close a conversation' },
		standardOperation('create', 'conversation', 'Start a conversation on a channel, optionally with a first message'),
		standardOperation('get', 'conversation', 'Get a conversation by ID'),
		standardOperation('getAll', 'conversation', 'List the conversations of the workspace or of one participant'),
		{ name: 'Get Messages', value: 'getMessages', description: 'List the messages of a conversation', action: 'Get messages of a conversation' },
		{
			name: 'Remove Participant',
			value: 'removeParticipant',
			description: 'Remove a participant from a conversation',
			action: 'Remove a participant from a conversation',
		},
		{ name: 'Send Message', value: 'sendMessage', description: 'Send a message in a conversation', action: 'Send a message in a conversation' },
	]),
	...create.description,
	...get.description,
	...getAll.description,
	...sendMessage.description,
	...getMessages.description,
	...addParticipant.description,
	...removeParticipant.description,
	...close.description,
];
