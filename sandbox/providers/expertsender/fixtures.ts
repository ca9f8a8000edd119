/**
 * The ExpertSender account the emulator starts with, and the documented values it checks against. The lists of modes,
 * matching modes and the Subscriber element order are deliberate copies of what ExpertSender's "Add subscriber" page
 * documents (help.expertsender.com/emp/api/methods/subscribers/add-subscriber), not imports from the node: the
 * emulator must not share a misreading with the code it checks.
 */
/** Contains characters that must be escaped in XML and encoded in URLs, so that both forms are exercised. */
export const EXPERTSENDER_API_KEY = 'es7731-Sandbox+Key/&<q>';

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const XS = 'http://www.w3.org/2001/XMLSchema';
/** "You should not add/update more than 100 subscribers using a single API call." */
export const MAX_SUBSCRIBERS = 100;
/** The documented answer for an unknown or unsubscribed receiver of a transactional message. */
export const NO_SUCH_RECEIVER = 'Subscriber does not exist in the database or has unsubscribed.';
export const NOW = '2026-01-15T10:00:00';

export type ListStatus = 'Active' | 'Unsubscribed';

export interface EsSubscriber {
	id: number;
	email?: string;
	firstname?: string;
	lastname?: string;
	name?: string;
	phone?: string;
	customSubscriberId?: string;
	trackingCode?: string;
	vendor?: string;
	ip?: string;
	/** Custom property values by field ID; null is a cleared value. */
	properties: Map<number, string | null>;
	lists: Map<number, { status: ListStatus; date: string }>;
	events: Array<{ date: string; type: string; messageId: number }>;
	subscriptions: Array<{ date: string; listId: number; type: string }>;
}

export interface EsSentMessage {
	kind: 'Transactionals' | 'SystemTransactionals';
	messageId: number;
	subscriberId: number;
	listId?: number;
	bcc?: string;
	snippets: Array<{ name: string; value: string }>;
	attachments: Array<{ fileName: string; mimeType: string; content: Buffer }>;
	guid: string;
}

export interface EsList {
	id: number;
	name: string;
	friendlyName: string;
	language: string;
	optInMode: 'SingleOptIn' | 'DoubleOptIn';
	seed: boolean;
}

export interface EsField {
	id: number;
	name: string;
	type: 'Text' | 'Number' | 'Money' | 'Boolean' | 'Date' | 'Datetime';
	xsType: string;
}

export const FIELDS: EsField[] = [
	{ id: 1, name: 'points', type: 'Number', xsType: 'xs:int' },
	{ id: 2, name: 'city', type: 'Text', xsType: 'xs:string' },
	{ id: 3, name: 'vip', type: 'Boolean', xsType: 'xs:boolean' },
	{ id: 4, name: 'birthday', type: 'Date', xsType: 'xs:date' },
	{ id: 5, name: 'lastOrderAt', type: 'Datetime', xsType: 'xs:dateTime' },
	{ id: 6, name: 'balance', type: 'Money', xsType: 'xs:double' },
];

export const LISTS: EsList[] = [
	{ id: 1, name: 'Newsletter', friendlyName: 'Our newsletter', language: 'en-US', optInMode: 'SingleOptIn', seed: false },
	{ id: 2, name: 'Customers', friendlyName: 'Customers', language: 'en-US', optInMode: 'DoubleOptIn', seed: false },
	{ id: 7, name: 'Internal seeds', friendlyName: 'Seeds', language: 'en-US', optInMode: 'SingleOptIn', seed: true },
];

/** Transactional messages by ID, for `Transactionals` and `SystemTransactionals`: whether each is active. */
export const MESSAGES: Record<EsSentMessage['kind'], Record<number, boolean>> = {
	Transactionals: { 123: true, 124: false },
	SystemTransactionals: { 200: true, 201: false },
};

export const MODES = ['AddAndUpdate', 'AddAndReplace', 'AddAndIgnore', 'IgnoreAndUpdate', 'IgnoreAndReplace'];
export const MATCHING_MODES = ['Email', 'CustomSubscriberId', 'Id', 'Phone'];
export const DETAIL_OPTIONS = ['Short', 'Long', 'Full', 'EventsHistory', 'SubscriptionsHistory'];
export const SUBSCRIBER_ORDER = [
	'Mode',
	'Force',
	'ListId',
	'AllowUnsubscribed',
	'AllowRemoved',
	'MatchingMode',
	'Id',
	'Email',
	'Phone',
	'CustomSubscriberId',
	'Firstname',
	'Lastname',
	'TrackingCode',
	'Name',
	'Vendor',
	'Ip',
	'Properties',
];

/**
 * The activity types of `GET /v2/Api/Activities` and their CSV columns. Deliberate copy of ExpertSender's "Get
 * subscriber activity" page (help.expertsender.com/emp/api/methods/subscribers/get-subscriber-activity) and of the
 * columns citilinkru/expert-sender-api reads (src/Response/ActivitiesGetResponse/*.php): `standard` always,
 * `extended` with columns=Extended, MessageGuid with returnGuid=true (not for Subscriptions and Confirmations),
 * Title with returnTitle=true (Clicks only).
 */
export const ACTIVITY_COLUMNS: Record<string, { standard: string[]; extended: string[] }> = {
	Subscriptions: { standard: ['Date', 'Email', 'ListId', 'ListName'], extended: [] },
	Confirmations: { standard: ['Date', 'Email', 'ListId', 'ListName'], extended: [] },
	Sends: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject'], extended: ['ListId', 'ListName'] },
	Opens: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject'], extended: ['ListId', 'ListName'] },
	Clicks: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject', 'Url'], extended: ['ListId', 'ListName'] },
	Complaints: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject'], extended: ['ListId', 'ListName'] },
	Removals: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject', 'Reason'], extended: ['ListId', 'ListName'] },
	Bounces: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject', 'Reason', 'DiagnosticCode'], extended: ['ListId', 'ListName'] },
	Goals: { standard: ['Date', 'Email', 'MessageId', 'MessageSubject', 'GoalValue'], extended: ['ListId', 'ListName'] },
};

/** The activity types that take `channel` (the same page: "Applicable only for …"). */
export const CHANNEL_ACTIVITY_TYPES = ['Subscriptions', 'Sends', 'Clicks', 'Removals', 'Bounces', 'Goals'];

export const CHANNELS = ['All', 'Email', 'SmsMms'];

/** "Get bounces list": bounceReason and bounceType codes, and the CSV columns. Deliberate copy. */
export const BOUNCE_REASONS: Record<string, string> = { 1: 'UserUnknown', 2: 'MailboxFull', 3: 'Blocked', 6: 'Unknown', 7: 'Other' };
export const BOUNCE_TYPES: Record<string, string> = { 1: 'Hard', 2: 'Soft', 3: 'Transparent' };
export const BOUNCE_COLUMNS = ['Date', 'Email', 'BounceCode', 'BounceReason', 'BounceType'];

/** "Get removed subscribers": the remove types. Deliberate copy. */
export const REMOVE_TYPES = ['OptOutLink', 'Ui', 'BounceLimit', 'Complaint', 'UserUnknown', 'Api'];

/** One activity row as stored: its type, channel, account-local time (`YYYY-MM-DD HH:MM:SS`) and column values. */
export interface EsActivityRow {
	type: string;
	channel: 'Email' | 'SmsMms';
	date: string;
	values: Record<string, string>;
}

export interface EsBounceRow {
	date: string;
	email: string;
	code: string;
	reason: keyof typeof BOUNCE_REASONS | string;
	type: string;
	channel: 'Email' | 'SmsMms';
}

export interface EsRemovedSubscriber {
	id: number;
	email: string;
	listId: number;
	/** The day of removal (`YYYY-MM-DD`): the API answers it as `YYYY-MM-DDT00:00:00Z`. */
	date: string;
	removeType: string;
	channel: 'Email' | 'SmsMms';
}
