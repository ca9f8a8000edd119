/**
 * The Conversations API, written from docs.bird.com "Conversations API" → "API reference":
 * - Conversations management: "Create conversation", "List conversations", "Get conversation", "Update conversation";
 * - Conversations messaging: "Create conversation message", "List conversation messages";
 * - Conversation Participants: "Add participant to conversation", "Delete participant", "List participant
 *   conversations by ID", "List participant conversations by identifier key and value".
 * The documented values below are deliberate copies of those pages, not imports from the node.
 *
 * Where the pages are silent the emulator chooses, and says so where it does: the order of lists (newest first), the
 * answer to a message in a closed conversation (409), to a sender who is not a participant (422), and unknown query
 * parameters (400, so that a misnamed filter cannot pass unnoticed).
 */
import { emptyResponse, jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount } from './account';
import { add, birdError, isObject, malformed, type Details, type Json } from './answers';
import { findChannel } from './channels';
import { BIRD_ACCESS_KEY, BIRD_WORKSPACE_ID, E164, EMAIL, RFC3339, type BirdChannel } from './fixtures';
import { validateBody, validateTemplate } from './messages';
import { page } from './paging';
import type { Route } from './routes';

/**
 * The participant the sandbox's access key is in a conversation: "Create conversation" shows the creating key as the
 * initiating participant (type `accessKey`, its ID), and "Create conversation message" sends as `accessKey` with the
 * key's ID.
 */
export const SANDBOX_ACCESS_KEY_PARTICIPANT = { id: 'acce55e0-0000-4000-8000-000000000001', type: 'accessKey', displayName: 'Sandbox access key' } as const;

// Deliberate copies of the documented enums and limits (see the header).
/** `status` of "Update conversation"; the participant lists also filter by `deleted`. */
const UPDATE_STATUSES = new Set(['active', 'closed']);
const LIST_STATUSES = new Set(['active', 'closed', 'deleted']);
const VISIBILITIES = new Set(['public', 'private']);
/** The by-ID participant list documents `direct` as an example visibility as well. */
const LIST_VISIBILITIES = new Set(['public', 'private', 'direct']);
const ACCESSIBILITIES = new Set(['open', 'invite-only', 'request-to-join']);
const STYLES = new Set(['default', 'directMessage', 'chatChannel', 'personalInbox', 'resource']);
/** "A list of up to 5 conversation participants." */
const MAX_PARTICIPANTS = 5;
/** `ParticipantRef` types of "Create conversation" (its examples and the migration guide's participant types). */
const REF_TYPES = new Set(['contact', 'user', 'flow', 'accessKey']);
/** "Add participant to conversation": `CreateParticipant` is user or flow by ID, or a contact by ID or identifier. */
const ADD_TYPES = new Set(['contact', 'user', 'flow']);
const PARTICIPANT_STATUSES = new Set(['pending', 'invited', 'active']);
/** "the participant type must always be one of accessKey, flow, or contact". */
const SENDER_TYPES = new Set(['accessKey', 'contact', 'flow']);
const RECIPIENT_TYPES = new Set(['to', 'cc', 'bcc']);
/** `resource` of "List conversations": a string of at most 60 characters, e.g. `task:<uuid>`. */
const MAX_RESOURCE = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const UPDATE_FIELDS = new Set(['name', 'description', 'status', 'visibility', 'accessibility', 'attributes']);
const REF_FIELDS = new Set(['id', 'type', 'identifierKey', 'identifierValue', 'platformAddressSelector']);
const INITIAL_MESSAGE_FIELDS = new Set(['body', 'template', 'recipients', 'reference', 'sender', 'draft']);
/** The properties of `CreateMessage` ("Message with body" / "with template"), which has additionalProperties false. */
const MESSAGE_FIELDS = new Set([
	'body',
	'template',
	'draft',
	'reference',
	'sender',
	'participantId',
	'participantType',
	'participantContactIdentifierKey',
	'participantContactIdentifierValue',
	'recipients',
	'addMissingParticipants',
	'replyToMessageId',
]);
const RECIPIENT_FIELDS = new Set(['identifierKey', 'identifierValue', 'platformAddressSelector', 'type']);

interface StoredParticipant {
	id: string;
	type: string;
	status: string;
	displayName: string;
	contact?: { identifierKey: string; identifierValue: string; platformAddress: string };
}

interface Recipient {
	identifierKey: string;
	identifierValue: string;
	type: string;
}

interface StoredConversation {
	id: string;
	name: string;
	description: string;
	status: string;
	visibility: string;
	accessibility: string;
	style: string;
	channelId: string | null;
	attributes: Json | null;
	resource?: { type: string; id: string };
	participants: StoredParticipant[];
	initiatingParticipant: StoredParticipant;
	/** Oldest first. */
	messages: Json[];
	createdAt: string;
	updatedAt: string;
}

function conversationsOf(account: BirdAccount): Map<string, StoredConversation> {
	return account.state('conversations', () => new Map<string, StoredConversation>());
}

/** A path parameter as sent (percent-encoded), decoded; undefined when it is not valid percent-encoding. */
function decoded(raw: string): string | undefined {
	try {
		return decodeURIComponent(raw);
	} catch {
		return undefined;
	}
}

function unknownKeys(object: Json, allowed: Set<string>, path: string, details: Details): void {
	for (const key of Object.keys(object)) if (!allowed.has(key)) add(details, `${path}.${key}`, `Unknown property '${key}'`);
}

function checkEnum(value: unknown, allowed: Set<string>, path: string, details: Details): void {
	if (value !== undefined && (typeof value !== 'string' || !allowed.has(value))) add(details, path, `Must be one of ${[...allowed].join(', ')}`);
}

function checkString(value: unknown, path: string, details: Details, nullable = false): void {
	if (value === undefined || (nullable && value === null)) return;
	if (typeof value !== 'string') add(details, path, 'Must be a string');
}

function checkIdentifier(key: unknown, value: unknown, path: string, details: Details): { key: string; value: string } | undefined {
	if (typeof key !== 'string' || key === '') return void add(details, `${path}.identifierKey`, "Property 'identifierKey' is missing");
	if (typeof value !== 'string' || value === '') return void add(details, `${path}.identifierValue`, "Property 'identifierValue' is missing");
	if (key === 'phonenumber' && !E164.test(value)) return void add(details, `${path}.identifierValue`, 'Must be a phone number in E.164 format');
	if (key === 'emailaddress' && !EMAIL.test(value)) return void add(details, `${path}.identifierValue`, 'Must be an email address');
	return { key, value };
}

// ------------------------------------------------------------------------------------------------- participants

function contactParticipant(account: BirdAccount, contactId: string, identifier: { key: string; value: string } | undefined, status: string): StoredParticipant {
	const contact = account.contacts.get(contactId)!;
	const shown = identifier ?? contact.identifiers[0];
	return {
		id: contact.id,
		type: 'contact',
		status,
		displayName: contact.displayName ?? '',
		...(shown ? { contact: { identifierKey: shown.key, identifierValue: shown.value, platformAddress: shown.value } } : {}),
	};
}

/**
 * The contact with this identifier as a participant. A new identifier gets its contact only once the request is
 * accepted (`saved`), so that a refused request changes nothing.
 */
function contactWithIdentifier(account: BirdAccount, identifier: { key: string; value: string }, status: string): StoredParticipant {
	const known = account.ownerOf(identifier.key, identifier.value);
	if (known) return contactParticipant(account, known.id, identifier, status);
	return { id: '', type: 'contact', status, displayName: '', contact: { identifierKey: identifier.key, identifierValue: identifier.value, platformAddress: identifier.value } };
}

/** The participant with its contact made when its identifier was new ("Contacts are created automatically"). */
function saved(account: BirdAccount, participant: StoredParticipant): StoredParticipant {
	if (participant.id !== '' || !participant.contact) return participant;
	const { id } = account.receiverContact({ identifierKey: participant.contact.identifierKey, identifierValue: participant.contact.identifierValue }) as { id: string };
	return { ...participant, id };
}

/** A participant given by type and ID: a contact must exist, an access key must be the caller's. */
function participantById(account: BirdAccount, type: string, id: unknown, status: string, idPath: string, details: Details): StoredParticipant | undefined {
	if (typeof id !== 'string' || id === '') return void add(details, idPath, `Property '${idPath.split('.').pop()}' is missing`);
	if (type === 'contact') {
		if (!account.contacts.has(id)) return void add(details, idPath, 'Contact not found');
		return contactParticipant(account, id, undefined, status);
	}
	if (type === 'accessKey') {
		if (id !== SANDBOX_ACCESS_KEY_PARTICIPANT.id) return void add(details, idPath, 'Access key not found');
		return accessKeyParticipant();
	}
	// Users and flows are not emulated: any ID names one.
	return { id, type, status, displayName: '' };
}

function accessKeyParticipant(): StoredParticipant {
	return { ...SANDBOX_ACCESS_KEY_PARTICIPANT, status: 'active' };
}

/** A `ParticipantRef` of "Create conversation": `{id, type}`, or a contact as `{type, identifierKey, identifierValue}`. */
function readParticipantRef(account: BirdAccount, ref: unknown, path: string, details: Details): StoredParticipant | undefined {
	if (!isObject(ref)) return void add(details, path, 'Must be an object');
	unknownKeys(ref, REF_FIELDS, path, details);
	if (typeof ref.type !== 'string' || !REF_TYPES.has(ref.type)) return void add(details, `${path}.type`, `Must be one of ${[...REF_TYPES].join(', ')}`);
	if (ref.id !== undefined || ref.type !== 'contact') return participantById(account, ref.type, ref.id, 'active', `${path}.id`, details);
	const identifier = checkIdentifier(ref.identifierKey, ref.identifierValue, path, details);
	return identifier ? contactWithIdentifier(account, identifier, 'active') : undefined;
}

/** `CreateParticipant` of "Add participant to conversation" (three shapes, each with additionalProperties false). */
function readNewParticipant(account: BirdAccount, body: Json, details: Details): StoredParticipant | undefined {
	unknownKeys(body, new Set(['id', 'type', 'status', 'contact']), '', details);
	checkEnum(body.status, PARTICIPANT_STATUSES, '.status', details);
	const status = typeof body.status === 'string' ? body.status : 'active';
	if (typeof body.type !== 'string' || !ADD_TYPES.has(body.type)) return void add(details, '.type', `Must be one of ${[...ADD_TYPES].join(', ')}`);
	if (body.type !== 'contact') {
		if (body.contact !== undefined) add(details, '.contact', `Unknown property 'contact' for type ${body.type}`);
		return participantById(account, body.type, body.id, status, '.id', details);
	}
	const contact = body.contact;
	if (contact !== undefined && !isObject(contact)) return void add(details, '.contact', 'Must be an object');
	if (body.id !== undefined) {
		if (contact) unknownKeys(contact, new Set(['platformAddressSelector']), '.contact', details);
		return participantById(account, 'contact', body.id, status, '.id', details);
	}
	if (!contact) return void add(details, '.contact', "Property 'contact' is missing (or give the contact's 'id')");
	unknownKeys(contact, new Set(['identifierKey', 'identifierValue', 'platformAddressSelector']), '.contact', details);
	const identifier = checkIdentifier(contact.identifierKey, contact.identifierValue, '.contact', details);
	return identifier ? contactWithIdentifier(account, identifier, status) : undefined;
}

/** The same participant: by type and ID, or two contacts not made yet by their identifier. */
function sameParticipant(a: StoredParticipant, b: StoredParticipant): boolean {
	if (a.type !== b.type) return false;
	if (a.id !== '' || b.id !== '') return a.id === b.id;
	return a.contact?.identifierKey === b.contact?.identifierKey && a.contact?.identifierValue === b.contact?.identifierValue;
}

function participantJson(participant: StoredParticipant): Json {
	return { ...structuredClone(participant), avatarUrl: '' };
}

// ------------------------------------------------------------------------------------------------- messages

/** `recipients` of a message: identifier, type (to, cc, bcc); the identifier must fit the channel's platform. */
function readRecipients(raw: unknown, channel: BirdChannel, path: string, details: Details): Recipient[] {
	if (!Array.isArray(raw)) {
		add(details, path, 'Must be an array');
		return [];
	}
	const isEmail = channel.platformId.startsWith('email');
	return raw.flatMap((entry: unknown, index) => {
		const at = `${path}[${index}]`;
		if (!isObject(entry)) {
			add(details, at, 'Must be an object');
			return [];
		}
		unknownKeys(entry, RECIPIENT_FIELDS, at, details);
		checkEnum(entry.type, RECIPIENT_TYPES, `${at}.type`, details);
		const identifier = checkIdentifier(entry.identifierKey, entry.identifierValue, at, details);
		if (!identifier) return [];
		if (isEmail !== (identifier.key === 'emailaddress')) {
			add(details, `${at}.identifierKey`, `Channel platform ${channel.platformId} cannot deliver to identifier key ${identifier.key}`);
		}
		return [{ identifierKey: identifier.key, identifierValue: identifier.value, type: typeof entry.type === 'string' ? entry.type : 'to' }];
	});
}

/** Exactly one of `body` and `template`, checked as the Channels API checks them (the same `body` schema). */
function checkContent(account: BirdAccount, channel: BirdChannel, message: Json, prefix: string, details: Details, base: string): void {
	const hasBody = message.body !== undefined && message.body !== null;
	const hasTemplate = message.template !== undefined && message.template !== null;
	if (hasBody === hasTemplate) add(details, prefix || '.', hasBody ? "Only one of 'body' or 'template' may be set" : "One of 'body' or 'template' is required");
	const inner: Details = {};
	if (hasBody) validateBody(account, channel, message.body, inner, base);
	if (hasTemplate) validateTemplate(message.template, inner);
	for (const [field, messages] of Object.entries(inner)) for (const text of messages) add(details, `${prefix}${field}`, text);
}

/** The recipients given, or else the conversation's contacts; none at all is refused (the emulator's choice). */
function recipientsOf(message: Json, participants: StoredParticipant[], channel: BirdChannel, prefix: string, details: Details): Recipient[] {
	if (message.recipients !== undefined) return readRecipients(message.recipients, channel, `${prefix}.recipients`, details);
	const contacts = participants.filter((participant) => participant.contact && participant.status === 'active');
	if (contacts.length === 0) add(details, `${prefix}.recipients`, 'The conversation has no contact to send to; set recipients');
	return contacts.map((participant) => ({ identifierKey: participant.contact!.identifierKey, identifierValue: participant.contact!.identifierValue, type: 'to' }));
}

function previewText(body: unknown): string {
	if (!isObject(body) || typeof body.type !== 'string' || !isObject(body[body.type])) return '';
	const content = body[body.type] as Json;
	return typeof content.text === 'string' ? content.text : '';
}

/** Stores an accepted message as "Create conversation message" answers it. */
function storeMessage(account: BirdAccount, conversation: StoredConversation, sender: StoredParticipant, request: Json, recipients: Recipient[]): Json {
	const now = new Date().toISOString();
	const message: Json = {
		id: account.nextId('m'),
		conversationId: conversation.id,
		reference: typeof request.reference === 'string' ? request.reference : '',
		sender: participantJson(sender),
		draft: request.draft === true,
		recipients: recipients.map((recipient) => {
			const { id } = account.receiverContact({ identifierKey: recipient.identifierKey, identifierValue: recipient.identifierValue }) as { id: string };
			return { type: recipient.type, id, identifierKey: recipient.identifierKey, identifierValue: recipient.identifierValue, platformAddress: recipient.identifierValue };
		}),
		status: 'accepted',
		source: 'conversations',
		...(request.body !== undefined && request.body !== null ? { body: structuredClone(request.body) } : { template: structuredClone(request.template) }),
		interactions: null,
		createdAt: now,
		updatedAt: now,
	};
	conversation.messages.push(message);
	conversation.updatedAt = now;
	return message;
}

// ------------------------------------------------------------------------------------------------- conversations

function platformStyle(channelId: string | null): string {
	return channelId && findChannel(channelId)?.platformId.startsWith('email') ? 'email' : 'chat';
}

function lastMessageJson(messages: Json[]): Json | undefined {
	const last = messages[messages.length - 1];
	if (!last) return undefined;
	const body = last.body as Json | undefined;
	return {
		id: last.id,
		type: body ? body.type : 'template',
		preview: { text: previewText(body) },
		recipients: structuredClone(last.recipients),
		status: last.status,
		sender: structuredClone(last.sender),
		createdAt: last.createdAt,
	};
}

/** A conversation as "Get conversation" answers it. */
function conversationJson(conversation: StoredConversation): Json {
	const active = conversation.participants.filter((participant) => participant.status === 'active');
	const lastMessage = lastMessageJson(conversation.messages);
	return {
		id: conversation.id,
		name: conversation.name,
		description: conversation.description,
		status: conversation.status,
		visibility: conversation.visibility,
		accessibility: conversation.accessibility,
		style: conversation.style,
		featuredParticipants: active.slice(0, MAX_PARTICIPANTS).map(participantJson),
		activeParticipantCount: active.length,
		pendingParticipantCount: conversation.participants.filter((participant) => participant.status === 'pending').length,
		initiatingParticipant: participantJson(conversation.initiatingParticipant),
		channelId: conversation.channelId,
		...(lastMessage ? { lastMessage } : {}),
		...(conversation.attributes ? { attributes: structuredClone(conversation.attributes) } : {}),
		...(conversation.resource ? { resource: { ...conversation.resource } } : {}),
		createdAt: conversation.createdAt,
		updatedAt: conversation.updatedAt,
		platformStyle: platformStyle(conversation.channelId),
	};
}

/** name (required), description, style, visibility, accessibility, attributes, resource and channelId of a new one. */
function checkConversationFields(body: Json, details: Details): BirdChannel | undefined {
	if (typeof body.name !== 'string' || body.name === '') add(details, '.name', "Property 'name' is missing");
	checkString(body.description, '.description', details);
	checkEnum(body.style, STYLES, '.style', details);
	checkEnum(body.visibility, VISIBILITIES, '.visibility', details);
	checkEnum(body.accessibility, ACCESSIBILITIES, '.accessibility', details);
	if (body.attributes !== undefined && body.attributes !== null && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
	const resource = body.resource;
	if (resource !== undefined && resource !== null && (!isObject(resource) || typeof resource.type !== 'string' || typeof resource.id !== 'string')) {
		add(details, '.resource', "Properties 'type' and 'id' are required");
	}
	if (body.channelId === undefined || body.channelId === null) return undefined;
	if (typeof body.channelId !== 'string' || !UUID.test(body.channelId)) return void add(details, '.channelId', 'Must be a UUID');
	const channel = findChannel(body.channelId);
	if (!channel) add(details, '.channelId', 'Channel not found');
	return channel;
}

/** The given participants after the caller's access key, each once. */
function readParticipants(account: BirdAccount, raw: unknown, details: Details): StoredParticipant[] {
	if (raw === undefined) return [accessKeyParticipant()];
	if (!Array.isArray(raw)) {
		add(details, '.participants', 'Must be an array');
		return [];
	}
	if (raw.length > MAX_PARTICIPANTS) add(details, '.participants', `At most ${MAX_PARTICIPANTS} participants are allowed`);
	const participants: StoredParticipant[] = [accessKeyParticipant()];
	raw.forEach((ref: unknown, index) => {
		const participant = readParticipantRef(account, ref, `.participants[${index}]`, details);
		if (participant && !participants.some((known) => sameParticipant(known, participant))) participants.push(participant);
	});
	return participants;
}

/** `initialMessage`: content and recipients as a message's, sent through the conversation's channel. */
function readInitialMessage(account: BirdAccount, raw: unknown, channel: BirdChannel | undefined, participants: StoredParticipant[], details: Details, base: string): Recipient[] {
	if (!isObject(raw)) {
		add(details, '.initialMessage', 'Must be an object');
		return [];
	}
	unknownKeys(raw, INITIAL_MESSAGE_FIELDS, '.initialMessage', details);
	if (!channel) {
		add(details, '.channelId', 'A channel is required to send the initial message');
		return [];
	}
	checkContent(account, channel, raw, '.initialMessage', details, base);
	checkString(raw.reference, '.initialMessage.reference', details);
	return recipientsOf(raw, participants, channel, '.initialMessage', details);
}

export function createConversation(account: BirdAccount, body: Json, base: string): SandboxResponse {
	const details: Details = {};
	// The first part of the documented allOf has additionalProperties true: unknown properties are not refused.
	const channel = checkConversationFields(body, details);
	const participants = readParticipants(account, body.participants, details);
	const initiating = body.initiatingParticipant === undefined ? accessKeyParticipant() : readParticipantRef(account, body.initiatingParticipant, '.initiatingParticipant', details);
	const hasInitialMessage = body.initialMessage !== undefined && body.initialMessage !== null;
	const recipients = hasInitialMessage ? readInitialMessage(account, body.initialMessage, channel, participants, details, base) : [];
	if (Object.keys(details).length > 0) return malformed(details);
	if (hasInitialMessage && referenceTaken(account, (body.initialMessage as Json).reference)) return birdError(409, 'Conflict', 'A message with this reference already exists');
	const now = new Date().toISOString();
	const conversation: StoredConversation = {
		id: account.nextId('v'),
		name: body.name as string,
		description: typeof body.description === 'string' ? body.description : '',
		status: 'active',
		visibility: typeof body.visibility === 'string' ? body.visibility : 'public',
		accessibility: typeof body.accessibility === 'string' ? body.accessibility : 'open',
		style: typeof body.style === 'string' ? body.style : 'default',
		channelId: channel?.id ?? null,
		attributes: isObject(body.attributes) ? structuredClone(body.attributes) : null,
		...(isObject(body.resource) ? { resource: { type: body.resource.type as string, id: body.resource.id as string } } : {}),
		participants: participants.map((participant) => saved(account, participant)),
		initiatingParticipant: saved(account, initiating!),
		messages: [],
		createdAt: now,
		updatedAt: now,
	};
	if (hasInitialMessage) storeMessage(account, conversation, accessKeyParticipant(), body.initialMessage as Json, recipients);
	conversationsOf(account).set(conversation.id, conversation);
	return jsonResponse(201, conversationJson(conversation));
}

/** The conversation named by the path: 404 `NotFound` when there is none. */
function withConversation(account: BirdAccount, rawId: string, handle: (conversation: StoredConversation) => SandboxResponse): SandboxResponse {
	const id = decoded(rawId);
	const conversation = id === undefined ? undefined : conversationsOf(account).get(id);
	return conversation ? handle(conversation) : birdError(404, 'NotFound', 'Conversation not found');
}

export function updateConversation(conversation: StoredConversation, body: Json): SandboxResponse {
	const details: Details = {};
	unknownKeys(body, UPDATE_FIELDS, '', details);
	if (Object.keys(body).length === 0) add(details, '.', 'At least one property is required');
	checkString(body.name, '.name', details, true);
	checkString(body.description, '.description', details, true);
	checkEnum(body.status, UPDATE_STATUSES, '.status', details);
	checkEnum(body.visibility, VISIBILITIES, '.visibility', details);
	checkEnum(body.accessibility, ACCESSIBILITIES, '.accessibility', details);
	if (body.attributes !== undefined && body.attributes !== null && !isObject(body.attributes)) add(details, '.attributes', 'Must be an object');
	if (Object.keys(details).length > 0) return malformed(details);
	for (const key of ['name', 'description'] as const) if (body[key] !== undefined) conversation[key] = (body[key] as string | null) ?? '';
	for (const key of ['status', 'visibility', 'accessibility'] as const) {
		const value = body[key];
		if (typeof value === 'string') conversation[key] = value;
	}
	if (body.attributes !== undefined) conversation.attributes = isObject(body.attributes) ? { ...conversation.attributes, ...structuredClone(body.attributes) } : null;
	conversation.updatedAt = new Date().toISOString();
	return jsonResponse(200, conversationJson(conversation));
}

// ------------------------------------------------------------------------------------------------- lists

/** Query parameters the page does not document: refused (the emulator's choice, see the header). */
function unknownQuery(request: SandboxRequest, allowed: string[]): SandboxResponse | undefined {
	const unknown = [...request.query.keys()].find((key) => !allowed.includes(key));
	return unknown === undefined ? undefined : birdError(400, 'InvalidParameter', `Unknown query parameter '${unknown}'`);
}

/** Newest first, as the pages' example tokens (a time, then an ID) suggest; `reverse` gives the oldest first. */
function newestFirst(conversations: Iterable<StoredConversation>): Json[] {
	return [...conversations].reverse().map(conversationJson);
}

export function listConversations(account: BirdAccount, request: SandboxRequest): SandboxResponse {
	const refused = unknownQuery(request, ['limit', 'pageToken', 'reverse', 'resource']);
	if (refused) return refused;
	const resource = request.query.get('resource');
	if (resource !== null && resource.length > MAX_RESOURCE) return birdError(400, 'InvalidParameter', `resource must be at most ${MAX_RESOURCE} characters`);
	const all = [...conversationsOf(account).values()].filter((conversation) => resource === null || `${conversation.resource?.type}:${conversation.resource?.id}` === resource);
	return page(request, newestFirst(all), `conversations:${resource ?? ''}`);
}

/** "List participant conversations": channelId (required), status and the paging parameters. */
function listParticipantConversations(account: BirdAccount, request: SandboxRequest, scope: string, isParticipant: (participant: StoredParticipant) => boolean, allowed: string[]): SandboxResponse {
	const refused = unknownQuery(request, ['limit', 'pageToken', 'reverse', 'channelId', 'status', ...allowed]);
	if (refused) return refused;
	const details: Details = {};
	const channelId = request.query.get('channelId');
	if (channelId === null || !UUID.test(channelId)) add(details, 'channelId', channelId === null ? 'Required query parameter' : 'Must be a UUID');
	const status = request.query.get('status') ?? undefined;
	checkEnum(status, LIST_STATUSES, 'status', details);
	checkEnum(request.query.get('visibility') ?? undefined, LIST_VISIBILITIES, 'visibility', details);
	if (Object.keys(details).length > 0) return malformed(details);
	const visibility = request.query.get('visibility');
	const matching = [...conversationsOf(account).values()].filter(
		(conversation) =>
			conversation.channelId === channelId &&
			(status === undefined || conversation.status === status) &&
			(visibility === null || conversation.visibility === visibility) &&
			conversation.participants.some(isParticipant),
	);
	return page(request, newestFirst(matching), `${scope}:${channelId}:${status ?? ''}:${visibility ?? ''}`);
}

function listByParticipantId(account: BirdAccount, request: SandboxRequest, rawId: string): SandboxResponse {
	const id = decoded(rawId);
	if (id === undefined) return birdError(400, 'InvalidParameter', 'The participant ID in the path is not correctly encoded');
	return listParticipantConversations(account, request, `participant:${id}`, (participant) => participant.id === id, ['visibility']);
}

function listByIdentifier(account: BirdAccount, request: SandboxRequest, rawKey: string, rawValue: string): SandboxResponse {
	const key = decoded(rawKey);
	const value = decoded(rawValue);
	if (key === undefined || value === undefined) return birdError(400, 'InvalidParameter', 'The identifier in the path is not correctly encoded');
	const isContact = (participant: StoredParticipant) => participant.contact?.identifierKey === key && participant.contact.identifierValue === value;
	return listParticipantConversations(account, request, `identifier:${key}:${value}`, isContact, []);
}

/** "List conversation messages": newest first (a client's observation, neeroai/api-neero docs/bird), `dateFrom`. */
function listMessages(conversation: StoredConversation, request: SandboxRequest): SandboxResponse {
	const refused = unknownQuery(request, ['limit', 'pageToken', 'reverse', 'dateFrom']);
	if (refused) return refused;
	const dateFrom = request.query.get('dateFrom');
	if (dateFrom !== null && (!RFC3339.test(dateFrom) || Number.isNaN(Date.parse(dateFrom)))) {
		return birdError(400, 'InvalidParameter', 'dateFrom must be an RFC3339 date-time');
	}
	const after = dateFrom === null ? -Infinity : Date.parse(dateFrom);
	const messages = conversation.messages.filter((message) => Date.parse(message.createdAt as string) > after).reverse();
	return page(request, structuredClone(messages), `messages:${conversation.id}:${dateFrom ?? ''}`);
}

// ------------------------------------------------------------------------------------------------- sending

/**
 * The sender of a message (`participantType` and `participantId`): a participant of the conversation, or added when
 * `addMissingParticipants` is true; otherwise Bird answers with an error, here 422 (the page names no code).
 */
function readSender(account: BirdAccount, conversation: StoredConversation, body: Json, details: Details): StoredParticipant | undefined {
	if (typeof body.participantType !== 'string' || !SENDER_TYPES.has(body.participantType)) {
		return void add(details, '.participantType', `Must be one of ${[...SENDER_TYPES].join(', ')}`);
	}
	const candidate = participantById(account, body.participantType, body.participantId, 'active', '.participantId', details);
	if (!candidate) return undefined;
	const known = conversation.participants.find((participant) => sameParticipant(participant, candidate));
	if (known) return known;
	if (body.addMissingParticipants !== true) {
		return void add(details, '.participantId', 'The participant is not part of the conversation; add it first or set addMissingParticipants to true');
	}
	return candidate;
}

function checkMessageOptions(conversation: StoredConversation, body: Json, details: Details): void {
	checkString(body.reference, '.reference', details);
	for (const flag of ['draft', 'addMissingParticipants']) if (body[flag] !== undefined && typeof body[flag] !== 'boolean') add(details, `.${flag}`, 'Must be a boolean');
	if (body.replyToMessageId !== undefined && !conversation.messages.some((message) => message.id === body.replyToMessageId)) {
		add(details, '.replyToMessageId', 'No message with this ID in the conversation');
	}
}

/**
 * A message's `reference` "must be globally unique within a workspace" ("Update conversation message"); "Create
 * conversation message" answers 409 "The resource already exists".
 */
function referenceTaken(account: BirdAccount, reference: unknown): boolean {
	if (typeof reference !== 'string' || reference === '') return false;
	return [...conversationsOf(account).values()].some((conversation) => conversation.messages.some((message) => message.reference === reference));
}

export function sendConversationMessage(account: BirdAccount, conversation: StoredConversation, body: Json, base: string): SandboxResponse {
	// "Attempting to send messages in a closed conversation results in an error": 409, the page's conflict answer.
	if (conversation.status !== 'active') return birdError(409, 'Conflict', 'The conversation is closed; messages cannot be sent in it');
	const channel = conversation.channelId ? findChannel(conversation.channelId) : undefined;
	if (!channel) return birdError(409, 'Conflict', 'The conversation has no channel to send through');
	const details: Details = {};
	unknownKeys(body, MESSAGE_FIELDS, '', details);
	checkContent(account, channel, body, '', details, base);
	checkMessageOptions(conversation, body, details);
	const sender = readSender(account, conversation, body, details);
	const recipients = recipientsOf(body, conversation.participants, channel, '', details);
	if (Object.keys(details).length > 0 || !sender) return malformed(details);
	if (referenceTaken(account, body.reference)) return birdError(409, 'Conflict', 'A message with this reference already exists');
	if (!conversation.participants.includes(sender)) conversation.participants.push(sender);
	return jsonResponse(201, storeMessage(account, conversation, sender, body, recipients));
}

export function addParticipant(account: BirdAccount, conversation: StoredConversation, body: Json): SandboxResponse {
	const details: Details = {};
	const participant = readNewParticipant(account, body, details);
	if (Object.keys(details).length > 0 || !participant) return malformed(details);
	const known = conversation.participants.find((candidate) => sameParticipant(candidate, participant));
	// "Add a participant to the conversation if it hasn't already been added": 200 when it was, 201 when added.
	if (known) return jsonResponse(200, participantJson(known));
	const added = saved(account, participant);
	conversation.participants.push(added);
	conversation.updatedAt = new Date().toISOString();
	return jsonResponse(201, participantJson(added));
}

export function deleteParticipant(conversation: StoredConversation, rawParticipantId: string): SandboxResponse {
	const id = decoded(rawParticipantId);
	const index = conversation.participants.findIndex((participant) => participant.id === id);
	if (index < 0) return birdError(404, 'NotFound', 'Participant not found');
	conversation.participants.splice(index, 1);
	conversation.updatedAt = new Date().toISOString();
	return emptyResponse(204);
}

/** Paths below `/workspaces/{workspaceId}` (index.ts spreads them first). */
export const conversationRoutes: Route[] = [
	{ method: 'POST', path: '/conversations', handle: ({ account, body, base }) => createConversation(account, body, base) },
	{ method: 'GET', path: '/conversations', handle: ({ account, request }) => listConversations(account, request) },
	{ method: 'GET', path: '/conversations/{conversationId}', handle: ({ account, params }) => withConversation(account, params.conversationId, (conversation) => jsonResponse(200, conversationJson(conversation))) },
	{ method: 'PATCH', path: '/conversations/{conversationId}', handle: ({ account, params, body }) => withConversation(account, params.conversationId, (conversation) => updateConversation(conversation, body)) },
	{ method: 'GET', path: '/conversations/{conversationId}/messages', handle: ({ account, params, request }) => withConversation(account, params.conversationId, (conversation) => listMessages(conversation, request)) },
	{
		method: 'POST',
		path: '/conversations/{conversationId}/messages',
		handle: ({ account, params, body, base }) => withConversation(account, params.conversationId, (conversation) => sendConversationMessage(account, conversation, body, base)),
	},
	{ method: 'POST', path: '/conversations/{conversationId}/participants', handle: ({ account, params, body }) => withConversation(account, params.conversationId, (conversation) => addParticipant(account, conversation, body)) },
	{
		method: 'DELETE',
		path: '/conversations/{conversationId}/participants/{participantId}',
		handle: ({ account, params }) => withConversation(account, params.conversationId, (conversation) => deleteParticipant(conversation, params.participantId)),
	},
	{ method: 'GET', path: '/participants/{participantId}/conversations', handle: ({ account, params, request }) => listByParticipantId(account, request, params.participantId) },
	{ method: 'GET', path: '/participants/{identifierKey}/{identifierValue}/conversations', handle: ({ account, params, request }) => listByIdentifier(account, request, params.identifierKey, params.identifierValue) },
];

/** Something that answers a sandbox request synchronously: the Bird module (`BirdProvider.handle`). */
interface Handler {
	handle(request: SandboxRequest): SandboxResponse;
}

/**
 * A request to the Bird module's own routes with the sandbox's access key, answered at once and not logged (it does
 * not go through the sandbox's server): how tests and the catalogue make fixtures through the documented checks.
 */
export function callBird(bird: Handler, method: string, path: string, body?: Json): { status: number; body: Json } {
	const text = body === undefined ? '' : JSON.stringify(body);
	const [pathOnly, query = ''] = path.split('?');
	const response = bird.handle({
		method,
		path: `/workspaces/${BIRD_WORKSPACE_ID}${pathOnly}`,
		query: new URLSearchParams(query),
		headers: { authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'content-type': 'application/json' },
		body: Buffer.from(text),
		text,
	});
	const answer = response.body ? (JSON.parse(response.body.toString()) as Json) : {};
	return { status: response.status, body: answer };
}

/** A conversation made as "Create conversation" makes it; throws when the emulator refuses the body. */
export function seedConversation(bird: Handler, body: Json): Json {
	const { status, body: answer } = callBird(bird, 'POST', '/conversations', body);
	if (status !== 201) throw new Error(`The sandbox refused the conversation fixture (${status}): ${JSON.stringify(answer)}`);
	return answer;
}
