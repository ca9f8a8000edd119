import type { INodeProperties } from 'n8n-workflow';

/** The channel fields Simplify keeps (see simplify.ts), named in its description. */
export const SIMPLIFIED_CHANNEL_FIELDS = 'id, name, platformId, identifier, status and connectorId';

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: `Whether to return only ${SIMPLIFIED_CHANNEL_FIELDS} instead of the raw channel with its settings and capabilities`,
};

/** "Reverse Order" of a Bird list (the `reverse` query of api.bird.com "Pagination"). */
export const reverseOrderOption: INodeProperties = {
	displayName: 'Reverse Order',
	name: 'reverse',
	type: 'boolean',
	default: false,
	description: 'Whether to ask Bird for the list in reverse order',
};

/**
 * The `status` filter of "Retrieve list of channels" (docs.bird.com, Channels management): Bird's page shows
 * `active` and `preview`; `inactive` and `pending` are from the Channel schema of api-evangelist's MessageBird
 * collection. The emulator accepts the same four (sandbox/providers/bird/fixtures.ts, CHANNEL_STATUSES).
 */
export const channelStatusOptions = [
	{ name: 'Active', value: 'active', description: 'Installed and able to send and receive' },
	{ name: 'Inactive', value: 'inactive' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Preview', value: 'preview' },
];
