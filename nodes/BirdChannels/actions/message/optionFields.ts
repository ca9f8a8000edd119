import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../../shared/descriptions';

/**
 * The Options of a message: the optional keys of Bird's `CreateMessage` ("Messaging" on docs.bird.com), each sent
 * only when set, so that Bird's own defaults apply otherwise. With Custom JSON content, an option set here replaces
 * the same key of the JSON (meta is merged).
 */

/** An on/off option of a message, off unless set. */
const flag = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

/**
 * `meta.extraInformation.useCase`. Bird documents `marketing` by name (frequency capping needs it); the other two are
 * the message types its Validity text names (promotional, conversational, transactional). Bird takes any value
 * there (extraInformation is a free object); a use case these do not list goes in Meta (JSON).
 */
const useCaseOption: INodeProperties = {
	displayName: 'Use Case',
	name: 'useCase',
	type: 'options',
	options: [
		{ name: 'Conversational', value: 'conversational' },
		{ name: 'Marketing', value: 'marketing', description: 'Needed for Frequency Capping' },
		{ name: 'Transactional', value: 'transactional' },
	],
	default: 'marketing',
	description: "What the message is for (the message's meta.extraInformation.useCase)",
};

const replyToOptions: INodeProperties[] = [
	{
		displayName: 'Reply To ID',
		name: 'replyToId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 9b509e32-bfec-4fe6-8a63-2c22017a3a17',
		description: 'The ID of the message (or click, referral) this message answers, e.g. the ID of a received message',
	},
	{
		displayName: 'Reply To Type',
		name: 'replyToType',
		type: 'options',
		options: [
			{ name: 'Click', value: 'click' },
			{ name: 'Message', value: 'message', description: 'A message received on the channel' },
			{ name: 'Referrals', value: 'referrals' },
		],
		default: 'message',
		description: 'What Reply To ID names',
	},
];

const senderOptions: INodeProperties[] = [
	{
		displayName: 'Sender Display Name',
		name: 'senderName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Acme Support',
		description: "The name the receiver sees as the sender (the sender's annotations.name)",
	},
	{
		displayName: 'Sender Identifier',
		name: 'senderIdentifier',
		type: 'string',
		default: '',
		placeholder: 'e.g. support',
		description: "Sends as this identifier of the channel's connector instead of its default; on e-mail, the user name before the @",
	},
];

const scheduleOptions: INodeProperties[] = [
	{
		displayName: 'Scheduled For',
		name: 'scheduledFor',
		type: 'dateTime',
		default: '',
		description:
			"When Bird sends the message, at most 35 days ahead, in the workflow's time zone unless the time has an offset; a time in the past (or within 10 minutes) may be sent at once",
	},
	{
		displayName: 'Validity (Seconds)',
		name: 'validity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			"How long the message may still be delivered; 0 sends nothing, so that Bird decides by the channel's message type (36 hours, or 10 minutes on 2FA channels)",
	},
];

export const messageOptionsField: INodeProperties = collectionProperty('options', [
	flag('Enable Link Tracking', 'enableLinkTracking', 'Whether Bird appends tracking parameters to the links of the message (on SMS only with Short Links Domain)'),
	flag(
		'Frequency Capping',
		'capFrequency',
		'Whether Bird applies the frequency capping settings of the platform; Bird allows it on marketing messages only, so Use Case must be Marketing (it is set to Marketing when not chosen)',
	),
	flag('Ignore Global Holdout', 'ignoreGlobalHoldout', 'Whether to skip the global holdout check (for transactional messages)'),
	flag('Ignore Quiet Hours', 'ignoreQuietHours', 'Whether to send at once even during quiet hours'),
	{
		displayName: 'Meta (JSON)',
		name: 'metaJson',
		type: 'json',
		default: '{}',
		description: "Further meta fields of the message as Bird documents them (extraInformation, referral, email, order, …); Use Case is written into its extraInformation",
	},
	{
		displayName: 'Reference',
		name: 'reference',
		type: 'string',
		default: '',
		placeholder: 'e.g. order-1001',
		description: 'Your own identifier of the message',
	},
	...replyToOptions,
	scheduleOptions[0],
	...senderOptions,
	{
		displayName: 'Short Links Domain',
		name: 'shortLinksDomain',
		type: 'string',
		default: '',
		placeholder: 'e.g. default',
		description: 'Shortens the links of an SMS: "default" or one of your own domains (for a template, use its Template Options)',
	},
	{
		displayName: 'Status Callback URL',
		name: 'notificationUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://n8n.example.com/webhook/…',
		description:
			"Where Bird reports this message's status changes (its notification URL), which needs a webhook subscription in Bird, e.g. the production URL of an active Bird Channels Trigger",
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'e.g. welcome, onboarding',
		description: 'Comma-separated, at most 10; letters, digits, spaces, - and _ only, up to 50 characters each',
	},
	useCaseOption,
	scheduleOptions[1],
]);
