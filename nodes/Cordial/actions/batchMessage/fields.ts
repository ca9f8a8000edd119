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
			placeholder: 'e.g. 252:58ffed51f0c36063476c1752:ot',
		},
	],
};

/**
 * The channel, picked from Cordial's channels and those the account's automation templates use, or typed as a key
 * (some accounts have custom channel keys). A plain text value of workflows saved before is read as the key.
 */
export const channelField: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'resourceLocator',
	default: { mode: 'list', value: 'email' },
	description: 'The messaging channel key, e.g. email, sms or push',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchChannels', searchable: true },
		},
		{ displayName: 'By Key', name: 'id', type: 'string', placeholder: 'e.g. email' },
	],
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
		placeholder: 'e.g. news@myco.io',
		description: 'The sender address; required for e-mail',
	},
	{
		displayName: 'From Description',
		name: 'fromDesc',
		type: 'string',
		default: '',
		placeholder: 'e.g. MyCo Team',
		description: 'The sender name shown to the recipient; required for e-mail',
	},
	{
		displayName: 'Reply Email',
		name: 'replyEmail',
		type: 'string',
		default: '',
		placeholder: 'e.g. reply@myco.io',
		description: 'Where replies go; required for e-mail',
	},
	{
		displayName: 'HTML Content',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		placeholder: 'e.g. <div>Hi {$contact.first_name}</div>',
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
		placeholder: 'e.g. 30_day_engaged',
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
		placeholder: 'e.g. Jan_Newsletter_2018',
		description: 'A name for the message',
	},
	{
		displayName: 'Schedule',
		name: 'schedule',
		type: 'dateTime',
		default: '',
		description:
			'When to send, in the future; Send then schedules the message instead of sending it at once. A time without an offset is in the workflow\'s time zone, or with Schedule Type "Contact Time Zone" in each contact\'s.',
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
		placeholder: 'e.g. birthday, promo',
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
					{ displayName: 'Type', name: 'type', type: 'string', default: '250ok', placeholder: 'e.g. 250ok', description: 'The test to run' },
					// The Swagger's Tests definition: "Tests are `disabled` by default".
					{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: false, description: 'Whether the test is enabled' },
				],
			},
		],
	},
	{
		displayName: 'Track Links',
		name: 'trackLinks',
		type: 'boolean',
		default: true,
		description: 'Whether link performance is tracked (Cordial\'s default)',
	},
	{
		displayName: 'Transport ID',
		name: 'transportId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 57d098b66c8766fd53ad19d7',
		description: 'Overrides the account\'s default transport',
	},
];
