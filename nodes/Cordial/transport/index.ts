import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkedPathValue } from '../../shared/pathSegment';
import { lookupTable } from '../../shared/lookupTable';
import { itemSuffix } from '../../shared/validation';
import {
	accountFingerprint,
	providerRequest,
	requestsPerSecond,
	type ProviderErrorInfo,
	type ProviderProfile,
	type RequestContext,
	type ResponseForErrorCheck,
} from '../../shared/transport';

export const CORDIAL_BASE_URLS: Record<string, string> = lookupTable({
	usEast: 'https://api.cordial.io/v2',
	usWest: 'https://api.usw2.cordial.io/v2',
});

/** The API root of the credential's region, without a trailing slash (it ends in `/v2`). */
export function cordialBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const region = String(credentials.region ?? 'usEast');
	const base = region === 'custom' ? String(credentials.baseUrl ?? '') : CORDIAL_BASE_URLS[region];
	return (base ?? CORDIAL_BASE_URLS.usEast).replace(/\/+$/, '');
}

/** Cordial's `messages` / `errors` may be a string, a list, or an object of field → problem(s). */
function describeProblems(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map((entry) => describeProblems(entry)).filter(Boolean).join('; ');
	if (typeof value === 'object') {
		return Object.entries(value as IDataObject)
			.map(([field, problem]) => `${field}: ${describeProblems(problem) ?? ''}`)
			.join('; ');
	}
	return String(value);
}

/**
 * Cordial answers errors as `{ error: true, errorKey, message | messages | errors }`, sometimes with a 2xx status,
 * and authentication failures as `{ error: "Access Denied: …" }` (a string).
 */
export function parseCordialError({ body, statusCode }: ResponseForErrorCheck): ProviderErrorInfo | undefined {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const json = body as IDataObject;
	const flagged = json.error === true || typeof json.error === 'string';
	const failedStatus = statusCode < 200 || statusCode >= 300;
	if (!flagged && !(failedStatus && (json.errorKey !== undefined || json.message !== undefined))) return undefined;
	const message =
		describeProblems(json.message) ??
		describeProblems(json.messages) ??
		describeProblems(json.errors) ??
		describeProblems(json.validationErrors) ??
		describeProblems(json.fieldErrors) ??
		(typeof json.error === 'string' ? json.error : undefined) ??
		`HTTP ${statusCode}`;
	const details: IDataObject = {};
	for (const key of ['messages', 'errors', 'validationErrors', 'fieldErrors']) {
		if (json[key] !== undefined && typeof json[key] === 'object') details[key] = json[key];
	}
	return {
		message,
		code: typeof json.errorKey === 'string' ? json.errorKey : undefined,
		description: ERROR_KEY_HINTS[String(json.errorKey)],
		details,
	};
}

/** How to fix the errors of Cordial's error-key table that a user can act on. */
const ERROR_KEY_HINTS: Record<string, string> = lookupTable({
	BATCH_MESSAGES_SCHEDULE_ERROR: 'Set "Schedule" to a future date and time in ISO 8601 form.',
	BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE:
		'Only a batch message in "draft" status can be edited; unschedule a scheduled message first.',
	BATCH_MESSAGES_CANNOT_UNSCHEDULE_PROCESSING_MESSAGE:
		'The message is already being sent; pause or cancel it instead.',
	BATCH_MESSAGES_STATUS_ERROR: 'The message is in a status that does not allow this action; get it to see its status.',
	BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED: 'Only draft and scheduled messages can be deleted; cancel it instead.',
	BATCH_MESSAGES_SMS_TRANSACTIONAL_MESSAGES_NOT_ALLOWED: 'SMS batch messages must be classified as promotional.',
	BATCH_MESSAGES_AUDIENCE_FILTER_CONFLICT: 'Use either "Audience Key" or "Audience Rules", not both.',
	BATCH_MESSAGES_AUDIENCE_NOT_FOUND: 'Check the saved audience key in Cordial (Audiences).',
	BATCH_MESSAGES_CONTACT_NOT_FOUND: 'Check the contact identifiers; the contacts must exist in Cordial.',
	CHANNELS_KEY_NOT_FOUND: 'Check the channel key (e.g. email, sms) configured for the account.',
	MESSAGE_TRANSPORT_INVALID_ACCOUNT_TRANSPORT: 'Leave "Transport ID" empty to use the account default, or check it.',
	EXPERIMENT_VALIDATION_ERROR: 'Check the experiment and variant names of the message.',
	RECORD_NOT_FOUND: 'Check the identifier; the record does not exist in this Cordial account.',
});

export const cordialProfile: ProviderProfile = {
	name: 'Cordial',
	credentialType: 'cordialApi',
	secrets: (credentials) => [String(credentials.apiKey ?? '')],
	rateCeiling: (credentials) => ({
		key: `cordial:${accountFingerprint(credentials.apiKey)}`,
		perSecond: requestsPerSecond(credentials.requestsPerSecond, 10),
	}),
	// The key travels as the Basic user name with an empty password; its header value is hidden too.
	basicAuth: (credentials) => ({ user: String(credentials.apiKey ?? ''), password: '' }),
	parseError: parseCordialError,
	isNotProcessed: ({ statusCode }) => statusCode === 429,
	statusHint(statusCode) {
		if (statusCode === 401) {
			return 'Cordial refused the API key. Either the key is wrong (copy it again from Cordial > Account Settings > API Keys), or the IP address n8n sends from is not on the key\'s allowed IP list.';
		}
		if (statusCode === 403) return 'The API key is not allowed to call this endpoint; check its permissions in Cordial.';
		return undefined;
	},
	retry: { baseDelayMs: 1_000, maxRetryAfterMs: 60_000 },
};

/**
 * A user's value as one path segment: checked as the shared `checkedPathValue` does (empty, `.` and `..` refused
 * naming `field` and the item), and each part URL-encoded, keeping the colons of IDs such as `252:58ffed51:ot`.
 */
export function pathKey(context: IExecuteFunctions, itemIndex: number, field: string, value: string): string {
	return checkedPathValue(context, itemIndex, field, value)
		.split(':')
		.map((part) => encodeURIComponent(part))
		.join(':');
}

/** Query string with Cordial's bracketed keys (e.g. `sendTime[gt]`), in the given order; empty values left out. */
export function queryString(pairs: Array<[string, string | number | boolean | undefined]>): string {
	const parts = pairs
		.filter(([, value]) => value !== undefined && value !== '')
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

export interface CordialCall {
	operation: string;
	itemIndex?: number;
	method: IHttpRequestMethods;
	/** Below the API root, with its query string, e.g. `/batchmessages?page=1`. */
	path: string;
	body?: unknown;
	idempotent?: boolean;
}

async function cordialCall(this: RequestContext, call: CordialCall): Promise<unknown> {
	const credentials = await this.getCredentials('cordialApi', call.itemIndex ?? 0);
	const response = await providerRequest.call(this, cordialProfile, {
		operation: call.operation,
		itemIndex: call.itemIndex,
		method: call.method,
		url: `${cordialBaseUrl(credentials)}${call.path}`,
		body: call.body === undefined ? undefined : { json: call.body },
		response: 'json',
		idempotent: call.idempotent,
	});
	return response.body;
}

/** One Cordial API call answered by a JSON object (an empty body gives an empty object). */
export async function cordialRequest(this: RequestContext, call: CordialCall): Promise<IDataObject> {
	const body = await cordialCall.call(this, call);
	if (body === undefined) return {};
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw new NodeOperationError(this.getNode(), `Cordial ${call.operation}: the answer is not a JSON object${itemSuffix(call.itemIndex)}`, {
			itemIndex: call.itemIndex,
			description: 'The request may have been processed; check in Cordial before running it again.',
		});
	}
	return body as IDataObject;
}

/** One Cordial list call: the answer must be a JSON array of records. */
export async function cordialList(this: RequestContext, call: CordialCall): Promise<IDataObject[]> {
	const body = await cordialCall.call(this, call);
	if (!Array.isArray(body)) {
		throw new NodeOperationError(this.getNode(), `Cordial ${call.operation}: the answer is not a list of records${itemSuffix(call.itemIndex)}`, {
			itemIndex: call.itemIndex,
			description: 'Check the base URL in the credential: it must be the API root ending in /v2.',
		});
	}
	return body as IDataObject[];
}
