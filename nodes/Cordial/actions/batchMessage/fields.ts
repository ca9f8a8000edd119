import type { INodeProperties } from 'n8n-workflow';

/** The batch message picker shared by every batch-message operation. */
export const batchMessageLocator: INodeProperties = {
	displayName: 'Batch Message',
	name: 'batchMessageId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The batch message, by its ID such as 252:58ffed51f0c36063476c1752:ot',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchBatchMessages', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '252:58ffed51f0c36063476c1752:ot',
		},
	],
};

export const channelField: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'string',
	default: 'email',
	placeholder: 'email',
	description: 'The messaging channel key, e.g. email, sms or push; some accounts have custom channel keys',
};

export const classificationField: INodeProperties = {
	displayName: 'Classification',
	name: 'classification',
	type: 'options',
	options: [
		{ name: 'Promotional', value: 'promotional', description: 'Goes only to subscribed contacts' },
		{ name: 'Transactional', value: 'transactional', description: 'Not allowed for SMS' },
	],
	default: 'promotional',
};

/** The message headers and content (Message/Headers and Message/Content on Cordial's Batch Messages API page). */
export const contentFields: INodeProperties[] = [
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		description: 'The subject line; required for e-mail',
	},
	{
		displayName: 'From Email',
		name: 'fromEmail',
		type: 'string',
		default: '',
		placeholder: 'news@myco.io',
		description: 'The sender address; required for e-mail',
	},
	{
		displayName: 'From Description',
		name: 'fromDesc',
		type: 'string',
		default: '',
		placeholder: 'MyCo Team',
		description: 'The sender name shown to the recipient; required for e-mail',
	},
	{
		displayName: 'Reply Email',
		name: 'replyEmail',
		type: 'string',
		default: '',
		placeholder: 'reply@myco.io',
		description: 'Where replies go; required for e-mail',
	},
	{
		displayName: 'HTML Content',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		placeholder: '<div>content</div>',
		description: 'The message markup (Cordial\'s text/html content), which may use Smarty such as {$contact.first_name}',
	},
];

/** The optional settings of a batch message (Create's "Additional Fields"; also part of Update's fields). */
export const settingFields: INodeProperties[] = [
	{
		displayName: 'Audience Key',
		name: 'audienceKey',
		type: 'string',
		default: '',
		placeholder: '30_day_engaged',
		description: 'A saved audience rule; leave empty to send to all contacts. Do not combine with Audience Rules.',
	},
	{
		displayName: 'Audience Rules (JSON)',
		name: 'audienceRules',
		type: 'json',
		default: '{}',
		description: 'An audience rule object with an "include" part, instead of a saved audience key',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Jan_Newsletter_2018',
		description: 'A name for the message',
	},
	{
		displayName: 'Schedule',
		name: 'schedule',
		type: 'string',
		default: '',
		placeholder: '2026-01-09T22:47:12+00:00',
		description: 'When to send, in ISO 8601 and in the future; Send then schedules the message instead of sending it at once',
	},
	{
		displayName: 'Schedule Type',
		name: 'scheduleType',
		type: 'options',
		options: [
			{ name: 'Account Time Zone', value: 'account', description: 'The schedule is read in the account\'s default time zone' },
			{ name: 'Contact Time Zone', value: 'contactTZ', description: 'Each contact receives it at the scheduled time of their own time zone' },
		],
		default: 'account',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'birthday, promo',
		description: 'Comma-separated tags (case-sensitive)',
	},
	{
		displayName: 'Tests',
		name: 'tests',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Deliverability tests to run, such as 250ok',
		options: [
			{
				displayName: 'Test',
				name: 'test',
				values: [
					{ displayName: 'Type', name: 'type', type: 'string', default: '250ok', description: 'The test to run' },
					{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the test is enabled' },
				],
			},
		],
	},
	{
		displayName: 'Track Links',
		name: 'trackLinks',
		type: 'options',
		options: [
			{ name: 'Disabled', value: 'disabled' },
			{ name: 'Enabled', value: 'enabled' },
		],
		default: 'enabled',
		description: 'Whether link performance is tracked',
	},
	{
		displayName: 'Transport ID',
		name: 'transportId',
		type: 'string',
		default: '',
		placeholder: '57d098b66c8766fd53ad19d7',
		description: 'Overrides the account\'s default transport',
	},
];
