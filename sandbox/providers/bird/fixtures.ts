/**
 * The Bird workspace the emulator starts with, and the documented values it checks against. The limits, patterns and
 * field lists are deliberate copies of Bird's Channels API documentation ("Messaging: Sending messages" with the
 * `CreateMessage` schema, "Pagination", contacts), not imports from the node: the emulator must not share a
 * misreading with the code it checks.
 */
/** No Bird word in it either: "AccessKey" in the key would hide Bird's participant type `accessKey` in outputs. */
export const BIRD_ACCESS_KEY = 'bird-SANDBOX-K3y-00c0ffee42';
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

/**
 * The workspace's channels. `legacySms` is a second SMS channel that is no longer active, so that the `status` and
 * `platform` filters of "Retrieve list of channels" have something to tell apart.
 */
export const BIRD_CHANNELS: Record<'sms' | 'email' | 'whatsapp' | 'legacySms', BirdChannel> = {
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
	legacySms: {
		id: '2e7b4c19-8a3d-4f6e-b1c2-4d5e6f7a8b9c',
		name: 'Legacy SMS Number',
		platformId: 'sms-messagebird',
		connectorId: '7a1b2c3d-0000-4000-8000-000000000004',
		identifier: '+31970102039',
		status: 'inactive',
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

// Channels management (docs.bird.com/api/channels-api/api-reference/channels-management, "Retrieve list of
// channels"), deliberate copies of the documented query filters.
/** `platform`: one platform name or a list of them, each of the `Id` pattern. */
export const PLATFORM_ID = /^[A-Za-z0-9-]+$/;
/**
 * `status`: the `Status` schema. Bird's page shows `active` (in the example answer) and `preview` (by the filter) but
 * not the whole list; `inactive` and `pending` come from the Channel schema of api-evangelist's MessageBird
 * collection (schemas.apis.io "messagebird-channel"). The node offers the same four (a choice, see the report).
 */
export const CHANNEL_STATUSES = new Set(['active', 'inactive', 'pending', 'preview']);

// Studio message templates (Touchpoints API), deliberate copies of Bird's documentation: "Projects"
// (docs.bird.com/api/touchpoints-api/api-reference/projects), "Message Templates" ("Message Templates are referred to
// as channel templates through the API", …/api-reference/message-templates) and "Creating WhatsApp Message
// templates" (the ProjectType options).
/** The ProjectType enum (`type` of a project, and of the `type` filter of "List projects in workspace"). */
export const PROJECT_TYPES = new Set([
	'chatwidget',
	'form',
	'knowledgeBase',
	'deepLink',
	'channelTemplate',
	'website',
	'htmlEmail',
	'popup',
	'helpcenter',
	'adCreative',
	'preferencecenter',
	'landingpage',
]);

/** A variable of a channel template, as "Message Templates" lists it (`variables[]`). */
export interface BirdTemplateVariable {
	key: string;
	description: string;
	type: string;
	format: string;
}

/** One version of a message template (a channel template); `status` as the project's draft/pending/active/inactive counts. */
export interface BirdChannelTemplate {
	id: string;
	projectId: string;
	status: 'draft' | 'pending' | 'active' | 'inactive';
	localeStatuses: Record<string, string>;
	description: string;
	defaultLocale: string;
	supportedPlatforms: string[];
	variables: BirdTemplateVariable[];
	genericContent: Array<{ locale: string; type: string; blocks: Array<{ id: string; type: string; text: { text: string } }> }>;
	createdAt: string;
	updatedAt: string;
}

/** A Studio project; `activeResourceId` is its active channel template (the version a send with "latest" uses). */
export interface BirdTemplateProject {
	id: string;
	name: string;
	description: string;
	type: string;
	scope: number;
	supportedPlatforms: string[];
	locales: string[];
	activeResourceId: string | null;
	tags: string[];
	createdAt: string;
	updatedAt: string;
}

const variable = (key: string, type: string, description: string): BirdTemplateVariable => ({ key, description, type, format: 'none' });
const textIn = (locales: string[], text: string) => locales.map((locale) => ({ locale, type: 'text', blocks: [{ id: `${locale}-text`, type: 'text', text: { text } }] }));

/** The Studio projects of the workspace: three message templates and an HTML e-mail (not a message template). */
export const BIRD_TEMPLATE_PROJECTS: Record<'appointmentReminder' | 'orderShipped' | 'springSale' | 'newsletter', BirdTemplateProject> = {
	appointmentReminder: {
		id: 'f1e2d3c4-0000-4000-8000-000000000010',
		name: 'Appointment reminder',
		description: 'Reminds a customer of a booked appointment',
		type: 'channelTemplate',
		scope: 3,
		supportedPlatforms: ['sms-messagebird', 'whatsapp'],
		locales: ['en', 'nl'],
		activeResourceId: 'c7a1e2b3-0000-4000-8000-000000000012',
		tags: ['appointments'],
		createdAt: '2025-03-01T09:00:00.000Z',
		updatedAt: '2025-04-02T10:30:00.000Z',
	},
	orderShipped: {
		id: 'b1d2c3e4-0000-4000-8000-00000000aaaa',
		name: 'Order shipped',
		description: 'Tells a customer that the order is on its way',
		type: 'channelTemplate',
		scope: 3,
		supportedPlatforms: ['sms-messagebird'],
		locales: ['en'],
		activeResourceId: 'c7a1e2b3-0000-4000-8000-000000000021',
		tags: ['orders'],
		createdAt: '2025-03-05T08:00:00.000Z',
		updatedAt: '2025-03-05T08:15:00.000Z',
	},
	springSale: {
		id: 'f1e2d3c4-0000-4000-8000-000000000030',
		name: 'Spring sale',
		description: 'Announces the spring sale (still a draft)',
		type: 'channelTemplate',
		scope: 3,
		supportedPlatforms: ['whatsapp'],
		locales: ['en'],
		activeResourceId: null,
		tags: [],
		createdAt: '2025-03-10T12:00:00.000Z',
		updatedAt: '2025-03-10T12:00:00.000Z',
	},
	newsletter: {
		id: 'f1e2d3c4-0000-4000-8000-000000000040',
		name: 'Monthly newsletter',
		description: 'The layout of the monthly newsletter',
		type: 'htmlEmail',
		scope: 0,
		supportedPlatforms: ['email-sparkpost'],
		locales: ['en'],
		activeResourceId: null,
		tags: [],
		createdAt: '2025-03-12T12:00:00.000Z',
		updatedAt: '2025-03-12T12:00:00.000Z',
	},
};

/** The channel templates (versions) of the message-template projects, oldest first. */
export const BIRD_CHANNEL_TEMPLATES: BirdChannelTemplate[] = [
	{
		id: 'c7a1e2b3-0000-4000-8000-000000000011',
		projectId: BIRD_TEMPLATE_PROJECTS.appointmentReminder.id,
		status: 'inactive',
		localeStatuses: { en: 'inactive', nl: 'inactive' },
		description: 'First version',
		defaultLocale: 'en',
		supportedPlatforms: ['sms-messagebird', 'whatsapp'],
		variables: [variable('firstName', 'string', 'First name of the customer'), variable('appointmentAt', 'string', 'Date and time of the appointment')],
		genericContent: textIn(['en', 'nl'], 'Hi {{firstName}}, see you at {{appointmentAt}}.'),
		createdAt: '2025-03-01T09:00:00.000Z',
		updatedAt: '2025-04-02T10:30:00.000Z',
	},
	{
		id: 'c7a1e2b3-0000-4000-8000-000000000012',
		projectId: BIRD_TEMPLATE_PROJECTS.appointmentReminder.id,
		status: 'active',
		localeStatuses: { en: 'active', nl: 'active' },
		description: 'With the duration',
		defaultLocale: 'en',
		supportedPlatforms: ['sms-messagebird', 'whatsapp'],
		variables: [
			variable('firstName', 'string', 'First name of the customer'),
			variable('appointmentAt', 'string', 'Date and time of the appointment'),
			variable('durationMinutes', 'number', 'How long the appointment takes'),
		],
		genericContent: textIn(['en', 'nl'], 'Hi {{firstName}}, see you at {{appointmentAt}} for {{durationMinutes}} minutes.'),
		createdAt: '2025-04-02T10:00:00.000Z',
		updatedAt: '2025-04-02T10:30:00.000Z',
	},
	{
		id: 'c7a1e2b3-0000-4000-8000-000000000021',
		projectId: BIRD_TEMPLATE_PROJECTS.orderShipped.id,
		status: 'active',
		localeStatuses: { en: 'active' },
		description: 'Shipping notice',
		defaultLocale: 'en',
		supportedPlatforms: ['sms-messagebird'],
		variables: [
			variable('count', 'number', 'Number of parcels'),
			variable('express', 'boolean', 'Whether it ships express'),
			variable('address', 'object', 'Delivery address'),
			variable('name', 'string', 'Name of the customer'),
		],
		genericContent: textIn(['en'], 'Hi {{name}}, your {{count}} parcels are on their way.'),
		createdAt: '2025-03-05T08:00:00.000Z',
		updatedAt: '2025-03-05T08:15:00.000Z',
	},
	{
		id: 'c7a1e2b3-0000-4000-8000-000000000031',
		projectId: BIRD_TEMPLATE_PROJECTS.springSale.id,
		status: 'draft',
		localeStatuses: { en: 'draft' },
		description: 'Draft',
		defaultLocale: 'en',
		supportedPlatforms: ['whatsapp'],
		variables: [variable('discount', 'string', 'The discount, e.g. 20%')],
		genericContent: textIn(['en'], 'Spring sale: {{discount}} off everything.'),
		createdAt: '2025-03-10T12:00:00.000Z',
		updatedAt: '2025-03-10T12:00:00.000Z',
	},
];
