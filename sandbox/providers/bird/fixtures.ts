/**
 * The Bird workspace the emulator starts with, and the documented values it checks against. The limits, patterns and
 * field lists are deliberate copies of Bird's Channels API documentation ("Messaging: Sending messages" with the
 * `CreateMessage` schema, "Pagination", contacts), not imports from the node: the emulator must not share a
 * misreading with the code it checks.
 */
export const BIRD_ACCESS_KEY = 'bird-SANDBOX-AccessKey-7f41c2d9e8';
export const BIRD_WORKSPACE_ID = '3f6c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';
/**
 * A valid key of another workspace: authenticates, but may not touch BIRD_WORKSPACE_ID. No ordinary word in it: any run
 * of 8 characters of a secret is hidden in every message, so "OtherWorkspace" would hide Bird's word "workspace".
 */
export const BIRD_FOREIGN_ACCESS_KEY = 'bird-SANDBOX-F0re1gnK3y-11aa';

export interface BirdChannel {
	id: string;
	name: string;
	platformId: string;
	connectorId: string;
	identifier: string;
	status: string;
}

export const BIRD_CHANNELS: Record<'sms' | 'email' | 'whatsapp', BirdChannel> = {
	sms: {
		id: '0c8f3a52-1d6e-4b7a-8c9d-1e2f3a4b5c6d',
		name: 'SMS Notifications',
		platformId: 'sms-messagebird',
		connectorId: '7a1b2c3d-0000-4000-8000-000000000001',
		identifier: '+31970102030',
		status: 'active',
	},
	email: {
		id: '5b2e9d71-4c3a-4f8e-9a1b-2c3d4e5f6a7b',
		name: 'Transactional Email',
		platformId: 'email-sparkpost',
		connectorId: '7a1b2c3d-0000-4000-8000-000000000002',
		identifier: 'noreply@mail.example.com',
		status: 'active',
	},
	whatsapp: {
		id: '9d4a6b83-7e2f-4a1c-8b5d-3e4f5a6b7c8d',
		name: 'WhatsApp Support',
		platformId: 'whatsapp',
		connectorId: '7a1b2c3d-0000-4000-8000-000000000003',
		identifier: '+31970102031',
		status: 'active',
	},
};

/** Signs the presigned upload policies the emulator issues (its own secret, not Bird's). */
export const SIGNING_SECRET = 'bird-sandbox-upload-signing';

// Deliberate copies of Bird's documented limits and patterns (see the header).
/** `scheduledFor` at most 35 days ahead. */
export const MAX_SCHEDULE_MS = 35 * 24 * 60 * 60 * 1000;
export const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
export const TAG = /^[a-zA-Z0-9-_ ]{1,50}$/;
export const E164 = /^\+[1-9]\d{6,14}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A batch takes at most 100 message requests. */
export const MAX_BATCH_REQUESTS = 100;
/** List endpoints: `limit` 1 to 100 (10 when absent); `pageToken` at most 8000 characters. */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE_TOKEN_LENGTH = 8000;

// Deliberate copies of the documented properties and types of a message (see the header).
export const MESSAGE_FIELDS = new Set([
	'sender',
	'receiver',
	'reference',
	'body',
	'template',
	'meta',
	'replyTo',
	'notification',
	'capFrequency',
	'enableLinkTracking',
	'ignoreQuietHours',
	'ignoreGlobalHoldout',
	'tags',
	'shortLinks',
	'scheduledFor',
	'validity',
]);
export const CONTACT_FIELDS = new Set(['id', 'identifierKey', 'identifierValue', 'type', 'identifiers', 'platformAddress', 'platformAddressSelector']);
export const TEMPLATE_FIELDS = new Set(['projectId', 'version', 'locale', 'name', 'parameters', 'variables', 'attachments', 'shortLinks', 'utmParameters', 'settings']);
export const BODY_TYPES = new Set(['text', 'html', 'image', 'file', 'gif', 'location', 'carousel', 'list', 'section', 'authentication', 'template', 'action']);
export const PARAMETER_TYPES = new Set([
	'string',
	'number',
	'boolean',
	'object',
	'sectionList',
	'timeslotList',
	'productSections',
	'productList',
	'shippingMethodList',
	'lineItemList',
	'whatsappProductSections',
	'whatsappProductItems',
]);

// Webhook subscriptions (Notifications API), deliberate copies of Bird's documentation: "Create a webhook subscription"
// (docs.bird.com/api/notifications-api/api-reference/webhook-subscriptions/create-a-webhook-subscription), "Webhook
// subscriptions" (…/api-reference/webhook-subscriptions) and "Message status and interactions"
// (docs.bird.com/api/channels-api/message-status-and-interactions).
export const BIRD_ORGANIZATION_ID = '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
/** `service`: the Notifications_WebhookService enum. */
export const WEBHOOK_SERVICES = new Set(['channels', 'numbers', 'payments', 'conversations']);
/** The platforms whose `<platform>.inbound` and `<platform>.outbound` events the Channels service sends. */
export const WEBHOOK_PLATFORMS = ['sms', 'whatsapp', 'email', 'line', 'instagram', 'facebook', 'viber', 'linkedin', 'tiktok', 'telegram'];
/** `<platform>.interaction` (an end customer opened an e-mail, clicked a link, …). */
export const WEBHOOK_CHANNEL_EVENTS = new Set(WEBHOOK_PLATFORMS.flatMap((platform) => ['inbound', 'outbound', 'interaction'].map((kind) => `${platform}.${kind}`)));
/** The filter keys of the Channels service; one value per key and subscription, AND-ed. */
export const WEBHOOK_FILTER_KEYS = new Set(['channelId', 'messageStatus', 'interactionType', 'platformId', 'channelStatus', 'status']);
/** `url`: the documented Notifications_Url pattern. */
export const WEBHOOK_URL = /^https:\/\/([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}(\/[^\s]*)?$/;
/** "You can create up to five subscriptions for the same filter combination." */
export const MAX_MATCHING_SUBSCRIPTIONS = 5;
