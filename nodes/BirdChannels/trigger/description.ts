import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { collectionProperty } from '../../shared/descriptions';
import { channelLocatorProperty } from '../actions/fields';

/**
 * The Channels service's webhook events, per platform. Sources: docs.bird.com "Message status and interactions"
 * (Channels API: `<platform>.inbound` for received messages and `<platform>.outbound` for sent messages and their
 * status changes, on sms, whatsapp, email, line, instagram, facebook, viber, linkedin, tiktok, telegram; interactions
 * such as an opened e-mail) and "Webhook subscriptions" (Notifications API: inbound, outbound, interaction; filters
 * channelId, messageStatus, interactionType). Interactions are offered for e-mail only: the documentation shows them
 * for e-mail (opened, clicked, reported as spam); other platforms' interaction events are not documented.
 */
const PLATFORMS: Array<[string, string]> = [
	['email', 'Email'],
	['facebook', 'Facebook'],
	['instagram', 'Instagram'],
	['line', 'LINE'],
	['linkedin', 'LinkedIn'],
	['sms', 'SMS'],
	['telegram', 'Telegram'],
	['tiktok', 'TikTok'],
	['viber', 'Viber'],
	['whatsapp', 'WhatsApp'],
];

function platformEvents([platform, label]: [string, string]): INodePropertyOptions[] {
	const events: INodePropertyOptions[] = [
		{ name: `${label} Message Received`, value: `${platform}.inbound`, description: `A contact sent a message to one of your ${label} channels` },
		{
			name: `${label} Message Status Updated`,
			value: `${platform}.outbound`,
			description: `A message sent on a ${label} channel was accepted, sent, delivered or failed`,
		},
	];
	if (platform === 'email') {
		events.push({ name: 'Email Interaction', value: 'email.interaction', description: 'A contact opened an e-mail, clicked a link in it or reported it as spam' });
	}
	return events;
}

export const BIRD_TRIGGER_EVENTS: INodePropertyOptions[] = PLATFORMS.flatMap(platformEvents);

/** Message statuses a "Message Status Updated" subscription can be narrowed to (the `messageStatus` filter). */
export const MESSAGE_STATUSES: INodePropertyOptions[] = [
	{ name: 'Accepted', value: 'accepted' },
	{ name: 'Delivered', value: 'delivered' },
	{ name: 'Delivery Failed', value: 'delivery_failed' },
	{ name: 'Processing', value: 'processing' },
	{ name: 'Sending Failed', value: 'sending_failed' },
	{ name: 'Sent', value: 'sent' },
];

/** Interaction types an "Email Interaction" subscription can be narrowed to (the `interactionType` filter). */
export const INTERACTION_TYPES: INodePropertyOptions[] = [
	{ name: 'Clicked', value: 'clicked' },
	{ name: 'Opened', value: 'opened' },
	{ name: 'Reported as Spam', value: 'reported-as-spam' },
];

/** The fields Simplify keeps (its description names them). */
export const SIMPLIFIED_FIELDS =
	'event, platform, messageId, channelId, status, direction, from, to, text, interactionType, reference, reason, createdAt and updatedAt';

export const properties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [],
		description: 'What starts the workflow. Bird sends each event to its own webhook subscription, which the trigger creates when the workflow is activated.',
		options: BIRD_TRIGGER_EVENTS,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of each event instead of the raw data: ${SIMPLIFIED_FIELDS}`,
	},
	collectionProperty('filters', [
		channelLocatorProperty({ description: 'Only events of this channel (otherwise of every channel of the chosen platforms)' }),
		{
			displayName: 'Interaction Type',
			name: 'interactionType',
			type: 'options',
			default: 'opened',
			description: 'Only interactions of this type (applies to Email Interaction)',
			options: INTERACTION_TYPES,
		},
		{
			displayName: 'Message Status',
			name: 'messageStatus',
			type: 'options',
			default: 'delivered',
			description: 'Only status updates to this status (applies to the Message Status Updated events)',
			options: MESSAGE_STATUSES,
		},
	]),
	collectionProperty('options', [
		{
			displayName: 'Timestamp Tolerance (Minutes)',
			name: 'toleranceMinutes',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1440 },
			default: 5,
			description:
				'How old a signed request may be. Older ones are refused (HTTP 401), so a captured request cannot be replayed later. Bird retries a failed delivery for up to 8 hours; raise this to 480 to accept late retries.',
		},
	]),
];
