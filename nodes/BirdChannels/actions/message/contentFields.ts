import type { INodeProperties } from 'n8n-workflow';

/** The content of a message: its kind, and the fields of text, HTML e-mail, image and file content. */

const binaryProperty = (show: Record<string, string[]>): INodeProperties => ({
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field holding the file; the node uploads it to Bird first, once per file and run',
	displayOptions: { show: { ...show, mediaSource: ['binary'] } },
});

const emailOptionsField: INodeProperties = {
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
			description: 'Comma-separated names of input binary fields to attach; each file is uploaded to Bird first, once per run',
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
			description: "The part before the @ of the sender address; the domain is the channel's",
		},
		{
			displayName: 'Plain-Text Fallback',
			name: 'plainText',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
		},
	],
};

const mediaFields: INodeProperties[] = [
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		options: [
			{ name: 'Binary Field', value: 'binary', description: 'Upload a file of the input item to Bird' },
			{ name: 'URL', value: 'url', description: 'A publicly reachable address, e.g. the Media URL of a Media › Upload' },
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
		placeholder: 'e.g. terms.pdf',
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
];

export const contentFields: INodeProperties[] = [
	{
		displayName: 'Content',
		name: 'content',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Custom JSON', value: 'json', description: "Bird's whole CreateMessage as JSON: a body or a template, and any of its other keys" },
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
	emailOptionsField,
	...mediaFields,
];

/**
 * Custom JSON: every key of Bird's `CreateMessage` ("Messaging" on docs.bird.com), checked by name before any
 * request. The node's own fields win over the same keys (helpers/message.ts).
 */
export const messageJsonField: INodeProperties = {
	displayName: 'Message JSON',
	name: 'messageJson',
	type: 'json',
	default: '{\n  "body": {\n    "type": "text",\n    "text": { "text": "Hello" }\n  }\n}',
	required: true,
	description:
		'A CreateMessage object as in Bird\'s Channels API reference ("body" or "template", and any of receiver, sender, reference, meta, replyTo, notification, tags, shortLinks, scheduledFor, validity and the switches); Receivers with entries replace "receiver", each option set replaces its key, and meta is merged',
	displayOptions: { show: { content: ['json'] } },
};
