import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { fetchMessage } from '../../transport/messages';
import { messageLocator, readMessageId } from './fields';

/** What Simplify keeps of a message: who sent what, when, its state and audience; not its tracking settings. */
const SIMPLE_FIELDS = ['Id', 'Subject', 'Type', 'Status', 'SentDate', 'FromName', 'FromEmail', 'Tags', 'Lists', 'Segments'];
/** The content Full Details adds, kept by Simplify too since it was asked for. */
const CONTENT_FIELDS = ['ReplyToName', 'ReplyToEmail', 'Html', 'Plain', 'AmpHtml'];

const properties: INodeProperties[] = [
	messageLocator('messageId', 'Message', 'searchMessages', 'The sent email message'),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only the ID, subject, type, status, send date, sender, tags, lists and segments (plus the reply-to and content fields when Full Details is on) instead of every field, such as the throttling and tracking settings',
	},
	collectionProperty('options', [
		{
			displayName: 'Full Details',
			name: 'fullDetails',
			type: 'boolean',
			default: false,
			description: 'Whether to ask ExpertSender for the full message details, such as its reply-to address and its HTML and plain-text content',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readMessageId(this, itemIndex, 'messageId', 'Message');
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const fullDetails = options.fullDetails === true;
	const message = await fetchMessage.call(this, id, fullDetails, itemIndex);
	// The answer describes the message asked for; its ID is put first so that the item says which one it is.
	const full: IDataObject = { Id: id, ...message };
	if (!simplify) return full;
	const kept = fullDetails ? [...SIMPLE_FIELDS, ...CONTENT_FIELDS] : SIMPLE_FIELDS;
	return Object.fromEntries(kept.filter((field) => field in full).map((field) => [field, full[field]]));
}
