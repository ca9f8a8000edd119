import type { INodeProperties } from 'n8n-workflow';

/** Simplify of Get and Get Many: the fields of a message most workflows use (see helpers/simplify.ts). */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return only the ID, channel, status, direction, receivers, content type, reference, reason, schedule and times of each message instead of the raw message',
};

/** Simplify of Get Interactions (see helpers/simplify.ts). */
export const simplifyInteractionsField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return only the ID, message, channel, type, receivers, clicked link, details and time of each interaction instead of the raw interaction',
};

/** The Message ID of a channel's message (Get, Get Interactions). */
export const messageIdField: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 9b509e32-bfec-4fe6-8a63-2c22017a3a17',
	description: 'The ID Bird returned when the message was sent (or received)',
};

/** `status` of Bird's `Message` schema ("Messaging" on docs.bird.com), for the Status filter. */
export const messageStatusOptions = [
	{ name: 'Accepted', value: 'accepted' },
	{ name: 'Deleted', value: 'deleted' },
	{ name: 'Delivered', value: 'delivered' },
	{ name: 'Delivery Failed', value: 'delivery_failed' },
	{ name: 'Processing', value: 'processing' },
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Scheduled', value: 'scheduled' },
	{ name: 'Sending Failed', value: 'sending_failed' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Skipped', value: 'skipped' },
];
