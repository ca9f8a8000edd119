/**
 * Batch messages (`/v2/batchmessages`), with the state machine of Cordial's "Batch Messages API" page: draft →
 * scheduled or pending → processing → sent; paused and cancelled on the way; unschedule back to draft.
 */
import type { PatternRoute } from './routes';
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { findContact } from './contacts';
import {
	ACCOUNT_CHANNELS,
	AUDIENCES,
	BATCH_FIELDS,
	EMAIL,
	EMAIL_HEADERS,
	ISO_8601,
	RANGE_FIELDS,
	RANGE_OPERATORS,
	SECONDARY_KEYS,
	TRANSPORTS,
	TRIGGERS,
	type BatchMessage,
	type BatchStatus,
	type Json,
} from './fixtures';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';

export function withBatch(account: CordialAccount, id: string, handler: (message: BatchMessage) => SandboxResponse): SandboxResponse {
	const message = account.batchMessages.get(id);
	return message ? handler(message) : notFound('Batch Message does not exist');
}

/** Channel, classification and audience of a batch message as it would be; the documented error, if any. */
function checkAudience(candidate: Json): SandboxResponse | undefined {
	const unknown = Object.keys(candidate).filter((key) => !BATCH_FIELDS.includes(key));
	if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown field'] }, 'messages');
	if (typeof candidate.channel !== 'string' || candidate.channel === '') {
		return error(422, 'CHANNELS_KEY_NOT_FOUND', 'Channel is not detected');
	}
	if (!ACCOUNT_CHANNELS.includes(candidate.channel)) {
		return error(422, 'CHANNELS_KEY_NOT_FOUND', 'Incorrect channel for current account');
	}
	if (candidate.classification !== 'transactional' && candidate.classification !== 'promotional') {
		return error(422, 'VALIDATION_ERROR', { classification: ['Must be transactional or promotional'] }, 'messages');
	}
	if (candidate.channel === 'sms' && candidate.classification === 'transactional') {
		return error(422, 'BATCH_MESSAGES_SMS_TRANSACTIONAL_MESSAGES_NOT_ALLOWED', 'Transactional messages are not allowed for messages of type sms.');
	}
	if (candidate.audience !== undefined && candidate['audience-key'] !== undefined) {
		return error(422, 'BATCH_MESSAGES_AUDIENCE_FILTER_CONFLICT', "Please use only one from existing filters 'audience' OR 'audience-key'");
	}
	if (candidate['audience-key'] !== undefined && !AUDIENCES.includes(String(candidate['audience-key']))) {
		return error(422, 'BATCH_MESSAGES_AUDIENCE_NOT_FOUND', `Audience with name: '${String(candidate['audience-key'])}' does not exist.`);
	}
	if (candidate.audience !== undefined && (!isObject(candidate.audience) || candidate.audience.include === undefined)) {
		return error(422, 'BATCH_MESSAGES_MISSING_AUDIENCE_INCLUDE_RULE', 'Audience rule is invalid. {include} should not be empty');
	}
	return undefined;
}

/** Schedule, transport, link tracking, tags and tests; the documented error, if any. */
function checkSettings(account: CordialAccount, candidate: Json): SandboxResponse | undefined {
	if (candidate.schedule !== undefined) {
		if (typeof candidate.schedule !== 'string' || !ISO_8601.test(candidate.schedule)) {
			return error(422, 'BATCH_MESSAGES_SCHEDULE_ERROR', 'sendSchedule is required');
		}
		if (Date.parse(candidate.schedule) <= account.now.getTime()) {
			return error(422, 'BATCH_MESSAGES_SCHEDULE_ERROR', 'Time is in the past.');
		}
	}
	if (candidate.scheduleType !== undefined && candidate.scheduleType !== 'contactTZ') {
		return error(422, 'VALIDATION_ERROR', { scheduleType: ['Possible values: contactTZ'] }, 'messages');
	}
	if (candidate.transportID !== undefined && !TRANSPORTS.includes(String(candidate.transportID))) {
		return error(422, 'MESSAGE_TRANSPORT_INVALID_ACCOUNT_TRANSPORT', 'TransportID does not belong to this account');
	}
	if (candidate.trackLinks !== undefined && candidate.trackLinks !== 'enabled' && candidate.trackLinks !== 'disabled') {
		return error(422, 'VALIDATION_ERROR', { trackLinks: ['Possible values: enabled, disabled'] }, 'messages');
	}
	if (candidate.tags !== undefined && (!Array.isArray(candidate.tags) || candidate.tags.some((tag) => typeof tag !== 'string'))) {
		return error(422, 'VALIDATION_ERROR', { tags: ['Must be an array of strings'] }, 'messages');
	}
	if (candidate.tests !== undefined) {
		const tests = candidate.tests;
		if (!Array.isArray(tests) || tests.some((test) => !isObject(test) || typeof test.type !== 'string' || typeof test.enabled !== 'boolean')) {
			return error(422, 'BATCH_MESSAGES_INSUFFICIENT_TEST_PARAMETERS', 'Not enough parameters for tests');
		}
	}
	return undefined;
}

/** The message headers and content; every e-mail header is required on the e-mail channel. */
function checkMessage(candidate: Json): SandboxResponse | undefined {
	const message = candidate.message;
	const headers = isObject(message) && isObject(message.headers) ? message.headers : {};
	const content = isObject(message) && isObject(message.content) ? message.content : {};
	const problems: Record<string, string[]> = {};
	if (typeof content['text/html'] !== 'string' || content['text/html'] === '') {
		problems['message.content.text/html'] = ['Required'];
	}
	if (candidate.channel === 'email') {
		for (const header of EMAIL_HEADERS) {
			if (typeof headers[header] !== 'string' || headers[header] === '') problems[`message.headers.${header}`] = ['Required'];
		}
		for (const header of ['fromEmail', 'replyEmail']) {
			if (typeof headers[header] === 'string' && headers[header] !== '' && !EMAIL.test(headers[header] as string)) {
				problems[`message.headers.${header}`] = ['Invalid email address'];
			}
		}
	}
	if (Object.keys(problems).length) return error(422, 'VALIDATION_ERROR', problems, 'messages');
	return undefined;
}

/** Checks a batch message as it would be after the change; returns the documented error, if any. */
function validateBatch(account: CordialAccount, candidate: Json): SandboxResponse | undefined {
	return checkAudience(candidate) ?? checkSettings(account, candidate) ?? checkMessage(candidate);
}

export function createBatch(account: CordialAccount, body: Json): SandboxResponse {
	const invalid = validateBatch(account, body);
	if (invalid) return invalid;
	const id = `252:${account.nextHex()}:ot`;
	account.batchMessages.set(id, { ...structuredClone(body), id, status: 'draft', ct: account.now.toISOString() });
	// Cordial's API v2 Swagger names the new message's ID `bmID` (the Batch Messages API page says "id"; the node
	// reads either).
	return jsonResponse(201, { success: true, bmID: id });
}

export function updateBatch(account: CordialAccount, id: string, body: Json | undefined): SandboxResponse {
	if (!body || Object.keys(body).length === 0) return error(422, 'VALIDATION_ERROR', 'Nothing to update');
	return withBatch(account, id, (message) => {
		if (message.status !== 'draft') {
			return error(422, 'BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE', "Can't be changed");
		}
		const current: Json = { ...message };
		const experiments = message.experiments;
		for (const internal of ['id', 'status', 'ct', 'experiments']) delete current[internal];
		const merged: Json = { ...current, ...structuredClone(body) };
		// The message block is merged field by field, so that changing the subject keeps the content.
		if (isObject(body.message) && isObject(current.message)) {
			const old = current.message as Json;
			const changed = body.message;
			merged.message = {
				headers: { ...(old.headers as Json), ...(changed.headers as Json) },
				content: { ...(old.content as Json), ...(changed.content as Json) },
			};
		}
		const invalid = validateBatch(account, merged);
		if (invalid) return invalid;
		account.batchMessages.set(id, { ...merged, id, status: 'draft', ct: message.ct, ...(experiments ? { experiments } : {}) });
		return jsonResponse(200, { success: true });
	});
}

export function deleteBatch(account: CordialAccount, message: BatchMessage): SandboxResponse {
	if (message.status !== 'draft' && message.status !== 'scheduled') {
		return error(422, 'BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED', "It's not allowed to remove this message.");
	}
	account.batchMessages.delete(message.id);
	return jsonResponse(200, { success: true });
}

/** The state changes (send, pause, resume, cancel, unschedule) take no body. */
function emptyBody(request: SandboxRequest): SandboxResponse | undefined {
	return request.text === '' ? undefined : error(422, 'VALIDATION_ERROR', 'This action takes no body');
}

export function send(account: CordialAccount, message: BatchMessage, request: SandboxRequest): SandboxResponse {
	const bodyError = emptyBody(request);
	if (bodyError) return bodyError;
	if (message.status !== 'draft') {
		if (message.status === 'cancelled') return error(422, 'BATCH_MESSAGES_STATUS_ERROR', 'Message already canceled');
		return message.schedule
			? error(422, 'BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_SCHEDULED', 'Batch messages cannot update status to scheduled.')
			: error(422, 'BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_PENDING', 'Batch messages cannot update status to pending.');
	}
	if (message.schedule !== undefined && Date.parse(String(message.schedule)) <= account.now.getTime()) {
		return error(422, 'BATCH_MESSAGES_SCHEDULE_ERROR', 'Time is in the past.');
	}
	message.status = message.schedule ? 'scheduled' : 'pending';
	return jsonResponse(200, { success: true });
}

export function sendTest(account: CordialAccount, message: BatchMessage, body: Json | undefined): SandboxResponse {
	const keys = body ? Object.keys(body) : [];
	if (keys.length !== 1) return error(422, 'BATCH_MESSAGES_TEST_ERROR', 'Not enough parameters');
	const [key] = keys;
	const values = body![key];
	if (!Array.isArray(values) || values.length === 0 || values.some((value) => typeof value !== 'string' || value === '')) {
		return error(422, 'BATCH_MESSAGES_TEST_ERROR', 'Not enough parameters');
	}
	// The Batch Messages API page sends `{ "<identifier key>": [...] }`; the `primaryKey` of Cordial's API v2 Swagger
	// means the account's primary key.
	const lookupKey = key === 'primaryKey' ? 'email' : key;
	if (lookupKey !== 'cID' && !SECONDARY_KEYS.includes(lookupKey)) {
		return error(422, 'BATCH_MESSAGES_CONTACT_KEY_MUST_BE_INDEXED', `Key ${key} not indexed field.`);
	}
	for (const value of values as string[]) {
		const contact = findContact(account, lookupKey, value);
		if (!contact) return error(422, 'BATCH_MESSAGES_CONTACT_NOT_FOUND', 'Contact does not exist');
		if (!contact.channels[String(message.channel)]) {
			return error(422, 'BATCH_MESSAGES_CONTACT_NOT_ASSOCIATED_WITH_CHANNEL', 'Contact does not support message channel.');
		}
	}
	account.testSends.push({ id: message.id, key, recipients: values as string[] });
	return jsonResponse(200, { success: true });
}

export function pause(account: CordialAccount, message: BatchMessage, request: SandboxRequest): SandboxResponse {
	const bodyError = emptyBody(request);
	if (bodyError) return bodyError;
	if (message.status === 'cancelled') return error(422, 'BATCH_MESSAGES_STATUS_ERROR', 'Message already canceled');
	if (!['scheduled', 'pending', 'processing'].includes(message.status)) {
		return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} cannot be paused`);
	}
	account.pausedFrom.set(message.id, message.status);
	message.status = 'paused';
	return jsonResponse(200, { success: true });
}

export function resume(account: CordialAccount, message: BatchMessage, request: SandboxRequest): SandboxResponse {
	const bodyError = emptyBody(request);
	if (bodyError) return bodyError;
	if (message.status === 'cancelled') {
		return error(422, 'BATCH_MESSAGES_STATUS_ERROR', "Message canceled and can't be resumed");
	}
	if (message.status !== 'paused') {
		return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} cannot be resumed`);
	}
	message.status = account.pausedFrom.get(message.id) ?? 'pending';
	account.pausedFrom.delete(message.id);
	return jsonResponse(200, { success: true });
}

export function cancel(account: CordialAccount, message: BatchMessage, request: SandboxRequest): SandboxResponse {
	const bodyError = emptyBody(request);
	if (bodyError) return bodyError;
	if (message.status === 'cancelled') return error(422, 'BATCH_MESSAGES_STATUS_ERROR', 'Message already canceled');
	if (!['scheduled', 'pending', 'processing', 'paused'].includes(message.status)) {
		return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} cannot be canceled`);
	}
	message.status = 'cancelled';
	account.pausedFrom.delete(message.id);
	return jsonResponse(200, { success: true });
}

export function unschedule(message: BatchMessage, request: SandboxRequest): SandboxResponse {
	const bodyError = emptyBody(request);
	if (bodyError) return bodyError;
	if (message.status === 'processing') {
		return error(422, 'BATCH_MESSAGES_CANNOT_UNSCHEDULE_PROCESSING_MESSAGE', 'Unable to unschedule message');
	}
	if (message.status !== 'scheduled') {
		return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} is not scheduled`);
	}
	message.status = 'draft';
	return jsonResponse(200, { success: true });
}

/** `GET /batchmessages/{id}/renderedwip/{cID}`: each `experiment` paired with the `variant` after it. */
export function render(account: CordialAccount, message: BatchMessage, cID: string, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['experiment', 'variant']);
	if (unknown) return unknown;
	const experimentNames = query.getAll('experiment');
	const variants = query.getAll('variant');
	if (experimentNames.length !== variants.length) {
		return error(422, 'EXPERIMENT_VALIDATION_ERROR', 'Incorrect experiment name');
	}
	const experiments = (message.experiments ?? {}) as Record<string, string[]>;
	for (const [index, name] of experimentNames.entries()) {
		if (!experiments[name]?.includes(variants[index])) {
			return error(422, 'EXPERIMENT_VALIDATION_ERROR', 'Incorrect experiment name');
		}
	}
	const contact = account.contacts.get(cID);
	if (!contact) return error(422, 'BATCH_MESSAGES_CONTACT_NOT_FOUND', 'Contact is not found.');
	const fill = (text: unknown) =>
		String(text ?? '').replace(/\{\$contact\.(\w+)\}/g, (_match, key: string) => String(contact.attributes[key] ?? ''));
	const body = (message.message ?? {}) as Json;
	const headers = { ...((body.headers ?? {}) as Json) };
	if (headers.subject !== undefined) {
		headers.subject = fill(headers.subject);
		// A chosen subject variant shows in the subject line, as Cordial renders that variant.
		const subjectVariant = experimentNames.indexOf('SubjectTest');
		if (subjectVariant !== -1) headers.subject = `${String(headers.subject)} [${variants[subjectVariant]}]`;
	}
	return jsonResponse(200, {
		headers,
		content: { 'text/html': fill(((body.content ?? {}) as Json)['text/html']) },
		experiments,
	});
}

/** The filters of `GET /batchmessages`, in the Batch Messages API page's names. */
const LIST_PARAMETERS = [
	'status',
	'tags',
	'mdtID',
	'page',
	'per_page',
	'sort_by',
	'sort_dir',
	...RANGE_FIELDS.flatMap((field) => RANGE_OPERATORS.map((op) => `${field}[${op}]`)),
	...TRIGGERS.map((trigger) => `triggers[${trigger}][enabled]`),
];

/**
 * The `status` filter's values → the stored status. Cordial spells it "canceled" (the Swagger's getBatchMessages:
 * "e.g. sent, canceled, paused, processing, pending"; its error messages say "Message already canceled"); the sandbox
 * stores it as "cancelled". The Batch Messages API page lists "sending" too: a message being sent, i.e. processing.
 */
const STATUS_FILTERS: Record<string, BatchStatus> = {
	draft: 'draft',
	scheduled: 'scheduled',
	pending: 'pending',
	processing: 'processing',
	sending: 'processing',
	sent: 'sent',
	paused: 'paused',
	canceled: 'cancelled',
};

function compare(op: string, at: number, limit: number): boolean {
	return op === 'gt' ? at > limit : op === 'gte' ? at >= limit : op === 'lt' ? at < limit : at <= limit;
}

/** The date range filters (`sendTime[gt]`, `ct[lte]`, …): the list left, or the error. */
function filterByDates(list: BatchMessage[], query: URLSearchParams): BatchMessage[] | SandboxResponse {
	for (const field of RANGE_FIELDS) {
		for (const op of RANGE_OPERATORS) {
			const value = query.get(`${field}[${op}]`);
			if (value === null) continue;
			if (!ISO_8601.test(value)) {
				return error(422, 'VALIDATION_ERROR', { [`${field}[${op}]`]: ['Must be an ISO 8601 date'] }, 'messages');
			}
			const limit = Date.parse(value);
			list = list.filter((message) => {
				const at = message[field] === undefined ? NaN : Date.parse(String(message[field]));
				return !Number.isNaN(at) && compare(op, at, limit);
			});
		}
	}
	return list;
}

export function listBatches(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, LIST_PARAMETERS);
	if (unknown) return unknown;
	let list = [...account.batchMessages.values()];
	const status = query.get('status');
	if (status !== null && !(status in STATUS_FILTERS)) {
		return error(422, 'VALIDATION_ERROR', { status: [`Possible values: ${Object.keys(STATUS_FILTERS).join(', ')}`] }, 'messages');
	}
	if (status) list = list.filter((message) => message.status === STATUS_FILTERS[status]);
	const tags = query.get('tags');
	if (tags) {
		const wanted = tags.split(',');
		list = list.filter((message) => wanted.some((tag) => ((message.tags as string[] | undefined) ?? []).includes(tag)));
	}
	const mdtID = query.get('mdtID');
	if (mdtID) list = list.filter((message) => message.mdtID === mdtID);
	for (const trigger of TRIGGERS) {
		const value = query.get(`triggers[${trigger}][enabled]`);
		if (value === null) continue;
		if (value !== 'true' && value !== 'false') {
			return error(422, 'VALIDATION_ERROR', { [`triggers[${trigger}][enabled]`]: ['Possible values: true, false'] }, 'messages');
		}
		list = list.filter((message) => Boolean(((message.triggers as Json | undefined)?.[trigger] as Json | undefined)?.enabled) === (value === 'true'));
	}
	const dated = filterByDates(list, query);
	if (!Array.isArray(dated)) return dated;
	return listReply(dated.map((message) => structuredClone(message)), query);
}

/** Routes of this resource written as patterns (see routes.ts), matched before index.ts's table. */
export const batchMessageRoutes: PatternRoute[] = [];
