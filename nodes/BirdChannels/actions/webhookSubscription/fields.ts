import type { INodeProperties } from 'n8n-workflow';

import { BIRD_TRIGGER_EVENTS } from '../../trigger/description';

export const subscriptionLocator: INodeProperties = {
	displayName: 'Webhook Subscription',
	name: 'webhookSubscription',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The webhook subscription of the workspace',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWebhookSubscriptions', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 123e4567-e89b-12d3-a456-426614174000',
		},
	],
};

/** The Channels service's events, as the Bird Channels Trigger offers them ("Message status and interactions"). */
export const eventField: INodeProperties = {
	displayName: 'Event',
	name: 'event',
	type: 'options',
	default: 'sms.inbound',
	required: true,
	description: 'What Bird reports to the URL: one event per subscription',
	options: BIRD_TRIGGER_EVENTS,
};

export const urlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. https://n8n.example.com/webhook/bird',
	description: 'Where Bird sends the events: a public https address with a host name (no IP address)',
};

/**
 * The filter keys of the Channels service ("Webhook subscriptions" › Valid filters: channelId, messageStatus,
 * interactionType, platformId, channelStatus, and status for voice calls); one value per key, all AND-ed.
 */
const FILTER_KEYS = [
	{ name: 'Call Status', value: 'status' },
	{ name: 'Channel ID', value: 'channelId' },
	{ name: 'Channel Status', value: 'channelStatus' },
	{ name: 'Interaction Type', value: 'interactionType' },
	{ name: 'Message Status', value: 'messageStatus' },
	{ name: 'Platform ID', value: 'platformId' },
];

export const eventFiltersField: INodeProperties = {
	displayName: 'Event Filters',
	name: 'eventFilters',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Filter',
	description: 'Only events that match every filter, e.g. Channel ID for one channel or Message Status for delivered messages; each key once',
	options: [
		{
			displayName: 'Filter',
			name: 'filter',
			values: [
				{ displayName: 'Key', name: 'key', type: 'options', options: FILTER_KEYS, default: 'channelId' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. delivered' },
			],
		},
	],
};

export const signingKeyField: INodeProperties = {
	displayName: 'Signing Key',
	name: 'signingKey',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: "The key Bird signs each request with (the messagebird-signature header); the node's output leaves it out",
};

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return only the ID, event, URL, event filters, status and times (createdAt, updatedAt) instead of every field Bird returns; never the signing key',
};
