import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { readIdentifier } from '../../helpers/contact';
import { simplifyConversation } from '../../helpers/simplify';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll, segment } from '../../transport';
import { identifierFields } from '../contact/fields';
import { channelLocator, pagingOptions } from '../fields';
import { simplifyConversationField } from './fields';

const OF_PARTICIPANT = ['participant', 'identifier'];

const properties: INodeProperties[] = [
	{
		displayName: 'Conversations Of',
		name: 'scope',
		type: 'options',
		options: [
			{ name: 'Contact Identifier', value: 'identifier', description: 'The conversations on one channel of the contact with an e-mail address, phone number or other identifier' },
			{ name: 'Participant', value: 'participant', description: 'The conversations on one channel of a participant (contact, user, flow, access key) by its ID' },
			{ name: 'Whole Workspace', value: 'workspace', description: 'Every conversation of the workspace' },
		],
		default: 'workspace',
	},
	{ ...channelLocator, description: 'Only the conversations on this channel (Bird requires it for a participant\'s conversations)', displayOptions: { show: { scope: OF_PARTICIPANT } } },
	{
		displayName: 'Participant ID',
		name: 'participantId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 274bd6ff-3295-49a0-a02d-651fb661d7fb',
		description: 'The ID of the participant: for a contact its contact ID, for a user its user ID, and so on',
		displayOptions: { show: { scope: ['participant'] } },
	},
	...identifierFields.map((field) => ({ ...field, displayOptions: { show: { ...field.displayOptions?.show, scope: ['identifier'] } } })),
	...returnAllOrLimit(),
	simplifyConversationField,
	collectionProperty('filters', [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'string',
			default: '',
			placeholder: 'e.g. task:ab651378-579a-4491-abe6-eec97d4c0fa3',
			description: 'Only the conversations about this resource (type:ID, at most 60 characters)',
			displayOptions: { show: { '/scope': ['workspace'] } },
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Closed', value: 'closed' },
				{ name: 'Deleted', value: 'deleted' },
			],
			default: 'active',
			displayOptions: { show: { '/scope': OF_PARTICIPANT } },
		},
	]),
	collectionProperty(
		'options',
		([
			...pagingOptions,
			{ displayName: 'Reverse Order', name: 'reverse', type: 'boolean', default: false, description: 'Whether to ask Bird for the list in reverse order' },
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['conversation'], operation: ['getAll'] } }, properties);

/** Bird's `resource` filter of "List conversations" takes at most 60 characters. */
const MAX_RESOURCE = 60;

/**
 * The list to read: "List conversations" (`/conversations`, filter `resource`), or "List participant conversations
 * by ID" / "by identifier key and value" (`/participants/…/conversations`, `channelId` required, filter `status`).
 */
function listRequest(context: IExecuteFunctions, itemIndex: number, filters: IDataObject): { path: string; qs: IDataObject } {
	const scope = context.getNodeParameter('scope', itemIndex, 'workspace') as string;
	if (scope === 'workspace') {
		const resource = String(filters.resource ?? '').trim();
		if (resource.length > MAX_RESOURCE) {
			throw invalidResource(context, itemIndex, resource);
		}
		return { path: '/conversations', qs: resource ? { resource } : {} };
	}
	const participant =
		scope === 'participant'
			? segment(context, itemIndex, 'Participant ID', requiredString(context, 'participantId', itemIndex, 'Participant ID', 'Enter the ID of the participant, e.g. a contact ID.'))
			: identifierPath(context, itemIndex);
	const channelId = requiredString(context, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID; Bird lists a participant\'s conversations per channel.');
	return { path: `/participants/${participant}/conversations`, qs: { channelId, ...(typeof filters.status === 'string' ? { status: filters.status } : {}) } };
}

function identifierPath(context: IExecuteFunctions, itemIndex: number): string {
	const { key, value } = readIdentifier(context, itemIndex);
	return `${segment(context, itemIndex, 'Identifier Key', key)}/${segment(context, itemIndex, 'Identifier Value', value)}`;
}

function invalidResource(context: IExecuteFunctions, itemIndex: number, resource: string) {
	return invalidParameter(context, itemIndex, 'Resource', `is ${resource.length} characters long; Bird takes at most ${MAX_RESOURCE}`, 'Enter the resource as type:ID, e.g. task:ab651378-579a-4491-abe6-eec97d4c0fa3.');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { path, qs } = listRequest(this, itemIndex, filters);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(
		this,
		{ operation: 'Get Many Conversations', itemIndex, path, qs: { ...qs, ...(options.reverse === true ? { reverse: true } : {}) } },
		settings,
	);
	const conversations = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyConversation) : results;
	return birdListOutput(settings, conversations, nextPageToken);
}
