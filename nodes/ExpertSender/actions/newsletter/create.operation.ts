import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { createNewsletter } from '../../helpers/newsletter';

const properties: INodeProperties[] = [
	{
		displayName: 'Subscriber List Names or IDs',
		name: 'subscriberLists',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLists' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The lists the newsletter is sent to',
	},
	{ displayName: 'From Name', name: 'fromName', type: 'string', required: true, default: '', placeholder: 'e.g. Acme Shop' },
	{ displayName: 'From Email', name: 'fromEmail', type: 'string', required: true, default: '', placeholder: 'e.g. news@example.com' },
	{ displayName: 'Subject', name: 'subject', type: 'string', required: true, default: '', placeholder: 'e.g. Our January deals' },
	{
		displayName: 'HTML',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		description: 'The HTML content; it is sent in a CDATA section, as ExpertSender asks. Personalization tags such as *[subscriber_firstname]* work.',
	},
	{ displayName: 'Plain Text', name: 'plain', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'The plain-text content (give HTML, plain text, or both)' },
	collectionProperty('options', [
		{ displayName: 'AMP HTML', name: 'ampHtml', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'AMP HTML content; ExpertSender needs HTML or plain text beside it as the fallback, and every link must be https' },
		{
			displayName: 'Delivery Date',
			name: 'deliveryDate',
			type: 'dateTime',
			default: '',
			description: "When to send the newsletter (in the workflow's time zone unless the value has an offset); empty sends it now",
		},
		{
			displayName: 'Excluded List Names or IDs',
			name: 'excludedLists',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getLists' },
			default: [],
			description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint: 'Subscribers of these lists do not get the newsletter',
		},
		{ displayName: 'Reply-To Email', name: 'replyToEmail', type: 'string', default: '', placeholder: 'e.g. support@example.com' },
		{ displayName: 'Reply-To Name', name: 'replyToName', type: 'string', default: '', placeholder: 'e.g. Acme Support' },
		{ displayName: 'Seed List IDs', name: 'seedListIds', type: 'string', default: '', placeholder: 'e.g. 7, 8', description: 'Seed lists that get a copy, comma-separated' },
		{ displayName: 'Subscriber Segment IDs', name: 'segmentIds', type: 'string', default: '', placeholder: 'e.g. 12, 15', description: 'Segments the newsletter is sent to, comma-separated' },
		{ displayName: 'Suppression List IDs', name: 'suppressionListIds', type: 'string', default: '', placeholder: 'e.g. 3', description: 'Suppression lists checked during the sendout, comma-separated' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'e.g. deals, january', description: 'Tags of the newsletter, comma-separated (Message › Get Many filters by tag)' },
		{
			displayName: 'Throttling',
			name: 'throttlingMethod',
			type: 'options',
			default: 'None',
			options: [
				{ name: 'None', value: 'None', description: 'Send as fast as possible' },
				{ name: 'Auto', value: 'Auto', description: 'Let ExpertSender spread the sendout' },
			],
			description: 'How ExpertSender paces the sendout',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['newsletter'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await createNewsletter.call(this, itemIndex);
}
