/**
 * Bird Channels API (api.bird.com) emulator, written from Bird's Channels API documentation on docs.bird.com
 * ("Messaging: Sending messages" with the `CreateMessage` schema, "Pagination", contacts, "Channel media" uploads)
 * and the research notes (`reference/bird-cordial.md` §1): `Authorization: AccessKey`, workspace-scoped paths, the
 * `CreateMessage` schema (additionalProperties false, required receiver, body xor template, tags, schedule window),
 * `{code, message, details}` errors, `pageToken` pagination, contacts, batches, and the presigned media upload with
 * its own S3-like upload endpoint (multipart form with exactly the issued fields plus the file, no access key).
 *
 * Layout: the route tables below, one file per resource (channels.ts, messages.ts, contacts.ts, media.ts), paging
 * (paging.ts), answers and errors (answers.ts), the workspace's state (account.ts), the seeded data and documented
 * values (fixtures.ts).
 */
import { jsonResponse, mediaType, NO_CEILING, type ProviderModule, type SandboxCredential, type SandboxRequest, type SandboxResponse } from '../../framework';
import { BirdAccount, type MessageSeed } from './account';
import { birdError, isObject, s3Error, type Json } from './answers';
import { channelNotFound, findChannel, getChannel, listChannels } from './channels';
import { createContact, deleteContact, listContacts, searchContacts, updateContact, upsertContact, withContact } from './contacts';
import { BIRD_ACCESS_KEY, BIRD_FOREIGN_ACCESS_KEY, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from './fixtures';
import { getMedia, presign, upload } from './media';
import { getMessage, listInteractions, listMessages, seedInteractions, sendBatch, sendMessage } from './messages';
import { conversationRoutes } from './conversations';
import { identifierRoutes } from './identifiers';
import { listRoutes } from './lists';
import type { Route } from './routes';
import { templateRoutes } from './templates';
import { createSubscription, deleteSubscription, deliveriesFor, getSubscription, listSubscriptions, type BirdDelivery, type BirdEvent } from './webhookSubscriptions';

export { BIRD_ACCESS_KEY, BIRD_CHANNELS, BIRD_FOREIGN_ACCESS_KEY, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID, type BirdChannel } from './fixtures';
export type { MessageSeed, StoredBatch, StoredMedia, StoredSubscription } from './account';
export { birdWebhookSignature, type BirdDelivery, type BirdEvent } from './webhookSubscriptions';

/** Outside the workspace and without the access key: the storage side of the presigned upload. */
const STORAGE_ROUTES: Route[] = [
	{ method: 'POST', path: '/storage-upload', handle: ({ account, request }) => upload(account, request) },
	{ method: '*', path: '/storage-upload', handle: () => s3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.') },
	{ method: 'GET', path: '/media/{workspaceId}/{mediaId}', handle: ({ account, params }) => getMedia(account, params.workspaceId, params.mediaId) },
];

/** Below `/workspaces/{workspaceId}`, once the access key, the workspace and a JSON body are checked. */
const ROUTES: Route[] = [
	// Resources in files of their own; their paths come before the catch-all below a channel.
	...listRoutes,
	...identifierRoutes,
	...conversationRoutes,
	...templateRoutes,
	{ method: 'POST', path: '/channel-media/presigned-upload', handle: ({ account, body, base }) => presign(account, body, base) },
	{ method: '*', path: '/channel-media/presigned-upload', handle: () => birdError(405, 'MethodNotAllowed', 'Method not allowed') },
	{ method: 'GET', path: '/channels', handle: ({ request }) => listChannels(request) },
	{ method: 'GET', path: '/channels/messages', handle: ({ account, request }) => listMessages(account, request) },
	{ method: 'GET', path: '/channels/{channelId}', handle: ({ params }) => getChannel(params.channelId) },
	{ method: 'POST', path: '/channels/{channelId}/messages', handle: ({ account, params, body, base }) => withChannel(params, (channel) => sendMessage(account, channel, body, base)) },
	{ method: 'GET', path: '/channels/{channelId}/messages', handle: ({ account, request, params }) => listMessages(account, request, params.channelId) },
	{ method: 'GET', path: '/channels/{channelId}/messages/{messageId}', handle: ({ account, params }) => getMessage(account, params.channelId, params.messageId) },
	{ method: 'GET', path: '/channels/{channelId}/messages/{messageId}/interactions', handle: ({ account, request, params }) => listInteractions(account, request, params.channelId, params.messageId) },
	{ method: 'POST', path: '/channels/{channelId}/batch/messages', handle: ({ account, params, body, base }) => withChannel(params, (channel) => sendBatch(account, channel, body, base)) },
	// Any other request below a channel: an unknown channel is named as such, a known one has no such route.
	{ method: '*', path: '/channels/{channelId}/**', handle: ({ request, params }) => (findChannel(params.channelId) ? noRoute(request) : channelNotFound()) },
	{ method: 'POST', path: '/contacts', handle: ({ account, body }) => createContact(account, body) },
	{ method: 'GET', path: '/contacts', handle: ({ account, request }) => listContacts(account, request) },
	{ method: 'POST', path: '/contacts/search', handle: ({ account, body }) => searchContacts(account, body) },
	{ method: 'PATCH', path: '/contacts/identifiers/{key}/{value}', handle: ({ account, params, body }) => upsertContact(account, params.key, params.value, body) },
	{ method: 'GET', path: '/contacts/{contactId}', handle: ({ account, params }) => withContact(account, params.contactId, (contact) => jsonResponse(200, account.contactJson(contact))) },
	{ method: 'PATCH', path: '/contacts/{contactId}', handle: ({ account, params, body }) => withContact(account, params.contactId, (contact) => updateContact(account, contact, body)) },
	{ method: 'DELETE', path: '/contacts/{contactId}', handle: ({ account, params }) => withContact(account, params.contactId, (contact) => deleteContact(account, contact)) },
];

/**
 * Below `/organizations/{organizationId}/workspaces/{workspaceId}` (the Notifications API's webhook subscriptions),
 * once the access key, the organization, the workspace and a JSON body are checked.
 */
const ORGANIZATION_ROUTES: Route[] = [
	{ method: 'POST', path: '/webhook-subscriptions', handle: ({ account, body }) => createSubscription(account, body) },
	{ method: 'GET', path: '/webhook-subscriptions', handle: ({ account, request }) => listSubscriptions(account, request) },
	{ method: 'GET', path: '/webhook-subscriptions/{id}', handle: ({ account, params }) => getSubscription(account, params.id) },
	{ method: 'DELETE', path: '/webhook-subscriptions/{id}', handle: ({ account, params }) => deleteSubscription(account, params.id) },
];

function noRoute(request: SandboxRequest): SandboxResponse {
	return birdError(404, 'NotFound', `No route ${request.method} ${request.path}`);
}

function withChannel(params: Record<string, string>, handle: (channel: NonNullable<ReturnType<typeof findChannel>>) => SandboxResponse): SandboxResponse {
	const channel = findChannel(params.channelId);
	return channel ? handle(channel) : channelNotFound();
}

/** The `{name}` segments when `segments` fit `path`, else undefined. */
function match(path: string, segments: string[]): Record<string, string> | undefined {
	const parts = path.split('/').filter((part) => part !== '');
	const open = parts[parts.length - 1] === '**';
	if (open) parts.pop();
	if (open ? segments.length < parts.length : segments.length !== parts.length) return undefined;
	const params: Record<string, string> = {};
	for (const [index, part] of parts.entries()) {
		if (part.startsWith('{')) params[part.slice(1, -1)] = segments[index];
		else if (part !== segments[index]) return undefined;
	}
	return params;
}

function route(routes: Route[], method: string, segments: string[]): { route: Route; params: Record<string, string> } | undefined {
	for (const candidate of routes) {
		if (candidate.method !== '*' && candidate.method !== method) continue;
		const params = match(candidate.path, segments);
		if (params) return { route: candidate, params };
	}
	return undefined;
}

/** The JSON object of a POST, PATCH or PUT (none for other methods), or Bird's answer why it is not one. */
function jsonBody(request: SandboxRequest): { body?: Json; refused?: SandboxResponse } {
	if (request.method !== 'POST' && request.method !== 'PATCH' && request.method !== 'PUT') return {};
	if (mediaType(request) !== 'application/json') {
		return { refused: birdError(415, 'UnsupportedMediaType', 'Content-Type must be application/json') };
	}
	let body: unknown;
	try {
		body = JSON.parse(request.text);
	} catch {
		return { refused: birdError(400, 'InvalidPayload', 'The request body is not valid JSON') };
	}
	return isObject(body) ? { body } : { refused: birdError(400, 'InvalidPayload', 'The request body must be a JSON object') };
}

/** The access key and the workspace of a request below `/workspaces`, or Bird's answer why they do not fit. */
function refusedAccess(request: SandboxRequest, segments: string[]): SandboxResponse | undefined {
	const authorization = request.headers.authorization;
	const key = authorization?.startsWith('AccessKey ') ? authorization.slice('AccessKey '.length) : undefined;
	if (key !== BIRD_ACCESS_KEY && key !== BIRD_FOREIGN_ACCESS_KEY) {
		return birdError(401, 'Unauthorized', 'The request is missing a valid access key');
	}
	if (segments[0] === 'organizations') {
		if (segments.length < 4 || segments[2] !== 'workspaces') return birdError(404, 'NotFound', 'Resource not found');
		if (segments[1] !== BIRD_ORGANIZATION_ID) return birdError(404, 'NotFound', 'Organization not found');
		return refusedAccess(request, segments.slice(2));
	}
	if (segments[0] !== 'workspaces' || segments.length < 2) return birdError(404, 'NotFound', 'Resource not found');
	if (segments[1] !== BIRD_WORKSPACE_ID) return birdError(404, 'NotFound', 'Workspace not found');
	if (key !== BIRD_ACCESS_KEY) return birdError(403, 'Forbidden', 'The access key has no permission for this workspace');
	return undefined;
}

export class BirdProvider implements ProviderModule {
	readonly name = 'bird';

	readonly prefix = '/bird';

	private readonly account = new BirdAccount();

	/** Messages by ID, in the order they were accepted. */
	get messages(): BirdAccount['messages'] {
		return this.account.messages;
	}

	get contacts(): BirdAccount['contacts'] {
		return this.account.contacts;
	}

	get batches(): BirdAccount['batches'] {
		return this.account.batches;
	}

	/** Uploaded media by media ID. */
	get media(): BirdAccount['media'] {
		return this.account.media;
	}

	reset(): void {
		this.account.reset();
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'birdChannelsApi',
				name: 'Bird Channels (sandbox)',
				data: { accessKeySecret: BIRD_ACCESS_KEY, workspaceId: BIRD_WORKSPACE_ID, organizationId: BIRD_ORGANIZATION_ID, baseUrl, ...NO_CEILING, readRequestsPerSecond: 0 },
			},
		];
	}

	/** Seeds a contact, as if made in Bird's UI. */
	seedContact(identifiers: Array<{ key: string; value: string }>, displayName?: string): Json {
		return this.account.seedContact(identifiers, displayName);
	}

	contactJson(contact: Parameters<BirdAccount['contactJson']>[0]): Json {
		return this.account.contactJson(contact);
	}

	/** Seeds text messages on a channel, as if sent (or received, see `shape`) earlier (for list tests). */
	seedMessages(channelId: string, count: number, shape?: MessageSeed): Json[] {
		return this.account.seedMessages(channelId, count, shape);
	}

	/** Seeds what happened to a stored message (Bird's documented interaction types: opened, clicked, …). */
	seedInteractions(messageId: string, types: string[]): Json[] {
		return seedInteractions(this.account, messageId, types);
	}

	message(id: string): Json | undefined {
		return this.account.message(id);
	}

	/** Webhook subscriptions by ID, as Bird stores them. */
	get subscriptions(): BirdAccount['subscriptions'] {
		return this.account.subscriptions;
	}

	/**
	 * The signed requests Bird makes when `event` happens: one per matching subscription, signed as "Verifying a
	 * webhook subscription" documents, with `timestamp` (Unix seconds) as the request timestamp (default now).
	 */
	deliver(event: BirdEvent, timestamp?: number): BirdDelivery[] {
		return deliveriesFor(this.account, event, timestamp);
	}

	/** Bird counts its limits per workspace; the storage side of uploads is not Bird's API. */
	rateLimitKey(request: SandboxRequest): string | undefined {
		const segments = request.path.split('/').filter((part) => part !== '');
		const [first, workspaceId] = segments[0] === 'organizations' ? segments.slice(2) : segments;
		return first === 'workspaces' && workspaceId ? workspaceId : undefined;
	}

	overLimit(): SandboxResponse {
		return birdError(429, 'TooManyRequests', 'Too many requests: the request has not been processed and can be retried');
	}

	handle(request: SandboxRequest): SandboxResponse {
		const segments = request.path.split('/').filter((part) => part !== '');
		const base = `http://${request.headers.host ?? '127.0.0.1'}${this.prefix}`;
		const storage = route(STORAGE_ROUTES, request.method, segments);
		if (storage) return storage.route.handle({ account: this.account, request, params: storage.params, body: {}, base });

		const refused = refusedAccess(request, segments);
		if (refused) return refused;
		const parsed = jsonBody(request);
		if (parsed.refused) return parsed.refused;
		const scoped = segments[0] === 'organizations';
		const found = route(scoped ? ORGANIZATION_ROUTES : ROUTES, request.method, segments.slice(scoped ? 4 : 2));
		if (!found) return noRoute(request);
		return found.route.handle({ account: this.account, request, params: found.params, body: parsed.body ?? {}, base });
	}
}
