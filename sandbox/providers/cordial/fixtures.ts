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
