import type { INodeProperties } from 'n8n-workflow';

/**
 * Template content: the Studio project (its message template), version, locale, typed parameters and the Template
 * Options, as the `Template` object of Bird's `CreateMessage` has them ("Messaging" on docs.bird.com).
 */
const show = { content: ['template'] };

const variablesOption: INodeProperties = {
	displayName: 'Variables',
	name: 'variables',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Variable',
	description: 'Text variables of the template ("variables"), e.g. default',
	options: [
		{
			displayName: 'Variable',
			name: 'variable',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. default' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

const attachmentsOption: INodeProperties = {
	displayName: 'Attachments',
	name: 'attachments',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Attachment',
	description: 'Files the template message carries, by URL (e.g. the Media URL of a Media › Upload)',
	options: [
		{
			displayName: 'Attachment',
			name: 'attachment',
			values: [
				{ displayName: 'File Name', name: 'fileName', type: 'string', default: '', placeholder: 'e.g. invoice.pdf' },
				{ displayName: 'URL', name: 'url', type: 'string', default: '', placeholder: 'e.g. https://example.com/invoice.pdf' },
			],
		},
	],
};

const utmParametersOption: INodeProperties = {
	displayName: 'UTM Parameters',
	name: 'utmParameters',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add UTM Parameter',
	description: 'Up to 8 parameters Bird appends to the links of the template, each a fixed value or a value Bird fills in',
	options: [
		{
			displayName: 'Parameter',
			name: 'parameter',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'e.g. utm_source' },
				{
					displayName: 'Reference',
					name: 'reference',
					type: 'options',
					options: [
						{ name: 'Channel Name', value: 'channel_name' },
						{ name: 'Platform Name', value: 'platform_name' },
					],
					default: 'platform_name',
					displayOptions: { show: { source: ['reference'] } },
				},
				{
					displayName: 'Source',
					name: 'source',
					type: 'options',
					options: [
						{ name: 'Fixed Value', value: 'value' },
						{ name: 'Filled in by Bird', value: 'reference', description: "The channel's or platform's name" },
					],
					default: 'value',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. newsletter', displayOptions: { show: { source: ['value'] } } },
			],
		},
	],
};

export const templateFields: INodeProperties[] = [
	{
		displayName: 'Template',
		name: 'templateProjectId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The Studio message template, by its project',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchTemplates', searchable: true },
			},
			{
				displayName: 'By Project ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. f1e2d3c4-0000-4000-8000-000000000010',
			},
		],
		displayOptions: { show },
	},
	{
		displayName: 'Version',
		name: 'templateVersion',
		type: 'string',
		default: 'latest',
		required: true,
		placeholder: 'e.g. latest',
		description: 'A version ID of the template, or "latest"',
		displayOptions: { show },
	},
	{
		displayName: 'Locale',
		name: 'templateLocale',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'e.g. en-US',
		displayOptions: { show },
	},
	{
		displayName: 'Template Parameters',
		name: 'templateParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Parameter',
		displayOptions: { show },
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
		displayName: 'Template Options',
		name: 'templateOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			attachmentsOption,
			{
				displayName: 'Short Links Domain',
				name: 'shortLinksDomain',
				type: 'string',
				default: '',
				placeholder: 'e.g. default',
				description: 'Shortens the links of the template: "default" or one of your own domains (the template\'s "shortLinks")',
			},
			utmParametersOption,
			variablesOption,
		],
	},
];
