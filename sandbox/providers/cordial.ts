/**
 * Cordial API v2 emulator, written from the Batch Messages seed, Cordial's Swagger document and the research notes
 * (shared/reference/bird-cordial.md §2). Strict: Basic auth with the API key as user name and an empty password,
 * JSON bodies only, the documented error bodies `{ error: true, errorKey, message | messages }`, and the batch-message
 * state machine of the seed. Contacts, audiences, transports and automation templates are kept in state.
 */
import {
	basicCredentials,
	jsonResponse,
	mediaType,
	NO_CEILING,
	type OverLimitState,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
} from '../framework';

export const CORDIAL_API_KEY = 'cordial-sandbox-Key-5f1e9a27c3';

type Json = Record<string, unknown>;

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

interface AutomationTemplate {
	key: string;
	name: string;
	channel: string;
	classification: 'transactional' | 'promotional';
}

const ACCOUNT_CHANNELS = ['email', 'sms'];
const ACCOUNT_ATTRIBUTES = ['first_name', 'last_name', 'custID', 'birthday', 'loyalty_points'];
const SECONDARY_KEYS = ['email', 'custID'];
const ACCOUNT_LISTS = ['newsletter', 'vip'];
const AUDIENCES = ['30_day_engaged', 'vip_customers'];
const TRANSPORTS = ['57d098b66c8766fd53ad19d7'];
const BATCH_FIELDS = [
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
const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function error(status: number, errorKey: string, message: unknown, field: 'message' | 'messages' = 'message'): SandboxResponse {
	return jsonResponse(status, { error: true, errorKey, [field]: message });
}

const notFound = (message = 'record not found') => error(404, 'RECORD_NOT_FOUND', message);

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class CordialProvider implements ProviderModule {
	readonly name = 'cordial';

	readonly prefix = '/cordial';

	/** The sandbox's "now", so that schedules in the past are rejected deterministically. */
	now = new Date('2026-06-01T12:00:00Z');

	readonly batchMessages = new Map<string, BatchMessage>();

	readonly contacts = new Map<string, CordialContact>();

	readonly templates = new Map<string, AutomationTemplate>();

	/** Per batch message: the status before it was paused, and the test sends it received. */
	private readonly pausedFrom = new Map<string, BatchStatus>();

	readonly testSends: Array<{ id: string; key: string; recipients: string[] }> = [];

	/** Each handled request's query parameters in wire order, repeated keys included (the log groups them). */
	readonly queries: Array<Array<[string, string]>> = [];

	private counter = 0;

	constructor() {
		this.reset();
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'cordialApi',
				name: 'Cordial (sandbox)',
				data: { apiKey: CORDIAL_API_KEY, region: 'custom', baseUrl: `${baseUrl}/v2`, ...NO_CEILING },
			},
		];
	}

	reset(): void {
		this.batchMessages.clear();
		this.contacts.clear();
		this.templates.clear();
		this.pausedFrom.clear();
		this.testSends.length = 0;
		this.queries.length = 0;
		this.counter = 0;
		this.templates.set('order-confirmation', {
			key: 'order-confirmation',
			name: 'Order confirmation',
			channel: 'email',
			classification: 'transactional',
		});
		this.templates.set('weekly-promo', {
			key: 'weekly-promo',
			name: 'Weekly promo',
			channel: 'email',
			classification: 'promotional',
		});
		// A draft with a subject experiment, as in the seed's render preview example.
		this.batchMessages.set('252:594ac3d2f0c360031181a7f0:ot', {
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
		});
	}

	/** Adds a contact directly (test fixture); returns its cID. */
	addContact(email: string, subscribeStatus = 'subscribed', attributes: Json = {}): string {
		const cID = this.nextHex();
		this.contacts.set(cID, {
			cID,
			channels: { email: { address: email, subscribeStatus } },
			attributes,
			lists: [],
			mcIDs: [],
			createdAt: this.now.toISOString(),
		});
		return cID;
	}

	/**
	 * What Cordial's workers do on their own: a pending or scheduled message starts processing, and a processing
	 * one is sent. Tests call this to move a message on.
	 */
	progress(id: string): BatchStatus {
		const message = this.batchMessages.get(id);
		if (!message) throw new Error(`No batch message ${id}`);
		if (message.status === 'pending' || message.status === 'scheduled') message.status = 'processing';
		else if (message.status === 'processing') {
			message.status = 'sent';
			message.sendTime = this.now.toISOString();
		} else throw new Error(`Batch message ${id} in status ${message.status} does not progress`);
		return message.status;
	}

	/** Cordial's 429 with its rate-limit headers (the error key is the sandbox's own: Cordial documents none). */
	overLimit(_request: SandboxRequest, state: OverLimitState): SandboxResponse {
		return jsonResponse(
			429,
			{ error: true, errorKey: 'TOO_MANY_REQUESTS', message: 'API rate limit exceeded' },
			{
				'X-Rate-Limit-Limit': String(state.limit),
				'X-Rate-Limit-Remaining': String(state.remaining),
				'X-Rate-Limit-Reset': String(state.resetSeconds),
				'Retry-After': String(state.retryAfterSeconds),
			},
		);
	}

	handle(request: SandboxRequest): SandboxResponse {
		this.queries.push([...request.query.entries()]);
		const auth = basicCredentials(request);
		if (!auth || auth.user !== CORDIAL_API_KEY || auth.password !== '') {
			return jsonResponse(401, { error: 'Access Denied: Authentication Failure' });
		}
		const segments = request.path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
		if (segments[0] !== 'v2') return notFound(`No route ${request.method} ${request.path}`);
		const [, resource, id, action, extra] = segments;
		let body: unknown;
		if (request.method === 'POST' || (request.method === 'PUT' && request.text !== '')) {
			if (mediaType(request) !== 'application/json') {
				return error(
					415,
					'UNSUPPORTED_MEDIA_TYPE',
					'Unsupported Media Type: Content-Type header must be application/json or application/x-www-form-urlencoded.',
				);
			}
			try {
				body = JSON.parse(request.text);
			} catch {
				return error(400, 'VALIDATION_ERROR', 'Malformed JSON body');
			}
			if (!isObject(body)) return error(422, 'VALIDATION_ERROR', 'The body must be a JSON object');
		}
		const json = body as Json;
		const route = `${request.method} ${resource}${id !== undefined ? '/:id' : ''}${action ? `/${action}` : ''}${extra !== undefined ? '/:extra' : ''}`;
		switch (route) {
			case 'GET accountcontactattributes':
				return jsonResponse(200, ACCOUNT_ATTRIBUTES.map((key) => ({ key, name: key, type: 'string', index: SECONDARY_KEYS.includes(key) })));
			case 'POST batchmessages':
				return this.createBatch(json);
			case 'GET batchmessages':
				return this.listBatches(request.query);
			case 'GET batchmessages/:id':
				return this.withBatch(id, (message) => jsonResponse(200, this.batchView(message)));
			case 'PUT batchmessages/:id':
				return this.updateBatch(id, json);
			case 'DELETE batchmessages/:id':
				return this.withBatch(id, (message) => {
					if (message.status !== 'draft' && message.status !== 'scheduled') {
						return error(422, 'BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED', "It's not allowed to remove this message.");
					}
					this.batchMessages.delete(id);
					return jsonResponse(200, { success: true });
				});
			case 'PUT batchmessages/:id/send':
				return this.withBatch(id, (message) => this.send(message, request));
			case 'PUT batchmessages/:id/sendtest':
				return this.withBatch(id, (message) => this.sendTest(message, json));
			case 'PUT batchmessages/:id/pause':
				return this.withBatch(id, (message) => this.pause(message, request));
			case 'PUT batchmessages/:id/resume':
				return this.withBatch(id, (message) => this.resume(message, request));
			case 'PUT batchmessages/:id/cancel':
				return this.withBatch(id, (message) => this.cancel(message, request));
			case 'PUT batchmessages/:id/unschedule':
				return this.withBatch(id, (message) => this.unschedule(message, request));
			case 'GET batchmessages/:id/renderedwip/:extra':
				return this.withBatch(id, (message) => this.render(message, extra, request.query));
			case 'POST contacts':
				return this.upsertContact(json);
			case 'GET contacts':
				return this.listContacts(request.query);
			case 'GET contacts/:id':
				return this.withContact(id, (contact) => jsonResponse(200, this.contactView(contact)));
			case 'PUT contacts/:id':
				return this.withContact(id, (contact) => this.updateContact(contact, json));
			case 'DELETE contacts/:id':
				return this.withContact(id, (contact) => {
					this.contacts.delete(contact.cID);
					return jsonResponse(200, { success: true });
				});
			case 'PUT contacts/:id/unsubscribe/:extra':
				return this.withContact(id, (contact) => this.unsubscribe(contact, extra, request.query));
			case 'GET automationtemplates': {
				const unknown = [...new Set(request.query.keys())].filter((key) => !['page', 'per_page', 'tags'].includes(key));
				if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown parameter'] }, 'messages');
				const paged = this.sortAndPage([...this.templates.values()].map((template) => ({ ...template })), request.query);
				return 'status' in paged ? paged : jsonResponse(200, paged);
			}
			case 'POST automationtemplates/:id/send':
				return this.sendTemplate(id, json);
			default:
				return notFound(`No route ${request.method} ${request.path}`);
		}
	}

	// ---- batch messages -------------------------------------------------------------------------------------

	private nextHex(): string {
		this.counter += 1;
		return `6a${this.counter.toString(16).padStart(22, '0')}`;
	}

	private withBatch(id: string, handler: (message: BatchMessage) => SandboxResponse): SandboxResponse {
		const message = this.batchMessages.get(id);
		return message ? handler(message) : notFound('Batch Message does not exist');
	}

	private batchView(message: BatchMessage): Json {
		return structuredClone(message);
	}

	/** Checks a batch message as it would be after the change; returns the documented error, if any. */
	private validateBatch(candidate: Json): SandboxResponse | undefined {
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
			return error(
				422,
				'BATCH_MESSAGES_SMS_TRANSACTIONAL_MESSAGES_NOT_ALLOWED',
				'Transactional messages are not allowed for messages of type sms.',
			);
		}
		if (candidate.audience !== undefined && candidate['audience-key'] !== undefined) {
			return error(
				422,
				'BATCH_MESSAGES_AUDIENCE_FILTER_CONFLICT',
				"Please use only one from existing filters 'audience' OR 'audience-key'",
			);
		}
		if (candidate['audience-key'] !== undefined && !AUDIENCES.includes(String(candidate['audience-key']))) {
			return error(
				422,
				'BATCH_MESSAGES_AUDIENCE_NOT_FOUND',
				`Audience with name: '${String(candidate['audience-key'])}' does not exist.`,
			);
		}
		if (candidate.audience !== undefined && (!isObject(candidate.audience) || candidate.audience.include === undefined)) {
			return error(422, 'BATCH_MESSAGES_MISSING_AUDIENCE_INCLUDE_RULE', 'Audience rule is invalid. {include} should not be empty');
		}
		if (candidate.schedule !== undefined) {
			if (typeof candidate.schedule !== 'string' || !ISO_8601.test(candidate.schedule)) {
				return error(422, 'BATCH_MESSAGES_SCHEDULE_ERROR', 'sendSchedule is required');
			}
			if (Date.parse(candidate.schedule) <= this.now.getTime()) {
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
		const message = candidate.message;
		const headers = isObject(message) && isObject(message.headers) ? message.headers : {};
		const content = isObject(message) && isObject(message.content) ? message.content : {};
		const problems: Record<string, string[]> = {};
		if (typeof content['text/html'] !== 'string' || content['text/html'] === '') {
			problems['message.content.text/html'] = ['Required'];
		}
		if (candidate.channel === 'email') {
			for (const header of ['subject', 'fromEmail', 'fromDesc', 'replyEmail']) {
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

	private createBatch(body: Json): SandboxResponse {
		const invalid = this.validateBatch(body);
		if (invalid) return invalid;
		const id = `252:${this.nextHex()}:ot`;
		this.batchMessages.set(id, { ...structuredClone(body), id, status: 'draft', ct: this.now.toISOString() });
		// Cordial's Swagger names the new message's ID `bmID` (the seed says "id"; the node reads either).
		return jsonResponse(201, { success: true, bmID: id });
	}

	private updateBatch(id: string, body: Json | undefined): SandboxResponse {
		if (!body || Object.keys(body).length === 0) return error(422, 'VALIDATION_ERROR', 'Nothing to update');
		return this.withBatch(id, (message) => {
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
			const invalid = this.validateBatch(merged);
			if (invalid) return invalid;
			this.batchMessages.set(id, { ...merged, id, status: 'draft', ct: message.ct, ...(experiments ? { experiments } : {}) });
			return jsonResponse(200, { success: true });
		});
	}

	private emptyBody(request: SandboxRequest): SandboxResponse | undefined {
		return request.text === '' ? undefined : error(422, 'VALIDATION_ERROR', 'This action takes no body');
	}

	private send(message: BatchMessage, request: SandboxRequest): SandboxResponse {
		const bodyError = this.emptyBody(request);
		if (bodyError) return bodyError;
		if (message.status !== 'draft') {
			if (message.status === 'cancelled') return error(422, 'BATCH_MESSAGES_STATUS_ERROR', 'Message already canceled');
			return message.schedule
				? error(422, 'BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_SCHEDULED', 'Batch messages cannot update status to scheduled.')
				: error(422, 'BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_PENDING', 'Batch messages cannot update status to pending.');
		}
		if (message.schedule !== undefined && Date.parse(String(message.schedule)) <= this.now.getTime()) {
			return error(422, 'BATCH_MESSAGES_SCHEDULE_ERROR', 'Time is in the past.');
		}
		message.status = message.schedule ? 'scheduled' : 'pending';
		return jsonResponse(200, { success: true });
	}

	private sendTest(message: BatchMessage, body: Json | undefined): SandboxResponse {
		const keys = body ? Object.keys(body) : [];
		if (keys.length !== 1) return error(422, 'BATCH_MESSAGES_TEST_ERROR', 'Not enough parameters');
		const [key] = keys;
		const values = body![key];
		if (!Array.isArray(values) || values.length === 0 || values.some((value) => typeof value !== 'string' || value === '')) {
			return error(422, 'BATCH_MESSAGES_TEST_ERROR', 'Not enough parameters');
		}
		// The seed sends `{ "<identifier key>": [...] }`; the Swagger's `primaryKey` means the account's primary key.
		const lookupKey = key === 'primaryKey' ? 'email' : key;
		if (lookupKey !== 'cID' && !SECONDARY_KEYS.includes(lookupKey)) {
			return error(422, 'BATCH_MESSAGES_CONTACT_KEY_MUST_BE_INDEXED', `Key ${key} not indexed field.`);
		}
		for (const value of values as string[]) {
			const contact = this.findContact(lookupKey, value);
			if (!contact) return error(422, 'BATCH_MESSAGES_CONTACT_NOT_FOUND', 'Contact does not exist');
			if (!contact.channels[String(message.channel)]) {
				return error(422, 'BATCH_MESSAGES_CONTACT_NOT_ASSOCIATED_WITH_CHANNEL', 'Contact does not support message channel.');
			}
		}
		this.testSends.push({ id: message.id, key, recipients: values as string[] });
		return jsonResponse(200, { success: true });
	}

	private pause(message: BatchMessage, request: SandboxRequest): SandboxResponse {
		const bodyError = this.emptyBody(request);
		if (bodyError) return bodyError;
		if (message.status === 'cancelled') return error(422, 'BATCH_MESSAGES_STATUS_ERROR', 'Message already canceled');
		if (!['scheduled', 'pending', 'processing'].includes(message.status)) {
			return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} cannot be paused`);
		}
		this.pausedFrom.set(message.id, message.status);
		message.status = 'paused';
		return jsonResponse(200, { success: true });
	}

	private resume(message: BatchMessage, request: SandboxRequest): SandboxResponse {
		const bodyError = this.emptyBody(request);
		if (bodyError) return bodyError;
		if (message.status === 'cancelled') {
			return error(422, 'BATCH_MESSAGES_STATUS_ERROR', "Message canceled and can't be resumed");
		}
		if (message.status !== 'paused') {
			return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} cannot be resumed`);
		}
		message.status = this.pausedFrom.get(message.id) ?? 'pending';
		this.pausedFrom.delete(message.id);
		return jsonResponse(200, { success: true });
	}

	private cancel(message: BatchMessage, request: SandboxRequest): SandboxResponse {
		const bodyError = this.emptyBody(request);
		if (bodyError) return bodyError;
		if (message.status === 'cancelled') return error(422, 'BATCH_MESSAGES_STATUS_ERROR', 'Message already canceled');
		if (!['scheduled', 'pending', 'processing', 'paused'].includes(message.status)) {
			return error(422, 'BATCH_MESSAGES_STATUS_ERROR', `A message in status ${message.status} cannot be canceled`);
		}
		message.status = 'cancelled';
		this.pausedFrom.delete(message.id);
		return jsonResponse(200, { success: true });
	}

	private unschedule(message: BatchMessage, request: SandboxRequest): SandboxResponse {
		const bodyError = this.emptyBody(request);
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

	private render(message: BatchMessage, cID: string, query: URLSearchParams): SandboxResponse {
		const unknown = [...new Set(query.keys())].filter((key) => key !== 'experiment' && key !== 'variant');
		if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown parameter'] }, 'messages');
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
		const contact = this.contacts.get(cID);
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

	private listBatches(query: URLSearchParams): SandboxResponse {
		const allowed = [
			'status',
			'tags',
			'mdtID',
			'page',
			'per_page',
			'sort_by',
			'sort_dir',
			...['sendTime', 'ct'].flatMap((field) => ['gt', 'gte', 'lt', 'lte'].map((op) => `${field}[${op}]`)),
			...['api', 'event', 'recurring'].map((trigger) => `triggers[${trigger}][enabled]`),
		];
		const unknown = [...new Set(query.keys())].filter((key) => !allowed.includes(key));
		if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown parameter'] }, 'messages');
		let list = [...this.batchMessages.values()];
		const status = query.get('status');
		// The seed lists "sending" among the statuses: a message being sent, i.e. processing.
		if (status) list = list.filter((message) => message.status === (status === 'sending' ? 'processing' : status));
		const tags = query.get('tags');
		if (tags) {
			const wanted = tags.split(',');
			list = list.filter((message) => wanted.some((tag) => ((message.tags as string[] | undefined) ?? []).includes(tag)));
		}
		const mdtID = query.get('mdtID');
		if (mdtID) list = list.filter((message) => message.mdtID === mdtID);
		for (const trigger of ['api', 'event', 'recurring']) {
			const value = query.get(`triggers[${trigger}][enabled]`);
			if (value === null) continue;
			if (value !== 'true' && value !== 'false') {
				return error(422, 'VALIDATION_ERROR', { [`triggers[${trigger}][enabled]`]: ['Possible values: true, false'] }, 'messages');
			}
			list = list.filter(
				(message) => Boolean(((message.triggers as Json | undefined)?.[trigger] as Json | undefined)?.enabled) === (value === 'true'),
			);
		}
		for (const field of ['sendTime', 'ct']) {
			for (const op of ['gt', 'gte', 'lt', 'lte']) {
				const value = query.get(`${field}[${op}]`);
				if (value === null) continue;
				if (!ISO_8601.test(value)) {
					return error(422, 'VALIDATION_ERROR', { [`${field}[${op}]`]: ['Must be an ISO 8601 date'] }, 'messages');
				}
				const limit = Date.parse(value);
				list = list.filter((message) => {
					const at = message[field] === undefined ? NaN : Date.parse(String(message[field]));
					if (Number.isNaN(at)) return false;
					return op === 'gt' ? at > limit : op === 'gte' ? at >= limit : op === 'lt' ? at < limit : at <= limit;
				});
			}
		}
		const sorted = this.sortAndPage(list as Json[], query);
		return 'status' in sorted ? sorted : jsonResponse(200, sorted.map((message) => structuredClone(message)));
	}

	private sortAndPage(list: Json[], query: URLSearchParams): Json[] | SandboxResponse {
		const sortBy = query.get('sort_by');
		const sortDir = query.get('sort_dir');
		if (sortDir !== null && sortDir !== 'asc' && sortDir !== 'desc') {
			return error(422, 'VALIDATION_ERROR', { sort_dir: ['Possible values: asc, desc'] }, 'messages');
		}
		if (sortBy) {
			const direction = sortDir === 'desc' ? -1 : 1;
			list = [...list].sort((a, b) => String(a[sortBy] ?? '').localeCompare(String(b[sortBy] ?? '')) * direction);
		}
		const page = Number(query.get('page') ?? '1');
		const perPage = Number(query.get('per_page') ?? '25');
		if (!Number.isInteger(page) || page < 1) return error(422, 'VALIDATION_ERROR', { page: ['Must be a positive integer'] }, 'messages');
		if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) {
			return error(422, 'VALIDATION_ERROR', { per_page: ['Must be between 1 and 1000'] }, 'messages');
		}
		return list.slice((page - 1) * perPage, page * perPage);
	}

	// ---- contacts -----------------------------------------------------------------------------------------------

	private findContact(key: string, value: string): CordialContact | undefined {
		for (const contact of this.contacts.values()) {
			if (key === 'cID' && contact.cID === value) return contact;
			if (key === 'email' && contact.channels.email?.address === value) return contact;
			if (key !== 'cID' && key !== 'email' && String(contact.attributes[key] ?? '') === value && value !== '') return contact;
		}
		return undefined;
	}

	/** `<cID>`, `<primary key value>` (the e-mail address) or `<secondary key>:<value>`. */
	private lookup(identifier: string): CordialContact | undefined {
		const colon = identifier.indexOf(':');
		if (colon > 0 && SECONDARY_KEYS.includes(identifier.slice(0, colon))) {
			return this.findContact(identifier.slice(0, colon), identifier.slice(colon + 1));
		}
		return this.contacts.get(identifier) ?? this.findContact('email', identifier);
	}

	private withContact(identifier: string, handler: (contact: CordialContact) => SandboxResponse): SandboxResponse {
		const contact = this.lookup(identifier);
		return contact ? handler(contact) : notFound();
	}

	private contactView(contact: CordialContact): Json {
		return {
			cID: contact.cID,
			channels: structuredClone(contact.channels),
			...structuredClone(contact.attributes),
			lists: [...contact.lists],
			createdAt: contact.createdAt,
		};
	}

	/** Applies a contact body (POST or PUT) to a contact; returns the ContactError when the body is invalid. */
	private applyContact(contact: CordialContact, body: Json, allowForce: boolean): SandboxResponse | undefined {
		const problems: Record<string, string[]> = {};
		const attributes: Json = {};
		const lists: Record<string, boolean> = {};
		for (const [key, value] of Object.entries(body)) {
			if (['channels', 'forceSubscribe', 'suppressTriggers', 'identifyBy'].includes(key)) continue;
			if (ACCOUNT_LISTS.includes(key)) {
				if (typeof value !== 'boolean') problems[key] = ['List membership must be true or false'];
				else lists[key] = value;
			} else if (ACCOUNT_ATTRIBUTES.includes(key.split('.')[0])) attributes[key] = value;
			else problems[key] = ['Attribute or list does not exist'];
		}
		if (body.suppressTriggers !== undefined && typeof body.suppressTriggers !== 'boolean') {
			problems.suppressTriggers = ['Incorrect value for suppressTriggers'];
		}
		if (body.forceSubscribe !== undefined && typeof body.forceSubscribe !== 'boolean') {
			problems.forceSubscribe = ['Must be true or false'];
		}
		let email: { address?: unknown; subscribeStatus?: unknown } | undefined;
		if (body.channels !== undefined) {
			if (!isObject(body.channels)) problems.channels = ['Must be an object'];
			else {
				for (const channel of Object.keys(body.channels)) {
					if (!ACCOUNT_CHANNELS.includes(channel)) problems[`channels.${channel}`] = ["Channel doesn't exist"];
				}
				email = isObject(body.channels.email) ? (body.channels.email as typeof email) : undefined;
				if (email) {
					if (email.address !== undefined && (typeof email.address !== 'string' || !EMAIL.test(email.address))) {
						problems['channels.email.address'] = ['Address not exists'];
					}
					if (email.subscribeStatus !== undefined && !['none', 'subscribed', 'unsubscribed'].includes(String(email.subscribeStatus))) {
						problems['channels.email.subscribeStatus'] = ['Possible values: none, subscribed, unsubscribed'];
					}
				}
			}
		}
		const current = contact.channels.email?.subscribeStatus;
		if (
			email?.subscribeStatus === 'subscribed' &&
			current === 'unsubscribed' &&
			!(allowForce && body.forceSubscribe === true)
		) {
			problems['channels.email.subscribeStatus'] = ['Contact is unsubscribed: use forceSubscribe to subscribe it again'];
		}
		if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', problems, 'messages');
		if (email) {
			const address = typeof email.address === 'string' ? email.address : contact.channels.email?.address;
			if (address) {
				contact.channels.email = {
					address,
					subscribeStatus: String(email.subscribeStatus ?? contact.channels.email?.subscribeStatus ?? 'none'),
				};
			}
		}
		Object.assign(contact.attributes, attributes);
		for (const [list, member] of Object.entries(lists)) {
			contact.lists = contact.lists.filter((name) => name !== list);
			if (member) contact.lists.push(list);
		}
		return undefined;
	}

	private upsertContact(body: Json): SandboxResponse {
		const channels = isObject(body.channels) ? body.channels : undefined;
		const address = isObject(channels?.email) ? (channels!.email as Json).address : undefined;
		const identifyBy = body.identifyBy === undefined ? ['email'] : body.identifyBy;
		if (!Array.isArray(identifyBy) || identifyBy.some((key) => typeof key !== 'string')) {
			return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Search field is not correct'] }, 'messages');
		}
		let existing: CordialContact | undefined;
		for (const key of identifyBy as string[]) {
			const path = key === 'channels.email.address' ? 'email' : key;
			if (path !== 'email' && !SECONDARY_KEYS.includes(path)) {
				return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Search field is not correct'] }, 'messages');
			}
			const value = path === 'email' ? address : body[path];
			if (typeof value === 'string') existing ??= this.findContact(path, value);
		}
		if (existing) {
			const invalid = this.applyContact(existing, body, true);
			return invalid ?? jsonResponse(200, { success: true, message: 'contact updated', cID: existing.cID });
		}
		if (typeof address !== 'string') {
			return error(422, 'GENERIC_ERROR_KEY', { 'channels.email.address': ['Address not exists'] }, 'messages');
		}
		const contact: CordialContact = {
			cID: this.nextHex(),
			channels: {},
			attributes: {},
			lists: [],
			mcIDs: [],
			createdAt: this.now.toISOString(),
		};
		const invalid = this.applyContact(contact, body, true);
		if (invalid) return invalid;
		this.contacts.set(contact.cID, contact);
		return jsonResponse(201, { success: true, message: 'contact created', cID: contact.cID });
	}

	private updateContact(contact: CordialContact, body: Json | undefined): SandboxResponse {
		if (!body || Object.keys(body).length === 0) {
			return error(422, 'GENERIC_ERROR_KEY', { body: ['Nothing to update'] }, 'messages');
		}
		if (body.identifyBy !== undefined) {
			return error(422, 'GENERIC_ERROR_KEY', { identifyBy: ['Not allowed on update'] }, 'messages');
		}
		const invalid = this.applyContact(contact, body, true);
		return invalid ?? jsonResponse(200, { success: true });
	}

	private unsubscribe(contact: CordialContact, channel: string, query: URLSearchParams): SandboxResponse {
		const unknown = [...new Set(query.keys())].filter((key) => key !== 'mcID');
		if (unknown.length) return error(422, 'GENERIC_ERROR_KEY', { [unknown[0]]: ['Unknown parameter'] }, 'messages');
		if (!contact.channels[channel]) return error(422, 'GENERIC_ERROR_KEY', { channel: ["Channel doesn't exist"] }, 'messages');
		const mcID = query.get('mcID');
		if (mcID !== null && !contact.mcIDs.includes(mcID)) {
			return error(422, 'GENERIC_ERROR_KEY', { mcID: ["mcID doesn't belong to this contact"] }, 'messages');
		}
		contact.channels[channel].subscribeStatus = 'unsubscribed';
		return jsonResponse(200, { success: true });
	}

	private listContacts(query: URLSearchParams): SandboxResponse {
		const allowed = ['email', 'audience-key', 'page', 'per_page', 'sort_by', 'sort_dir', 'return_count'];
		const unknown = [...new Set(query.keys())].filter((key) => !allowed.includes(key));
		if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown parameter'] }, 'messages');
		let list = [...this.contacts.values()];
		const email = query.get('email');
		if (email) list = list.filter((contact) => contact.channels.email?.address === email);
		const audience = query.get('audience-key');
		if (audience) {
			if (!AUDIENCES.includes(audience)) return error(422, 'INVALID_AUDIENCE_RULES', `Audience with name: '${audience}' does not exist.`);
			// The sandbox's saved audiences: engaged = subscribed by e-mail, VIP = on the "vip" list.
			list = list.filter((contact) =>
				audience === 'vip_customers' ? contact.lists.includes('vip') : contact.channels.email?.subscribeStatus === 'subscribed',
			);
		}
		const views = list.map((contact) => this.contactView(contact));
		const paged = this.sortAndPage(views, query);
		return 'status' in paged ? paged : jsonResponse(200, paged);
	}

	// ---- automation templates -----------------------------------------------------------------------------------

	private sendTemplate(key: string, body: Json | undefined): SandboxResponse {
		const template = this.templates.get(key);
		if (!template) return notFound();
		if (!body || !isObject(body.to) || !isObject(body.to.contact)) {
			return error(422, 'VALIDATION_ERROR', { 'to.contact': ['Required'] }, 'messages');
		}
		const unknown = Object.keys(body).filter((field) => field !== 'to' && field !== 'identifyBy');
		if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown field'] }, 'messages');
		if (body.to.extVars !== undefined && !isObject(body.to.extVars)) {
			return error(422, 'VALIDATION_ERROR', { 'to.extVars': ['Must be an object'] }, 'messages');
		}
		const contactFields = body.to.contact;
		const identifyBy = body.identifyBy === undefined ? Object.keys(contactFields).slice(0, 1) : body.identifyBy;
		const keys = typeof identifyBy === 'string' ? [identifyBy] : identifyBy;
		if (!Array.isArray(keys) || keys.length === 0 || keys.some((entry) => typeof entry !== 'string' || contactFields[entry] === undefined)) {
			return error(422, 'VALIDATION_ERROR', { identifyBy: ['Must name a key given in to.contact'] }, 'messages');
		}
		let contact: CordialContact | undefined;
		for (const entry of keys as string[]) contact ??= this.findContact(entry, String(contactFields[entry]));
		if (!contact) {
			// An unknown contact is created with subscribe status "none", as the Swagger documents.
			if (typeof contactFields.email !== 'string' || !EMAIL.test(contactFields.email)) {
				return jsonResponse(200, {
					success: true,
					message: 'messages sent',
					messagecontacts: [{ accepted: false, ...contactFields, error: 'no-address' }],
				});
			}
			const cID = this.addContact(contactFields.email, 'none');
			contact = this.contacts.get(cID)!;
		}
		for (const [field, value] of Object.entries(contactFields)) {
			if (ACCOUNT_ATTRIBUTES.includes(field) && !(keys as string[]).includes(field)) contact.attributes[field] = value;
		}
		const status = contact.channels.email?.subscribeStatus;
		if (template.classification === 'promotional' && status !== 'subscribed') {
			return jsonResponse(200, {
				success: true,
				message: 'messages sent',
				messagecontacts: [{ accepted: false, email: contact.channels.email?.address, error: 'not-subscribed' }],
			});
		}
		const mcID = `${this.counter + 1000}:${contact.cID}:${this.nextHex().slice(-6)}`;
		contact.mcIDs.push(mcID);
		return jsonResponse(200, {
			success: true,
			message: 'messages sent',
			messagecontacts: [{ accepted: true, cID: contact.cID, mcID }],
		});
	}
}
