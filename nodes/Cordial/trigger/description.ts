import type { INodeProperties } from 'n8n-workflow';

import { collectionProperty, lateEventWindowOption } from '../../shared/descriptions';

/**
 * Cordial's reserved message events and system events, by their action names in contact activities. Sources:
 * Cordial's "Contact activities (events) API" page (reserved actions message-sent, open, click, optout, bounce,
 * complaint, pageview, message-stopped) and "System events reference page" (support.cordial.com, articles 203885968
 * and 4411361663501).
 */
export const CORDIAL_EVENTS = [
	{ name: 'Message Sent', value: 'message-sent', description: 'A message was sent to the contact' },
	{ name: 'Open', value: 'open', description: 'The contact opened an e-mail' },
	{ name: 'Click', value: 'click', description: 'The contact clicked a link in a message' },
	{ name: 'Bounce', value: 'bounce', description: 'An e-mail bounced and could not be delivered' },
	{ name: 'Opt-Out', value: 'optout', description: 'The contact unsubscribed from a message' },
	{ name: 'Complaint', value: 'complaint', description: 'The contact marked an e-mail as spam' },
	{ name: 'Message Stopped', value: 'message-stopped', description: 'A message was stopped by Quiet Hours' },
	{ name: 'Page View', value: 'pageview', description: 'The contact viewed a tracked page' },
];

export const ANY_EVENT = '*';
export const CUSTOM_EVENT = 'custom';

/** The longest action name Cordial stores (the Swagger's ActivityActivity `a`: "maximum length … 40 characters"). */
export const MAX_ACTION_LENGTH = 40;

export const properties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: ['open', 'click'],
		description: 'The contact activities that start the workflow',
		options: [
			{ name: 'Any Event', value: ANY_EVENT, description: 'Every contact activity, system and custom' },
			...CORDIAL_EVENTS,
			{ name: 'Custom Actions', value: CUSTOM_EVENT, description: 'Events of the custom action names entered below' },
		],
	},
	{
		displayName: 'Custom Action Names',
		name: 'customActions',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. browse, order, cart',
		description: 'Comma-separated action names of custom events, as your site or app sends them to Cordial',
		displayOptions: { show: { events: [CUSTOM_EVENT] } },
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of each event instead of the raw data',
	},
	collectionProperty('filters', [
			{
				displayName: 'Contact Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'Only events of the contact with this e-mail address',
			},
			{
				displayName: 'Message Contact ID (McID)',
				name: 'mcID',
				type: 'string',
				default: '',
				placeholder: 'e.g. 45:dfd5c31449b9fb9f42da7bb0a79f94ee:d170313:58c6dae96e05abd5fef72184:1489445319',
				description: 'Only events of one message sent to one contact',
			},
			{
				displayName: 'Message Delivery Template ID (MdtID)',
				name: 'mdtID',
				type: 'string',
				default: '',
				description: 'Only events of messages sent from this automation message delivery template',
			},
	]),
	collectionProperty('options', [lateEventWindowOption('Cordial')]),
];
