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

/**
 * The message of a channel (Get, Get Interactions): from the channel's messages (the Channel above must be picked),
 * or its ID. A saved plain Message ID still works.
 */
export const messageIdField: INodeProperties = {
	displayName: 'Message',
	name: 'messageId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The message, by the ID Bird gave it when it was sent (or received)',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchMessages', searchable: true } },
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 9b509e32-bfec-4fe6-8a63-2c22017a3a17' },
	],
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
