/**
 * The Mapp Engage account the emulator starts with, and the documented values it checks against. The namespace, the
 * identifier types and the subscription modes are deliberate copies of the Mapp Engage SOAP API's WSDL and the REST
 * API's reference, not imports from the node: the emulator must not share a misreading with the code it checks.
 */

/** Deliberate copy: the WSDL's target namespace (the same for every tenant, not the tenant's host). */
export const MAPP_ECM_NAMESPACE = 'http://ecircle.com/developer/ecmapi';
export const MAPP_USER = 'api.user@example.com';
export const MAPP_PASSWORD = 'Mapp-Api-Pass-4412!';
/** A system user of type GUI: right password, but Mapp refuses it on the API (403). */
export const MAPP_GUI_USER = 'gui.user@example.com';
export const MAPP_GUI_PASSWORD = 'Gui-User-Pass-9930';

export const REST_PREFIX = '/api/rest/v19';
export const SOAP_PATH = /^\/api\/soap\/v19\/?$/;

/** Deliberate copy: the WSDL's ContactIdentifierType and SubscriptionMode enumerations. */
export const IDENTIFIER_TYPES = ['EMAIL', 'MOBILE', 'APP_ALIAS', 'EXTERNAL', 'ID'];
export const SUBSCRIPTION_MODES = ['OPT_IN', 'CONFIRMED_OPT_IN', 'DOUBLE_OPT_IN'];

/** The first contact ID the account assigns. */
export const FIRST_CONTACT_ID = 40000;

export interface StoredContact {
	contactId: number;
	emailAddress: string | null;
	mobileNumber: string | null;
	applicationAlias: string | null;
	identifier: string | null;
	attributes: Array<{ name: string; value: string | null }>;
}

export interface Sendout {
	method: 'sendSingle' | 'sendTransactional';
	messageId: number;
	contactId: number;
	externalTransactionFormula?: string;
	senderProfileName?: string;
	parameters: Array<{ name: string; value: string | null }>;
	attachments: Array<{ name: string; contentType: string; content: string }>;
}

export interface PreparedMessage {
	groupId: number;
	channel: 'email' | 'sms';
}

export function seededContacts(): Map<number, StoredContact> {
	return new Map([
		[
			33457,
			{
				contactId: 33457,
				emailAddress: 'j.mcexample@example.com',
				mobileNumber: '48505606707',
				applicationAlias: null,
				identifier: 'CRM-0001',
				attributes: [
					{ name: 'FirstName', value: 'John' },
					{ name: 'user.ISOCountryCode', value: 'PL' },
				],
			},
		],
	]);
}

/** groupId → members (contactId → subscription state). */
export function seededGroups(): Map<number, Map<number, string>> {
	return new Map([
		[1200, new Map()],
		[1300, new Map([[33457, 'OPT_IN']])],
		[1400, new Map()],
	]);
}

/**
 * The prepared email and SMS of "Sending a Single Prepared Email" and "Sending a Single Prepared SMS", both sending
 * to group 1200; group 1400 has three more, group 1300 none.
 */
export function seededMessages(): Map<number, PreparedMessage> {
	return new Map<number, PreparedMessage>([
		[23541, { groupId: 1200, channel: 'email' }],
		[23542, { groupId: 1200, channel: 'sms' }],
		[23610, { groupId: 1400, channel: 'email' }],
		[23611, { groupId: 1400, channel: 'email' }],
		[23612, { groupId: 1400, channel: 'sms' }],
	]);
}

/**
 * Deliberate copy: the event types of `GET /async/pollByRange` (docs.mapp.com/apidocs, async pollByRange: "allMessages
 * [… consolidates all types below except for sentToMta], linkClick, mtaResponse, smsResponse, readTrack, forwardTrack,
 * conversion, skipTracking, sendTransactional, unsubscribe, sentToMta").
 */
export const RESPONSE_QUEUE_TYPES = ['allMessages', 'linkClick', 'mtaResponse', 'smsResponse', 'readTrack', 'forwardTrack', 'conversion', 'skipTracking', 'sendTransactional', 'unsubscribe', 'sentToMta'];

/** "Up to 20,000 responses per retrieval" (Mapp's "Response Queue Service" page). */
export const RESPONSE_QUEUE_MAX_LIMIT = 20_000;

/** One event of the Response Queue: its type, when Mapp inserted it (Unix seconds) and its output name/value pairs. */
export interface QueuedResponse {
	queueId: string;
	type: string;
	insertedAt: number;
	output: Array<{ name: string; value: string }>;
}
