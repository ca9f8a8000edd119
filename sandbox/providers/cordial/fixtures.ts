/**
 * The Cordial account the emulator starts with, and the documented values it checks against. The statuses, field
 * names, enumerations and limits below are deliberate copies of Cordial's "Batch Messages API" page
 * (support.cordial.com) and Cordial's API v2 Swagger, not imports from the node: the emulator must not share a
 * misreading with the code it checks.
 */
export const CORDIAL_API_KEY = 'cordial-sandbox-Key-5f1e9a27c3';

export type Json = Record<string, unknown>;

export type BatchStatus = 'draft' | 'scheduled' | 'pending' | 'processing' | 'sent' | 'paused' | 'cancelled';

export interface BatchMessage extends Json {
	id: string;
	status: BatchStatus;
	ct: string;
}

export interface CordialContact {
	cID: string;
	channels: Record<string, { address: string; subscribeStatus: string }>;
	attributes: Json;
	lists: string[];
	mcIDs: string[];
	createdAt: string;
	/** When the contact last changed, and when it joined each list (the Contacts API page's GET answer). */
	lastModified?: string;
	listJoinDate?: Record<string, string>;
}

export interface AutomationTemplate {
	key: string;
	name: string;
	channel: string;
	classification: 'transactional' | 'promotional';
}

/** The sandbox account's channels, contact attributes, indexed (secondary) keys, lists, audiences and transports. */
export const ACCOUNT_CHANNELS = ['email', 'sms'];
export const ACCOUNT_ATTRIBUTES = ['first_name', 'last_name', 'custID', 'birthday', 'loyalty_points'];
export const SECONDARY_KEYS = ['email', 'custID'];
export const ACCOUNT_LISTS = ['newsletter', 'vip'];
export const AUDIENCES = ['30_day_engaged', 'vip_customers'];
export const TRANSPORTS = ['57d098b66c8766fd53ad19d7'];

/** The fields of MessageSendBatchPost (Cordial's API v2 Swagger); any other field is refused. Deliberate copy. */
export const BATCH_FIELDS = [
	'sendtrigger',
	'channel',
	'classification',
	'name',
	'tags',
	'audience',
	'audience-key',
	'schedule',
	'scheduleType',
	'sendTimeType',
	'transportID',
	'trackLinks',
	'message',
	'tests',
	'priority',
	'bcc',
	'bccEnabled',
	'vanityDomainKey',
];

/** Body keys of a contact that are not attributes or lists. Deliberate copy of the Swagger's ContactCPost. */
export const CONTACT_CONTROL_KEYS = ['channels', 'forceSubscribe', 'suppressTriggers', 'identifyBy'];

/** The e-mail channel's subscribe statuses. Deliberate copy of the Swagger. */
export const SUBSCRIBE_STATUSES = ['none', 'subscribed', 'unsubscribed'];

/** The e-mail headers a batch message on the e-mail channel needs (Message/Headers). Deliberate copy. */
export const EMAIL_HEADERS = ['subject', 'fromEmail', 'fromDesc', 'replyEmail'];

/** Get Many's date ranges and trigger filters (`sendTime[gt]`, `triggers[api][enabled]`, …). Deliberate copy. */
export const RANGE_FIELDS = ['sendTime', 'ct'];
export const RANGE_OPERATORS = ['gt', 'gte', 'lt', 'lte'];
export const TRIGGERS = ['api', 'event', 'recurring'];

/** The query keys of `GET /v2/contactactivities`. Deliberate copy of the Swagger (getActivityList), plus `page`. */
export const ACTIVITY_QUERY_KEYS = [
	'time[gt]',
	'time[gte]',
	'time[lt]',
	'time[lte]',
	'action',
	'email',
	'mdtID',
	'mcID',
	'per_page',
	'page',
	'return_count',
	'contactFields',
];

/** One stored contact activity (the Events page's record); `time` in epoch milliseconds. */
export interface CordialActivity {
	_id: string;
	cID: string;
	email: string;
	action: string;
	time: number;
	mcID?: string;
	bmID?: string;
	mdtID?: string;
	first?: number;
	properties: Json;
}

/** Cordial's default and largest page sizes (`per_page`). Deliberate copy: the node has its own. */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

/** ISO 8601 as the Batch Messages API page writes dates (zone optional). Deliberate copy of the node's reading. */
export const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The sandbox's "now", so that schedules in the past are rejected deterministically. */
export const NOW = '2026-06-01T12:00:00Z';

/** The automation templates after `reset()`: a transactional one and a promotional one. */
export const TEMPLATES: AutomationTemplate[] = [
	{ key: 'order-confirmation', name: 'Order confirmation', channel: 'email', classification: 'transactional' },
	{ key: 'weekly-promo', name: 'Weekly promo', channel: 'email', classification: 'promotional' },
];

/** A draft with a subject experiment, as in the render preview example of Cordial's Batch Messages API page. */
export function experimentDraft(): BatchMessage {
	return {
		id: '252:594ac3d2f0c360031181a7f0:ot',
		status: 'draft',
		ct: '2026-05-01T08:00:00.000Z',
		channel: 'email',
		classification: 'promotional',
		name: 'experiment_draft',
		message: {
			headers: { subject: 'Hello {$contact.first_name}', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
			content: { 'text/html': '<div>Hi {$contact.first_name}</div>' },
		},
		experiments: { SubjectTest: ['Test1', 'Test2'] },
	};
}

/** The types of a contact attribute (Swagger, addattribute: "Possible values: string, number, date, geo, array"). Deliberate copy. */
export const ATTRIBUTE_TYPES = ['string', 'number', 'date', 'geo', 'array'];

/** The fields of an attribute body (Swagger, definition Attribute); any other field is refused. Deliberate copy. */
export const ATTRIBUTE_FIELDS = ['key', 'name', 'type', 'index', 'validators', 'options', 'updateUnauthenticated', 'retainOnDestroy'];

/** Attribute.retainOnDestroy's values (Swagger: "anonymized, unchanged, null, \"\""). Deliberate copy. */
export const RETAIN_ON_DESTROY: unknown[] = ['anonymized', 'unchanged', null, ''];

/** One account contact attribute, as getAttribute answers it (Swagger, response AttributeShow). */
export interface CordialAttribute extends Json {
	key: string;
	name: string;
	type: string;
	index: boolean;
	ct: string;
	lm: string;
}

/** The attribute types of the seeded ACCOUNT_ATTRIBUTES (birthday a date, loyalty_points a number). */
export const SEEDED_ATTRIBUTE_TYPES: Record<string, string> = { birthday: 'date', loyalty_points: 'number' };

/**
 * The body keys of POST /v2/contactactivities besides the contact identifier (Swagger, definition ActivityActivity:
 * `a`, `UID`, `ats`, `properties`; its `primaryKey` stands for the identifier pair such as `"email": "…"`). Deliberate copy.
 */
export const ACTIVITY_FIELDS = ['a', 'UID', 'ats', 'properties'];

/** The actions Cordial records itself, which a POST may not create (Contact activities (events) API page). Deliberate copy. */
export const RESERVED_ACTIONS = ['message-sent', 'open', 'click', 'optout', 'bounce', 'complaint', 'pageview', 'message-stopped'];

/** The channel addresses a contact can be found by (Swagger, ContactCPost.identifyBy example `channels.sms.address`). */
export const CHANNEL_ADDRESS_KEYS = ['channels.email.address', 'channels.sms.address'];

/** An SMS address: the number's digits with the country code, `+` optional (Cordial's "Import SMS contacts" page). */
export const SMS_ADDRESS = /^\+?[1-9]\d{6,14}$/;

/** POST /v2/contacts/merge's options and their values (Swagger, definition MergeContactsOptions, all required). Deliberate copy. */
export const MERGE_OPTIONS: Record<string, string[]> = {
	email_channels: ['sourceContact', 'destinationContact'],
	sms_channels: ['sourceContact', 'destinationContact'],
	push_channels: ['merge', 'ignore'],
	orders: ['merge', 'ignore'],
	events: ['merge', 'ignore'],
	supplements: ['sourceContact', 'destinationContact'],
	cart: ['sourceContact', 'destinationContact', 'lastModified'],
	attributes: ['sourceContact', 'destinationContact'],
	lists: ['sourceContact', 'destinationContact'],
};

/**
 * The rest of each seeded automation template as `GET /v2/automationtemplates/{key}` shows it (the Swagger's
 * TemplateShowAuto: accountID, baseAggregation and message are required there), and its internal ID, which batch
 * message records name as `mdtID`.
 */
export const TEMPLATE_DETAILS: Record<string, Json> = {
	'order-confirmation': {
		_id: '591f1a26ac0c811781bf44ea',
		accountID: '252',
		baseAggregation: 'daily',
		message: {
			headers: { subject: 'Your order {$extVars.orderID}', fromEmail: 'orders@myco.io', fromDesc: 'MyCo Orders', replyEmail: 'help@myco.io' },
			content: { 'text/html': '<div>Thank you for order {$extVars.orderID}</div>' },
		},
		priority: 2,
		triggerTypesEnabled: ['api'],
		tags: ['orders'],
		ct: '2026-03-01T10:00:00+0000',
		lm: '2026-05-01T10:00:00+0000',
	},
	'weekly-promo': {
		_id: '591f1a26ac0c811781bf44eb',
		accountID: '252',
		baseAggregation: 'hourly',
		message: {
			headers: { subject: 'This week at MyCo', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
			content: { 'text/html': '<div>Hi {$contact.first_name}, this week…</div>' },
		},
		priority: 3,
		triggerTypesEnabled: ['api', 'recurring'],
		recurringSchedule: 'Every Monday at 09:00',
		tags: ['promo'],
		ct: '2026-04-01T10:00:00+0000',
		lm: '2026-05-15T10:00:00+0000',
	},
};
