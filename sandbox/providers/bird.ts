/**
 * Bird Channels API (api.bird.com) emulator, written from the seed "Messaging: Sending messages" and
 * `reference/bird-cordial.md` §1: `Authorization: AccessKey`, workspace-scoped paths, the `CreateMessage` schema
 * (additionalProperties false, required receiver, body xor template, tags, schedule window), `{code, message,
 * details}` errors, `pageToken` pagination, contacts, batches, and the presigned media upload with its own
 * S3-like upload endpoint (multipart form with exactly the issued fields plus the file, no access key).
 */
import { createHmac } from 'node:crypto';

import {
	emptyResponse,
	jsonResponse,
	mediaType,
	NO_CEILING,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
} from '../framework';

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

const SIGNING_SECRET = 'bird-sandbox-upload-signing';
const MAX_SCHEDULE_MS = 35 * 24 * 60 * 60 * 1000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const TAG = /^[a-zA-Z0-9-_ ]{1,50}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const MESSAGE_FIELDS = new Set([
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
const CONTACT_FIELDS = new Set(['id', 'identifierKey', 'identifierValue', 'type', 'identifiers', 'platformAddress', 'platformAddressSelector']);
const TEMPLATE_FIELDS = new Set(['projectId', 'version', 'locale', 'name', 'parameters', 'variables', 'attachments', 'shortLinks', 'utmParameters', 'settings']);
const BODY_TYPES = new Set(['text', 'html', 'image', 'file', 'gif', 'location', 'carousel', 'list', 'section', 'authentication', 'template', 'action']);
const PARAMETER_TYPES = new Set([
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

type Json = Record<string, unknown>;
type Details = Record<string, string[]>;

interface StoredContact {
	id: string;
	displayName?: string;
	identifiers: Array<{ key: string; value: string }>;
	attributes: Json;
	listIds: string[];
	accountIds: string[];
	createdAt: string;
	updatedAt: string;
}

interface IssuedUpload {
	mediaId: string;
	contentType: string;
	fields: Array<[string, string]>;
}

export interface StoredMedia {
	contentType: string;
	fileName: string;
	data: Buffer;
}

export interface StoredBatch {
	id: string;
	channelId: string;
	messageIds: string[];
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function add(details: Details, field: string, message: string): void {
	(details[field] ??= []).push(message);
}

function birdError(status: number, code: string, message: string, details?: Details): SandboxResponse {
	return jsonResponse(status, details ? { code, message, details } : { code, message });
}

function malformed(details: Details): SandboxResponse {
	return birdError(422, 'MalformedRequest', 'One or more fields provided in the request body are malformed', details);
}

function s3Error(status: number, code: string, message: string): SandboxResponse {
	return {
		status,
		headers: { 'Content-Type': 'application/xml' },
		body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
	};
}

interface MultipartPart {
	name: string;
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

/** A strict multipart/form-data reader: undefined when the body is not well formed. */
function parseMultipart(body: Buffer, boundary: string): MultipartPart[] | undefined {
	const delimiter = Buffer.from(`--${boundary}`);
	const parts: MultipartPart[] = [];
	let position = body.indexOf(delimiter);
	if (position === -1) return undefined;
	for (;;) {
		position += delimiter.length;
		const after = body.subarray(position, position + 2).toString('latin1');
		if (after === '--') return parts;
		if (after !== '\r\n') return undefined;
		position += 2;
		const headerEnd = body.indexOf('\r\n\r\n', position);
		if (headerEnd === -1) return undefined;
		const headers: Record<string, string> = {};
		for (const line of body.subarray(position, headerEnd).toString('utf8').split('\r\n')) {
			const colon = line.indexOf(':');
			if (colon === -1) return undefined;
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
		const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
		if (next === -1) return undefined;
		const disposition = headers['content-disposition'] ?? '';
		const name = /(?:^|;)\s*name="([^"]*)"/.exec(disposition)?.[1];
		if (!disposition.startsWith('form-data') || name === undefined) return undefined;
		const fileName = /filename="([^"]*)"/.exec(disposition)?.[1];
		parts.push({ name, fileName, contentType: headers['content-type'], data: body.subarray(headerEnd + 4, next) });
		position = next + 2;
	}
}

function encodeToken(offset: number, scope: string): string {
	return Buffer.from(JSON.stringify({ offset, scope })).toString('base64url');
}

function decodeToken(token: string, scope: string): number | undefined {
	try {
		const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown; scope?: unknown };
		return decoded.scope === scope && Number.isInteger(decoded.offset) && (decoded.offset as number) >= 0 ? (decoded.offset as number) : undefined;
	} catch {
		return undefined;
	}
}

export class BirdProvider implements ProviderModule {
	readonly name = 'bird';

	readonly prefix = '/bird';

	/** Messages by ID, in the order they were accepted. */
	readonly messages = new Map<string, Json>();

	readonly contacts = new Map<string, StoredContact>();

	/**
	 * Contact by identifier (`key\u0000value`). A contact's identifiers are fixed when it is made, so the index only
	 * grows with new contacts; a deleted contact's entries are dropped on read.
	 */
	private readonly byIdentifier = new Map<string, StoredContact>();

	readonly batches: StoredBatch[] = [];

	/** Uploaded media by media ID. */
	readonly media = new Map<string, StoredMedia>();

	private readonly issuedUploads = new Map<string, IssuedUpload>();

	private counter = 0;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.messages.clear();
		this.contacts.clear();
		this.byIdentifier.clear();
		this.batches.length = 0;
		this.media.clear();
		this.issuedUploads.clear();
		this.counter = 0;
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'birdChannelsApi',
				name: 'Bird Channels (sandbox)',
				data: { accessKeySecret: BIRD_ACCESS_KEY, workspaceId: BIRD_WORKSPACE_ID, baseUrl, ...NO_CEILING, readRequestsPerSecond: 0 },
			},
		];
	}

	private addContact(contact: StoredContact): void {
		this.contacts.set(contact.id, contact);
		for (const { key, value } of contact.identifiers) this.byIdentifier.set(`${key}\u0000${value}`, contact);
	}

	/** Seeds a contact, as if made in Bird's UI. */
	seedContact(identifiers: Array<{ key: string; value: string }>, displayName?: string): Json {
		const now = new Date().toISOString();
		const contact: StoredContact = {
			id: this.nextId('c'),
			displayName,
			identifiers,
			attributes: {},
			listIds: [],
			accountIds: [],
			createdAt: now,
			updatedAt: now,
		};
		this.addContact(contact);
		return this.contactJson(contact);
	}

	contactJson(contact: StoredContact): Json {
		return {
			id: contact.id,
			computedDisplayName: contact.displayName ?? contact.identifiers[0]?.value ?? '',
			featuredIdentifiers: contact.identifiers.map(({ key, value }) => ({ key, value })),
			identifierCount: contact.identifiers.length,
			attributes: structuredClone(contact.attributes),
			listIds: [...contact.listIds],
			accountIds: [...contact.accountIds],
			workspaceId: BIRD_WORKSPACE_ID,
			createdAt: contact.createdAt,
			updatedAt: contact.updatedAt,
		};
	}

	/** Seeds accepted text messages on a channel, as if sent earlier (for list tests). */
	seedMessages(channelId: string, count: number): Json[] {
		const channel = Object.values(BIRD_CHANNELS).find((candidate) => candidate.id === channelId)!;
		return Array.from({ length: count }, (_, index) =>
			this.store(channel, {
				receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: `+3161000${String(index).padStart(4, '0')}` }] },
				body: { type: 'text', text: { text: `Seeded message ${index}` } },
			}),
		);
	}

	message(id: string): Json | undefined {
		const message = this.messages.get(id);
		return message ? structuredClone(message) : undefined;
	}

	/** Bird counts its limits per workspace; the storage side of uploads is not Bird's API. */
	rateLimitKey(request: SandboxRequest): string | undefined {
		const [first, workspaceId] = request.path.split('/').filter((part) => part !== '');
		return first === 'workspaces' && workspaceId ? workspaceId : undefined;
	}

	overLimit(): SandboxResponse {
		return birdError(429, 'TooManyRequests', 'Too many requests: the request has not been processed and can be retried');
	}

	handle(request: SandboxRequest): SandboxResponse {
		const segments = request.path.split('/').filter((part) => part !== '');
		const base = `http://${request.headers.host ?? '127.0.0.1'}${this.prefix}`;

		// The storage side of the presigned upload: no access key, only the issued form.
		if (segments[0] === 'storage-upload' && segments.length === 1) {
			return request.method === 'POST' ? this.upload(request) : s3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
		}
		if (segments[0] === 'media' && segments.length === 3 && request.method === 'GET') {
			const media = segments[1] === BIRD_WORKSPACE_ID ? this.media.get(segments[2]) : undefined;
			if (!media) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
			return { status: 200, headers: { 'Content-Type': media.contentType }, body: media.data };
		}

		const authorization = request.headers.authorization;
		const key = authorization?.startsWith('AccessKey ') ? authorization.slice('AccessKey '.length) : undefined;
		if (key !== BIRD_ACCESS_KEY && key !== BIRD_FOREIGN_ACCESS_KEY) {
			return birdError(401, 'Unauthorized', 'The request is missing a valid access key');
		}
		if (segments[0] !== 'workspaces' || segments.length < 2) {
			return birdError(404, 'NotFound', 'Resource not found');
		}
		if (segments[1] !== BIRD_WORKSPACE_ID) {
			return birdError(404, 'NotFound', 'Workspace not found');
		}
		if (key !== BIRD_ACCESS_KEY) {
			return birdError(403, 'Forbidden', 'The access key has no permission for this workspace');
		}

		let body: unknown;
		if (request.method === 'POST' || request.method === 'PATCH' || request.method === 'PUT') {
			if (mediaType(request) !== 'application/json') {
				return birdError(415, 'UnsupportedMediaType', 'Content-Type must be application/json');
			}
			try {
				body = JSON.parse(request.text);
			} catch {
				return birdError(400, 'InvalidPayload', 'The request body is not valid JSON');
			}
			if (!isObject(body)) return birdError(400, 'InvalidPayload', 'The request body must be a JSON object');
		}
		const rest = segments.slice(2);
		const json = body as Json;

		if (rest[0] === 'channel-media' && rest[1] === 'presigned-upload' && rest.length === 2) {
			return request.method === 'POST' ? this.presign(json, base) : birdError(405, 'MethodNotAllowed', 'Method not allowed');
		}
		if (rest[0] === 'channels') {
			if (rest.length === 1 && request.method === 'GET') return this.listChannels(request);
			if (rest.length === 2 && rest[1] === 'messages' && request.method === 'GET') {
				return this.page(request, [...this.messages.values()], 'workspace-messages');
			}
			const channel = Object.values(BIRD_CHANNELS).find((candidate) => candidate.id === rest[1]);
			if (!channel) return birdError(404, 'NotFound', 'Channel not found');
			if (rest.length === 2 && request.method === 'GET') return jsonResponse(200, channel);
			if (rest.length === 3 && rest[2] === 'messages') {
				if (request.method === 'POST') return this.sendMessage(channel, json, base);
				if (request.method === 'GET') {
					const list = [...this.messages.values()].filter((message) => message.channelId === channel.id);
					return this.page(request, list, `messages-${channel.id}`);
				}
			}
			if (rest.length === 4 && rest[2] === 'messages' && request.method === 'GET') {
				const message = this.messages.get(rest[3]);
				if (!message || message.channelId !== channel.id) return birdError(404, 'NotFound', 'Message not found');
				return jsonResponse(200, message);
			}
			if (rest.length === 4 && rest[2] === 'batch' && rest[3] === 'messages' && request.method === 'POST') {
				return this.sendBatch(channel, json, base);
			}
		}
		if (rest[0] === 'contacts') {
			if (rest.length === 1 && request.method === 'POST') return this.createContact(json);
			if (rest.length === 1 && request.method === 'GET') {
				return this.page(request, [...this.contacts.values()].map((contact) => this.contactJson(contact)), 'contacts');
			}
			if (rest.length === 2 && rest[1] === 'search' && request.method === 'POST') return this.searchContacts(json);
			if (rest.length === 4 && rest[1] === 'identifiers' && request.method === 'PATCH') {
				return this.upsertContact(rest[2], rest[3], json);
			}
			if (rest.length === 2 && ['GET', 'PATCH', 'DELETE'].includes(request.method)) {
				const contact = this.contacts.get(rest[1]);
				if (!contact) return birdError(404, 'NotFound', 'Contact not found');
				if (request.method === 'GET') return jsonResponse(200, this.contactJson(contact));
				if (request.method === 'DELETE') {
					this.contacts.delete(contact.id);
					return emptyResponse(204);
				}
				return this.updateContact(contact, json);
			}
		}
		return birdError(404, 'NotFound', `No route ${request.method} ${request.path}`);
	}

	private nextId(kind: string): string {
		this.counter += 1;
		const tag = { m: 'a', c: 'c', b: 'b', f: 'f' }[kind] ?? 'e';
		return `${tag}0000000-0000-4000-8000-${String(this.counter).padStart(12, '0')}`;
	}

	private listChannels(request: SandboxRequest): SandboxResponse {
		const platform = request.query.get('platform');
		const list = Object.values(BIRD_CHANNELS).filter((channel) => !platform || channel.platformId === platform);
		return this.page(request, list as unknown as Json[], 'channels');
	}

	/** `limit` 1..100 (default 10), opaque `pageToken`, `reverse`; `nextPageToken` only when more remain. */
	private page(request: SandboxRequest, all: Json[], scope: string): SandboxResponse {
		const limitText = request.query.get('limit');
		const limit = limitText === null ? 10 : Number(limitText);
		if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
			return birdError(400, 'InvalidParameter', 'limit must be an integer from 1 to 100');
		}
		const token = request.query.get('pageToken');
		let offset = 0;
		if (token !== null) {
			if (token.length > 8000) return birdError(400, 'InvalidParameter', 'pageToken is too long');
			const decoded = decodeToken(token, scope);
			if (decoded === undefined) return birdError(400, 'InvalidParameter', 'pageToken is not valid');
			offset = decoded;
		}
		const reverse = request.query.get('reverse');
		if (reverse !== null && reverse !== 'true' && reverse !== 'false') {
			return birdError(400, 'InvalidParameter', 'reverse must be true or false');
		}
		const ordered = reverse === 'true' ? [...all].reverse() : all;
		const results = ordered.slice(offset, offset + limit);
		const next = offset + limit < ordered.length ? encodeToken(offset + limit, scope) : undefined;
		return jsonResponse(200, { results, ...(next ? { nextPageToken: next } : {}) });
	}

	private presign(body: Json, base: string): SandboxResponse {
		const details: Details = {};
		for (const key of Object.keys(body)) if (key !== 'contentType') add(details, `.${key}`, `Unknown property '${key}'`);
		if (typeof body.contentType !== 'string') add(details, '.contentType', "Property 'contentType' is missing");
		else if (!/^[\w.+-]+\/[\w.+-]+$/.test(body.contentType)) add(details, '.contentType', 'Must be a MIME type');
		if (Object.keys(details).length > 0) return malformed(details);
		const mediaId = this.nextId('f');
		const contentType = body.contentType as string;
		const objectKey = `workspaces/${BIRD_WORKSPACE_ID}/media/${mediaId}`;
		const policy = Buffer.from(
			JSON.stringify({ expiration: '2099-01-01T00:00:00Z', conditions: [{ bucket: 'bird-sandbox-media' }, { key: objectKey }] }),
		).toString('base64');
		const fields: Array<[string, string]> = [
			['Content-Type', contentType],
			['acl', 'private'],
			['bucket', 'bird-sandbox-media'],
			['key', objectKey],
			['policy', policy],
			['x-amz-algorithm', 'AWS4-HMAC-SHA256'],
			['x-amz-credential', 'SANDBOXKEY/20260101/eu-west-1/s3/aws4_request'],
			['x-amz-date', '20260101T000000Z'],
			['x-amz-signature', createHmac('sha256', SIGNING_SECRET).update(policy).digest('hex')],
		];
		this.issuedUploads.set(objectKey, { mediaId, contentType, fields });
		return jsonResponse(200, {
			mediaUrl: `${base}/media/${BIRD_WORKSPACE_ID}/${mediaId}`,
			uploadUrl: `${base}/storage-upload`,
			uploadMethod: 'POST',
			uploadFormData: Object.fromEntries(fields),
		});
	}

	private upload(request: SandboxRequest): SandboxResponse {
		if (request.headers.authorization !== undefined) {
			return s3Error(400, 'InvalidArgument', 'Only one auth mechanism allowed; the form fields already authorize this request');
		}
		const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(request.headers['content-type'] ?? '');
		if (mediaType(request) !== 'multipart/form-data' || !boundary) {
			return s3Error(412, 'PreconditionFailed', 'Bucket POST must be of the enclosure-type multipart/form-data');
		}
		const parts = parseMultipart(request.body, (boundary[1] ?? boundary[2]).trim());
		if (!parts) return s3Error(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
		const keyPart = parts.find((part) => part.name === 'key');
		const issued = keyPart ? this.issuedUploads.get(keyPart.data.toString('utf8')) : undefined;
		if (!issued) return s3Error(403, 'AccessDenied', 'Invalid according to Policy: Policy Condition failed: ["eq", "$key"]');
		const files = parts.filter((part) => part.name === 'file');
		if (files.length !== 1 || parts[parts.length - 1].name !== 'file' || files[0].fileName === undefined) {
			return s3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request, as the last field');
		}
		const fields = parts.slice(0, -1).map((part): [string, string] => [part.name, part.data.toString('utf8')]);
		const expected = JSON.stringify(issued.fields);
		if (JSON.stringify(fields) !== expected) {
			const extra = fields.filter(([name]) => !issued.fields.some(([issuedName]) => issuedName === name)).map(([name]) => name);
			return s3Error(
				403,
				'AccessDenied',
				extra.length > 0
					? `Invalid according to Policy: Extra input fields: ${extra.join(', ')}`
					: 'Invalid according to Policy: Policy Condition failed: the form fields differ from the issued ones',
			);
		}
		this.media.set(issued.mediaId, {
			contentType: issued.contentType,
			fileName: files[0].fileName,
			data: Buffer.from(files[0].data),
		});
		// A presigned POST policy stays valid until it expires: the same form may be posted again (a client's retry
		// after a lost answer), and it overwrites the same object.
		return emptyResponse(204);
	}

	/** Checks a `CreateMessage` against the channel; details keyed like Bird's (`.receiver.contacts[0].identifierValue`). */
	private validateMessage(channel: BirdChannel, message: Json, base: string): Details {
		const details: Details = {};
		const isEmailChannel = channel.platformId.startsWith('email');
		for (const key of Object.keys(message)) if (!MESSAGE_FIELDS.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);

		const receiver = message.receiver;
		const contacts = isObject(receiver) ? receiver.contacts : undefined;
		if (!isObject(receiver)) add(details, '.receiver', "Property 'receiver' is missing");
		else if (!Array.isArray(contacts) || contacts.length === 0) add(details, '.receiver.contacts', 'At least one contact is required');
		else {
			if (contacts.length > 1 && !isEmailChannel) {
				add(details, '.receiver.contacts', 'Multiple receivers are only supported on email channels');
			}
			contacts.forEach((contact: unknown, index) => {
				const path = `.receiver.contacts[${index}]`;
				if (!isObject(contact)) return add(details, path, 'Must be an object');
				for (const key of Object.keys(contact)) if (!CONTACT_FIELDS.has(key)) add(details, `${path}.${key}`, `Unknown property '${key}'`);
				if (contact.type !== undefined && !['to', 'cc', 'bcc'].includes(contact.type as string)) add(details, `${path}.type`, 'Must be one of to, cc, bcc');
				if ((contact.type === 'cc' || contact.type === 'bcc') && !isEmailChannel) add(details, `${path}.type`, 'cc and bcc are only supported on email channels');
				if (contact.id !== undefined) {
					const known = typeof contact.id === 'string' ? this.contacts.get(contact.id) : undefined;
					if (!known) add(details, `${path}.id`, 'Contact not found');
					return;
				}
				const key = contact.identifierKey;
				const value = contact.identifierValue;
				if (typeof key !== 'string' || key === '') return add(details, `${path}.identifierKey`, "Property 'identifierKey' is missing");
				if (typeof value !== 'string' || value === '') return add(details, `${path}.identifierValue`, "Property 'identifierValue' is missing");
				if (key === 'phonenumber' && !E164.test(value)) add(details, `${path}.identifierValue`, 'Must be a phone number in E.164 format');
				if (key === 'emailaddress' && !EMAIL.test(value)) add(details, `${path}.identifierValue`, 'Must be an email address');
				if (isEmailChannel && key !== 'emailaddress') add(details, `${path}.identifierKey`, 'Email channels need an emailaddress identifier');
				if (!isEmailChannel && key === 'emailaddress') add(details, `${path}.identifierKey`, `Channel platform ${channel.platformId} cannot deliver to an email address`);
			});
		}

		const hasBody = message.body !== undefined && message.body !== null;
		const hasTemplate = message.template !== undefined && message.template !== null;
		if (hasBody && hasTemplate) add(details, '.', "Only one of 'body' or 'template' may be set");
		if (!hasBody && !hasTemplate) add(details, '.', "One of 'body' or 'template' is required");
		if (hasBody) this.validateBody(channel, message.body, details, base);
		if (hasTemplate) this.validateTemplate(message.template, details);

		if (message.tags !== undefined) {
			if (!Array.isArray(message.tags)) add(details, '.tags', 'Must be an array');
			else {
				if (message.tags.length > 10) add(details, '.tags', 'At most 10 tags are allowed');
				message.tags.forEach((tag: unknown, index) => {
					if (typeof tag !== 'string' || !TAG.test(tag)) add(details, `.tags[${index}]`, 'Must match ^[a-zA-Z0-9-_ ]+$ and be 1 to 50 characters');
				});
			}
		}
		if (message.scheduledFor !== undefined) {
			const value = message.scheduledFor;
			if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
				add(details, '.scheduledFor', 'Must be an RFC3339 timestamp');
			} else if (Date.parse(value) - Date.now() > MAX_SCHEDULE_MS) {
				add(details, '.scheduledFor', 'Messages cannot be scheduled more than 35 days ahead');
			}
		}
		if (message.validity !== undefined && (!Number.isInteger(message.validity) || (message.validity as number) < 0)) {
			add(details, '.validity', 'Must be an integer of at least 0');
		}
		if (message.shortLinks !== undefined && message.shortLinks !== null) {
			const shortLinks = message.shortLinks;
			if (!isObject(shortLinks) || typeof shortLinks.domain !== 'string' || shortLinks.domain.length === 0 || shortLinks.domain.length > 128) {
				add(details, '.shortLinks.domain', "Property 'domain' is required (at most 128 characters)");
			} else if (Object.keys(shortLinks).some((key) => key !== 'domain')) add(details, '.shortLinks', 'Only domain is allowed');
		}
		if (message.reference !== undefined && typeof message.reference !== 'string') add(details, '.reference', 'Must be a string');
		for (const flag of ['capFrequency', 'enableLinkTracking', 'ignoreQuietHours', 'ignoreGlobalHoldout']) {
			if (message[flag] !== undefined && typeof message[flag] !== 'boolean') add(details, `.${flag}`, 'Must be a boolean');
		}
		if (message.capFrequency === true) {
			const meta = isObject(message.meta) ? message.meta : {};
			const extra = isObject(meta.extraInformation) ? meta.extraInformation : {};
			if (extra.useCase !== 'marketing') {
				add(details, '.capFrequency', 'Can only be set to true if .meta.extraInformation.useCase is marketing');
			}
		}
		if (message.meta !== undefined && !isObject(message.meta)) add(details, '.meta', 'Must be an object');
		return details;
	}

	private checkMediaUrl(value: unknown, path: string, details: Details, base: string): void {
		if (typeof value !== 'string' || !/^https?:\/\//.test(value)) return add(details, path, 'Must be an http(s) URL');
		const ours = `${base}/media/${BIRD_WORKSPACE_ID}/`;
		if (value.startsWith(ours) && !this.media.has(value.slice(ours.length))) add(details, path, 'No media was uploaded at this URL');
	}

	private validateBody(channel: BirdChannel, body: unknown, details: Details, base: string): void {
		if (!isObject(body)) return add(details, '.body', 'Must be an object');
		const type = body.type;
		if (typeof type !== 'string' || !BODY_TYPES.has(type)) return add(details, '.body.type', 'Must be one of the documented body types');
		for (const key of Object.keys(body)) if (key !== 'type' && key !== type) add(details, `.body.${key}`, `Unknown property '${key}' for body type ${type}`);
		const content = body[type];
		if (!isObject(content)) return add(details, `.body.${type}`, `Property '${type}' is missing`);
		switch (type) {
			case 'text':
				if (typeof content.text !== 'string' || content.text.length === 0) add(details, '.body.text.text', "Property 'text' is missing");
				break;
			case 'html':
				if (!channel.platformId.startsWith('email')) add(details, '.body.type', `Body type html is not supported on ${channel.platformId}`);
				if (typeof content.html !== 'string' && typeof content.text !== 'string') add(details, '.body.html', "One of 'html' or 'text' is required");
				if (content.attachments !== undefined) {
					if (!Array.isArray(content.attachments)) add(details, '.body.html.attachments', 'Must be an array');
					else
						content.attachments.forEach((attachment: unknown, index) => {
							const path = `.body.html.attachments[${index}]`;
							if (!isObject(attachment)) return add(details, path, 'Must be an object');
							if (attachment.content === undefined) this.checkMediaUrl(attachment.mediaUrl, `${path}.mediaUrl`, details, base);
							if (typeof attachment.filename !== 'string' || attachment.filename === '') add(details, `${path}.filename`, "Property 'filename' is missing");
						});
				}
				break;
			case 'image':
				if (!Array.isArray(content.images) || content.images.length === 0) add(details, '.body.image.images', 'At least one image is required');
				else content.images.forEach((image: unknown, index) => this.checkMediaUrl(isObject(image) ? image.mediaUrl : undefined, `.body.image.images[${index}].mediaUrl`, details, base));
				break;
			case 'file':
				if (!Array.isArray(content.files) || content.files.length === 0) add(details, '.body.file.files', 'At least one file is required');
				else
					content.files.forEach((file: unknown, index) => {
						const path = `.body.file.files[${index}]`;
						this.checkMediaUrl(isObject(file) ? file.mediaUrl : undefined, `${path}.mediaUrl`, details, base);
						if (!isObject(file) || typeof file.contentType !== 'string' || file.contentType === '') add(details, `${path}.contentType`, "Property 'contentType' is missing");
					});
				break;
		}
	}

	private validateTemplate(template: unknown, details: Details): void {
		if (!isObject(template)) return add(details, '.template', 'Must be an object');
		for (const key of Object.keys(template)) if (!TEMPLATE_FIELDS.has(key)) add(details, `.template.${key}`, `Unknown property '${key}'`);
		for (const key of ['projectId', 'version', 'locale']) {
			if (typeof template[key] !== 'string' || template[key] === '') add(details, `.template.${key}`, `Property '${key}' is missing`);
		}
		if (template.parameters === undefined) return;
		if (!Array.isArray(template.parameters)) return add(details, '.template.parameters', 'Must be an array');
		template.parameters.forEach((parameter: unknown, index) => {
			const path = `.template.parameters[${index}]`;
			if (!isObject(parameter)) return add(details, path, 'Must be an object');
			if (typeof parameter.type !== 'string' || !PARAMETER_TYPES.has(parameter.type)) return add(details, `${path}.type`, 'Unknown parameter type');
			if (typeof parameter.key !== 'string' || parameter.key === '') add(details, `${path}.key`, "Property 'key' is missing");
			const expected = { string: 'string', number: 'number', boolean: 'boolean' }[parameter.type as 'string'];
			if (expected && typeof parameter.value !== expected) add(details, `${path}.value`, `Must be a ${expected}`);
			if (parameter.type === 'object' && !isObject(parameter.value)) add(details, `${path}.value`, 'Must be an object');
		});
	}

	/** The contact of a receiver, created when the identifier is new (Bird does the same on send). */
	private receiverContact(contact: Json): Json {
		if (typeof contact.id === 'string') {
			const known = this.contacts.get(contact.id)!;
			const featured = known.identifiers[0];
			return { id: known.id, ...(featured ? { identifierKey: featured.key, identifierValue: featured.value } : {}), ...(contact.type ? { type: contact.type } : {}) };
		}
		const key = contact.identifierKey as string;
		const value = contact.identifierValue as string;
		let found = this.ownerOf(key, value);
		if (!found) {
			const now = new Date().toISOString();
			found = { id: this.nextId('c'), identifiers: [{ key, value }], attributes: {}, listIds: [], accountIds: [], createdAt: now, updatedAt: now };
			this.addContact(found);
		}
		return { id: found.id, identifierKey: key, identifierValue: value, ...(contact.type ? { type: contact.type } : {}) };
	}

	private store(channel: BirdChannel, request: Json, status?: string, reason?: string): Json {
		const now = new Date().toISOString();
		const scheduled = typeof request.scheduledFor === 'string' && Date.parse(request.scheduledFor) - Date.now() > 10 * 60 * 1000;
		const contacts = ((request.receiver as Json | undefined)?.contacts ?? []) as Json[];
		const message: Json = {
			id: this.nextId('m'),
			channelId: channel.id,
			sender: { connector: { id: channel.connectorId, identifierValue: channel.identifier } },
			receiver: { contacts: status === 'rejected' ? structuredClone(contacts) : contacts.map((contact) => this.receiverContact(contact)) },
			...(request.body !== undefined ? { body: structuredClone(request.body) } : {}),
			...(request.template !== undefined ? { template: structuredClone(request.template) } : {}),
			...(request.meta !== undefined ? { meta: structuredClone(request.meta) } : {}),
			...(request.reference !== undefined ? { reference: request.reference } : {}),
			...(Array.isArray(request.tags) ? { tags: (request.tags as string[]).map((tag) => tag.toLowerCase()) } : {}),
			...(request.shortLinks ? { shortLinks: structuredClone(request.shortLinks) } : {}),
			...(request.scheduledFor !== undefined ? { scheduledFor: request.scheduledFor } : {}),
			...(request.validity !== undefined ? { validity: request.validity } : {}),
			status: status ?? (scheduled ? 'scheduled' : 'accepted'),
			...(reason ? { reason } : {}),
			direction: 'outgoing',
			lastStatusAt: now,
			createdAt: now,
			updatedAt: now,
		};
		this.messages.set(message.id as string, message);
		return message;
	}

	private sendMessage(channel: BirdChannel, body: Json, base: string): SandboxResponse {
		const details = this.validateMessage(channel, body, base);
		if (Object.keys(details).length > 0) return malformed(details);
		return jsonResponse(202, this.store(channel, body));
	}

	/** Checks the envelope at once; the messages are then validated one by one, as Bird does asynchronously. */
	private sendBatch(channel: BirdChannel, body: Json, base: string): SandboxResponse {
		const details: Details = {};
		for (const key of Object.keys(body)) if (key !== 'messageRequests') add(details, `.${key}`, `Unknown property '${key}'`);
		const requests = body.messageRequests;
		if (!Array.isArray(requests) || requests.length === 0) add(details, '.messageRequests', 'At least one message request is required');
		else if (requests.length > 100) add(details, '.messageRequests', 'At most 100 message requests are allowed');
		else requests.forEach((request: unknown, index) => !isObject(request) && add(details, `.messageRequests[${index}]`, 'Must be an object'));
		if (Object.keys(details).length > 0) return malformed(details);
		const batch: StoredBatch = { id: this.nextId('b'), channelId: channel.id, messageIds: [] };
		for (const request of requests as Json[]) {
			const problems = this.validateMessage(channel, request, base);
			const rejected = Object.keys(problems).length > 0;
			const stored = this.store(channel, request, rejected ? 'rejected' : undefined, rejected ? JSON.stringify(problems) : undefined);
			batch.messageIds.push(stored.id as string);
		}
		this.batches.push(batch);
		return jsonResponse(202, { id: batch.id });
	}

	private checkIdentifiers(value: unknown, path: string, details: Details): Array<{ key: string; value: string }> {
		if (!Array.isArray(value)) {
			add(details, path, 'Must be an array');
			return [];
		}
		return value.flatMap((identifier: unknown, index) => {
			const at = `${path}[${index}]`;
			if (!isObject(identifier) || typeof identifier.key !== 'string' || typeof identifier.value !== 'string' || !identifier.key || !identifier.value) {
				add(details, at, "Properties 'key' and 'value' are required");
				return [];
			}
			for (const key of Object.keys(identifier)) if (!['key', 'value', 'properties'].includes(key)) add(details, `${at}.${key}`, `Unknown property '${key}'`);
			if (identifier.key === 'phonenumber' && !E164.test(identifier.value)) add(details, `${at}.value`, 'Must be a phone number in E.164 format');
			if (identifier.key === 'emailaddress' && !EMAIL.test(identifier.value)) add(details, `${at}.value`, 'Must be an email address');
			return [{ key: identifier.key, value: identifier.value }];
		});
	}

	private checkIdList(value: unknown, path: string, details: Details, max = 10): string[] {
		if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
			add(details, path, 'Must be an array of strings');
			return [];
		}
		if (value.length > max) add(details, path, `At most ${max} items are allowed`);
		return value as string[];
	}

	private ownerOf(key: string, value: string, except?: string): StoredContact | undefined {
		const contact = this.byIdentifier.get(`${key}\u0000${value}`);
		return contact && contact.id !== except && this.contacts.get(contact.id) === contact ? contact : undefined;
	}

	private createContact(body: Json): SandboxResponse {
		const details: Details = {};
		const allowed = new Set(['displayName', 'identifiers', 'attributes', 'listIds', 'accountIds']);
		for (const key of Object.keys(body)) if (!allowed.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
		if (body.displayName !== undefined && (typeof body.displayName !== 'string' || body.displayName.length < 1 || body.displayName.length > 150)) {
			add(details, '.displayName', 'Must be 1 to 150 characters');
		}
		const identifiers = body.identifiers === undefined ? [] : this.checkIdentifiers(body.identifiers, '.identifiers', details);
		if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
		const listIds = body.listIds === undefined ? [] : this.checkIdList(body.listIds, '.listIds', details);
		const accountIds = body.accountIds === undefined ? [] : this.checkIdList(body.accountIds, '.accountIds', details);
		if (Object.keys(details).length > 0) return malformed(details);
		const taken = identifiers.find(({ key, value }) => this.ownerOf(key, value));
		if (taken) return birdError(409, 'Conflict', `A contact with identifier ${taken.key} ${taken.value} already exists`);
		const now = new Date().toISOString();
		const contact: StoredContact = {
			id: this.nextId('c'),
			displayName: body.displayName as string | undefined,
			identifiers,
			attributes: structuredClone((body.attributes as Json | undefined) ?? {}),
			listIds,
			accountIds,
			createdAt: now,
			updatedAt: now,
		};
		this.addContact(contact);
		return jsonResponse(201, this.contactJson(contact));
	}

	private updateContact(contact: StoredContact, body: Json): SandboxResponse {
		const details: Details = {};
		const allowed = new Set(['displayName', 'attributes', 'listIds', 'accountIds']);
		for (const key of Object.keys(body)) if (!allowed.has(key)) add(details, `.${key}`, `Unknown property '${key}'`);
		if (Object.keys(body).length === 0) add(details, '.', 'At least one property is required');
		if (body.displayName !== undefined && (typeof body.displayName !== 'string' || body.displayName.length < 1 || body.displayName.length > 150)) {
			add(details, '.displayName', 'Must be 1 to 150 characters');
		}
		if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
		const listIds = body.listIds === undefined ? undefined : this.checkIdList(body.listIds, '.listIds', details);
		const accountIds = body.accountIds === undefined ? undefined : this.checkIdList(body.accountIds, '.accountIds', details);
		if (Object.keys(details).length > 0) return malformed(details);
		if (body.displayName !== undefined) contact.displayName = body.displayName as string;
		if (isObject(body.attributes)) Object.assign(contact.attributes, structuredClone(body.attributes));
		if (listIds) contact.listIds = listIds;
		if (accountIds) contact.accountIds = accountIds;
		contact.updatedAt = new Date().toISOString();
		return jsonResponse(200, this.contactJson(contact));
	}

	private upsertContact(rawKey: string, rawValue: string, body: Json): SandboxResponse {
		// A path segment decodes %XX only; a raw "+" stays a "+"... except that Bird's router reads it as a space, as
		// form encoding does, which is why clients must send %2B.
		let key: string;
		let value: string;
		try {
			key = decodeURIComponent(rawKey);
			value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
		} catch {
			return birdError(400, 'InvalidParameter', 'The identifier in the path is not correctly encoded');
		}
		const details: Details = {};
		if (key === 'phonenumber' && !E164.test(value)) add(details, '.identifierValue', `"${value}" is not a phone number in E.164 format`);
		if (key === 'emailaddress' && !EMAIL.test(value)) add(details, '.identifierValue', `"${value}" is not an email address`);
		const allowed = new Set([
			'attributes',
			'addIdentifiers',
			'removeIdentifiers',
			'addToLists',
			'removeFromLists',
			'listIds',
			'addToAccounts',
			'removeFromAccounts',
			'strategy',
			'allowWritingReadOnly',
		]);
		for (const field of Object.keys(body)) if (!allowed.has(field)) add(details, `.${field}`, `Unknown property '${field}'`);
		if (body.attributes !== undefined && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
		const addToLists = body.addToLists === undefined ? [] : this.checkIdList(body.addToLists, '.addToLists', details, 100);
		const removeFromLists = body.removeFromLists === undefined ? [] : this.checkIdList(body.removeFromLists, '.removeFromLists', details, 100);
		if (Object.keys(details).length > 0) return malformed(details);
		let contact = this.ownerOf(key, value);
		const created = !contact;
		const now = new Date().toISOString();
		if (!contact) {
			contact = { id: this.nextId('c'), identifiers: [{ key, value }], attributes: {}, listIds: [], accountIds: [], createdAt: now, updatedAt: now };
			this.addContact(contact);
		}
		if (isObject(body.attributes)) Object.assign(contact.attributes, structuredClone(body.attributes));
		contact.listIds = [...new Set([...contact.listIds, ...addToLists])].filter((id) => !removeFromLists.includes(id));
		contact.updatedAt = now;
		return jsonResponse(created ? 201 : 200, this.contactJson(contact));
	}

	private searchContacts(body: Json): SandboxResponse {
		const details: Details = {};
		for (const key of Object.keys(body)) if (key !== 'identifier' && key !== 'platformAddress') add(details, `.${key}`, `Unknown property '${key}'`);
		if ((body.identifier === undefined) === (body.platformAddress === undefined)) add(details, '.', "Exactly one of 'identifier' or 'platformAddress' is required");
		const identifier = body.identifier;
		if (identifier !== undefined && (!isObject(identifier) || typeof identifier.key !== 'string' || typeof identifier.value !== 'string')) {
			add(details, '.identifier', "Properties 'key' and 'value' are required");
		}
		if (Object.keys(details).length > 0) return malformed(details);
		const results = isObject(identifier)
			? [...this.contacts.values()].filter((contact) => contact.identifiers.some((entry) => entry.key === identifier.key && entry.value === identifier.value))
			: [...this.contacts.values()].filter((contact) => contact.identifiers.some((entry) => entry.value === body.platformAddress));
		return jsonResponse(200, { results: results.map((contact) => this.contactJson(contact)) });
	}
}
