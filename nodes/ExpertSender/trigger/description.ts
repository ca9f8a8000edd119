import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty, lateEventWindowOption } from '../../shared/descriptions';

/**
 * The feeds and their filters, from ExpertSender's API documentation (help.expertsender.com): "Get subscriber
 * activity" (types, channel, columns, returnGuid, returnTitle, tags), "Get bounces list" (channel, bounceReason,
 * bounceType codes) and "Get removed subscribers" (listIds, removeTypes, channel).
 */
export const ACTIVITY_TYPES = [
	{ name: 'Subscriptions', value: 'Subscriptions', description: 'Subscribers added to a list' },
	{ name: 'Confirmations', value: 'Confirmations', description: 'Double opt-in subscriptions confirmed' },
	{ name: 'Sends', value: 'Sends', description: 'Messages sent' },
	{ name: 'Opens', value: 'Opens', description: 'Messages opened' },
	{ name: 'Clicks', value: 'Clicks', description: 'Links clicked' },
	{ name: 'Complaints', value: 'Complaints', description: 'Messages marked as spam' },
	{ name: 'Removals', value: 'Removals', description: 'Subscribers removed from a list after a message' },
	{ name: 'Bounces', value: 'Bounces', description: 'Messages that bounced' },
	{ name: 'Goals', value: 'Goals', description: 'Goals reached after a message' },
];

/** The activity types that take `channel`, and those that take `returnGuid` and `tags` (the same page). */
export const CHANNEL_TYPES = ['Subscriptions', 'Sends', 'Clicks', 'Removals', 'Bounces', 'Goals'];
export const MESSAGE_TYPES = ['Sends', 'Opens', 'Clicks', 'Complaints', 'Removals', 'Bounces', 'Goals'];

export const REMOVE_TYPES = [
	{ name: 'API', value: 'Api', description: 'Removed through the API' },
	{ name: 'Bounce Limit', value: 'BounceLimit', description: 'Too many bounces' },
	{ name: 'Complaint', value: 'Complaint', description: 'The subscriber reported a message as spam' },
	{ name: 'Opt-Out Link', value: 'OptOutLink', description: 'The subscriber clicked the unsubscribe link' },
	{ name: 'User Interface', value: 'Ui', description: 'Removed by hand in the ExpertSender panel' },
	{ name: 'User Unknown', value: 'UserUnknown', description: 'The mail server said the address does not exist' },
];

/** The feeds' filters, shared with the node's Activity operations (which show them without a Feed choice). */
export const channelProperty: INodeProperties = {
	displayName: 'Channel',
	name: 'channel',
	type: 'options',
	default: 'Email',
	description: 'Which channel\'s events to return',
	options: [
		{ name: 'All', value: 'All' },
		{ name: 'Email', value: 'Email' },
		{ name: 'SMS/MMS', value: 'SmsMms' },
	],
};

export const columnsProperty: INodeProperties = {
	displayName: 'Columns',
	name: 'columns',
	type: 'options',
	default: 'Standard',
	description: 'Extended adds the list (ListId, ListName) to message activities',
	options: [
		{ name: 'Standard', value: 'Standard' },
		{ name: 'Extended', value: 'Extended' },
	],
};

export const bounceReasonProperty: INodeProperties = {
	displayName: 'Bounce Reason',
	name: 'bounceReason',
	type: 'options',
	default: '',
	options: [
		{ name: 'Any', value: '' },
		{ name: 'Blocked', value: '3' },
		{ name: 'Mailbox Full', value: '2' },
		{ name: 'Other', value: '7' },
		{ name: 'Unknown', value: '6' },
		{ name: 'User Unknown', value: '1' },
	],
};

export const bounceTypeProperty: INodeProperties = {
	displayName: 'Bounce Type',
	name: 'bounceType',
	type: 'options',
	default: '',
	options: [
		{ name: 'Any', value: '' },
		{ name: 'Hard', value: '1' },
		{ name: 'Soft', value: '2' },
		{ name: 'Transparent', value: '3' },
	],
};

const shownFor = (property: INodeProperties, show: Record<string, string[]>): INodeProperties => ({ ...property, displayOptions: { show } });

export const properties: INodeProperties[] = [
	{
		displayName: 'Feed',
		name: 'feed',
		type: 'options',
		noDataExpression: true,
		default: 'activities',
		options: [
			{ name: 'Activities', value: 'activities', description: 'Subscriber activity of one kind: sends, opens, clicks, …' },
			{ name: 'Bounces', value: 'bounces', description: 'Bounced messages with their diagnostic codes' },
			{ name: 'Removed Subscribers', value: 'removedSubscribers', description: 'Subscribers removed from lists, for any reason' },
		],
	},
	{
		displayName: 'Activity Type',
		name: 'activityType',
		type: 'options',
		default: 'Opens',
		options: ACTIVITY_TYPES,
		displayOptions: { show: { feed: ['activities'] } },
	},
	shownFor(channelProperty, { feed: ['activities'], activityType: CHANNEL_TYPES }),
	shownFor(channelProperty, { feed: ['bounces', 'removedSubscribers'] }),
	shownFor(columnsProperty, { feed: ['activities'] }),
	shownFor(bounceReasonProperty, { feed: ['bounces'] }),
	shownFor(bounceTypeProperty, { feed: ['bounces'] }),
	{
		displayName: 'List Names or IDs',
		name: 'listIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLists' },
		default: [],
		description: 'Only subscribers removed from these lists; none selected means all lists. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { feed: ['removedSubscribers'] } },
	},
	{
		displayName: 'Remove Types',
		name: 'removeTypes',
		type: 'multiOptions',
		default: [],
		description: 'Only subscribers removed for these reasons; none selected means any reason',
		options: REMOVE_TYPES,
		displayOptions: { show: { feed: ['removedSubscribers'] } },
	},
	collectionProperty('options', [
			{
				displayName: 'Include Link Title',
				name: 'returnTitle',
				displayOptions: { show: { '/feed': ['activities'] } },
				type: 'boolean',
				default: false,
				description: 'Whether to add the link\'s title (Title column) to clicks',
			},
			{
				displayName: 'Include Message GUID',
				name: 'returnGuid',
				displayOptions: { show: { '/feed': ['activities'] } },
				type: 'boolean',
				default: false,
				description: 'Whether to add the sent message\'s GUID (MessageGuid column) to message activities',
			},
			lateEventWindowOption('ExpertSender', 'rows'),
			{
				displayName: 'Tags',
				name: 'tags',
				displayOptions: { show: { '/feed': ['activities'] } },
				type: 'string',
				default: '',
				placeholder: 'e.g. newsletter,spring',
				description: 'Comma-separated tags: only activities of messages that have all of them',
			},
	]),
];
