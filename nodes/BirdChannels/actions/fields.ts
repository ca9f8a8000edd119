import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../shared/descriptions';
import { includePagingInfoOption, pageSizeOption, startPageTokenOption } from '../../shared/paging';
import { BIRD_MAX_PAGE_SIZE } from '../transport';

/** Bird's identifier keys as the pickers offer them (contacts, receivers). */
export const identifierKeyOptions = [
	{ name: 'Email Address', value: 'emailaddress' },
	{ name: 'Other', value: 'custom' },
	{ name: 'Phone Number', value: 'phonenumber' },
];

/** The paging options of every Bird Get Many, for its Options collection (sorted there with the others). */
export const pagingOptions: INodeProperties[] = [
	includePagingInfoOption('nextPageToken', 'Start Page Token'),
	pageSizeOption(BIRD_MAX_PAGE_SIZE),
	startPageTokenOption('nextPageToken'),
];

/** A channel picker (a searchable list of the workspace's channels, or an ID), with its required flag and description. */
export function channelLocatorProperty(extra: Pick<INodeProperties, 'description'> & Partial<INodeProperties>): INodeProperties {
	return {
		displayName: 'Channel',
		name: 'channel',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchChannels', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 8c2d1b6e-4f3a-4d2b-9a1e-7f6c5b4a3d2e',
			},
		],
		...extra,
	};
}

/** The channel picker of the operations. */
export const channelLocator = channelLocatorProperty({ required: true, description: 'The channel of the workspace (SMS, e-mail, WhatsApp, …)' });

/** An on/off option of a message, off unless set. */
const flag = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

const binaryProperty = (show: Record<string, string[]>): INodeProperties => ({
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field holding the file; the node uploads it to Bird first',
	displayOptions: { show: { ...show, mediaSource: ['binary'] } },
});

/**
 * Everything that describes one message: shared by Message → Send (one request per item) and Batch Message → Send
 * Batch (up to 100 items per request).
 */
export const messageFields: INodeProperties[] = [
	channelLocator,
	{
		displayName: 'Receivers',
		name: 'receivers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Receiver',
		description: 'Who gets the message. Several receivers (with CC and BCC) are possible only on e-mail channels.',
		options: [
			{
				displayName: 'Receiver',
				name: 'receiver',
				values: [
					{
						displayName: 'Contact ID',
						name: 'contactId',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Custom Identifier Key',
						name: 'customIdentifierKey',
						type: 'string',
						default: '',
						placeholder: 'e.g. telegram',
					},
					{
						displayName: 'Identifier Key',
						name: 'identifierKey',
						type: 'options',
						options: identifierKeyOptions,
						default: 'phonenumber',
					},
					{
						displayName: 'Identifier Value',
						name: 'identifierValue',
						type: 'string',
						default: '',
						placeholder: 'e.g.	+31612345678',
						description: 'Phone numbers in international format with country code (+31612345678)',
					},
					{
						displayName: 'Identify By',
						name: 'identifyBy',
						type: 'options',
						options: [
							{
								name: 'Contact ID',
								value: 'contactId',
							},
							{
								name: 'Identifier',
								value: 'identifier',
							},
						],
						default: 'identifier',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{
								name: 'BCC',
								value: 'bcc',
							},
							{
								name: 'CC',
								value: 'cc',
							},
							{
								name: 'To',
								value: 'to',
							},
						],
						default: 'to',
						description: 'For e-mail channels only',
					},
				],
			},
		],
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Custom JSON', value: 'json', description: 'A "body" or a "template" object as Bird documents it' },
			{ name: 'File', value: 'file' },
			{ name: 'HTML Email', value: 'html' },
			{ name: 'Image', value: 'image' },
			{ name: 'Template', value: 'template', description: 'A template of a Bird Studio project' },
			{ name: 'Text', value: 'text' },
		],
		default: 'text',
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		displayOptions: { show: { content: ['text'] } },
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		description: 'Subject line of the e-mail (text messages on e-mail channels only)',
		displayOptions: { show: { content: ['text', 'html'] } },
	},
	{
		displayName: 'HTML',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		required: true,
		displayOptions: { show: { content: ['html'] } },
	},
	{
		displayName: 'Email Options',
		name: 'emailOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { content: ['html'] } },
		options: [
			{
				displayName: 'Attachments (Binary Fields)',
				name: 'attachmentProperties',
				type: 'string',
				default: '',
				placeholder: 'e.g. invoice, terms',
				description: 'Comma-separated names of input binary fields to attach; each is uploaded to Bird first',
			},
			{
				displayName: 'From Name',
				name: 'fromName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Acme Support',
			},
			{
				displayName: 'From Username',
				name: 'fromUsername',
				type: 'string',
				default: '',
				placeholder: 'e.g. noreply',
				description: 'The part before the @ of the sender address; the domain is the channel\'s',
			},
			{
				displayName: 'Plain-Text Fallback',
				name: 'plainText',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
			},
		],
	},
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		options: [
			{ name: 'Binary Field', value: 'binary', description: 'Upload a file of the input item to Bird' },
			{ name: 'URL', value: 'url', description: 'A publicly reachable address' },
		],
		default: 'binary',
		displayOptions: { show: { content: ['image', 'file'] } },
	},
	binaryProperty({ content: ['image', 'file'] }),
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/photo.jpg',
		displayOptions: { show: { content: ['image', 'file'], mediaSource: ['url'] } },
	},
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		description: 'Defaults to the name of the binary file',
		displayOptions: { show: { content: ['file'] } },
	},
	{
		displayName: 'File Content Type',
		name: 'fileContentType',
		type: 'string',
		default: '',
		placeholder: 'e.g. application/pdf',
		description: 'MIME type of the file; required for a URL, taken from the binary file otherwise',
		displayOptions: { show: { content: ['file'] } },
	},
	{
		displayName: 'Alt Text',
		name: 'altText',
		type: 'string',
		default: '',
		displayOptions: { show: { content: ['image', 'file'] } },
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		description: 'Text sent with the image or file',
		displayOptions: { show: { content: ['image', 'file'] } },
	},
	{
		displayName: 'Project ID',
		name: 'templateProjectId',
		type: 'string',
		default: '',
		required: true,
		description: 'The Studio project of the template',
		displayOptions: { show: { content: ['template'] } },
	},
	{
		displayName: 'Version',
		name: 'templateVersion',
		type: 'string',
		default: 'latest',
		required: true,
		description: 'A version ID of the template, or "latest"',
		displayOptions: { show: { content: ['template'] } },
	},
	{
		displayName: 'Locale',
		name: 'templateLocale',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'e.g. en-US',
		displayOptions: { show: { content: ['template'] } },
	},
	{
		displayName: 'Template Parameters',
		name: 'templateParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Parameter',
		displayOptions: { show: { content: ['template'] } },
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '' },
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Boolean', value: 'boolean' },
							{ name: 'Number', value: 'number' },
							{ name: 'Object (JSON)', value: 'object' },
							{ name: 'String', value: 'string' },
						],
						default: 'string',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Message JSON',
		name: 'messageJson',
		type: 'json',
		default: '{\n  "body": {\n    "type": "text",\n    "text": { "text": "Hello" }\n  }\n}',
		required: true,
		description: 'An object with either "body" or "template", shaped as in Bird\'s Channels API reference',
		displayOptions: { show: { content: ['json'] } },
	},
	collectionProperty('options', [
		flag('Enable Link Tracking', 'enableLinkTracking', 'Whether Bird appends tracking parameters to the links of the message'),
		flag('Frequency Capping', 'capFrequency', 'Whether Bird applies the frequency capping settings of the platform; marks the message as a marketing message, as Bird requires'),
		flag('Ignore Global Holdout', 'ignoreGlobalHoldout', 'Whether to skip the global holdout check (for transactional messages)'),
		flag('Ignore Quiet Hours', 'ignoreQuietHours', 'Whether to send at once even during quiet hours'),
		{
			displayName: 'Reference',
			name: 'reference',
			type: 'string',
			default: '',
			description: 'Your own identifier of the message',
		},
		{
			displayName: 'Scheduled For',
			name: 'scheduledFor',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2026-01-01T10:00:00Z',
			description:
				'RFC 3339 time with offset, at most 35 days ahead. A time in the past (or within 10 minutes) may be sent at once.',
			hint: 'An expression such as {{ $now.plus({ hours: 2 }).toISO() }} gives the right format',
		},
		{
			displayName: 'Short Links Domain',
			name: 'shortLinksDomain',
			type: 'string',
			default: '',
			placeholder: 'e.g. default',
			description: 'Shortens the links of an SMS: "default" or one of your own domains',
		},
		{
			displayName: 'Status Callback URL',
			name: 'notificationUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://n8n.example.com/webhook/…',
			description:
				"Where Bird reports this message's status changes (the message's notification URL). The URL needs a webhook subscription in Bird, e.g. the production URL of an active Bird Channels Trigger.",
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			placeholder: 'e.g. welcome, onboarding',
			description: 'Comma-separated, at most 10; letters, digits, spaces, - and _ only, up to 50 characters each',
		},
		{
			displayName: 'Validity (Seconds)',
			name: 'validity',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 129600,
			description: 'How long the message may still be delivered',
		},
	]),
];
