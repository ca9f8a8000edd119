/**
 * The Messages resource of a channel, from docs.bird.com "Messaging" (Channels API reference, with the `CreateMessage`
 * schema: additionalProperties false, `receiver` required, `body` xor `template`), "Sending WhatsApp messages" (the
 * `replyTo` object), "Message interactions" (`GET …/messages/{messageId}/interactions`, the
 * `ChannelMessageInteraction` schema and its `type` enum) and "Pagination":
 * - send (`POST /channels/{channelId}/messages`) and batch (`POST /channels/{channelId}/batch/messages`);
 * - get, and the lists of a channel (`GET /channels/{channelId}/messages`) and of the workspace
 *   (`GET /channels/messages`) with the filters `direction`, `status`, `startAt` and `endAt` (api-evangelist's
 *   bird-com "Bird Channels Messaging API", `listChannelMessages`; Bird's own page names the endpoints only);
 * - the interactions of a message.
 *
 * Where the pages are silent the emulator chooses, and the node must not rely on more: the workspace list filters by
 * `channelId` (a UUID; the name is the emulator's); `startAt` is inclusive and `endAt` exclusive, both on `createdAt`,
 * and `startAt` after `endAt` is refused; unknown query parameters are refused (as channels.ts does), so that a
 * misnamed filter cannot pass unnoticed; a `replyTo` of type `message` must name a message of the workspace; the
 * interactions list pages like every other list ("Pagination"), although its page documents no parameters.
 */
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount, StoredBatch } from './account';
import { add, birdError, isObject, malformed, type Details, type Json } from './answers';
import { channelNotFound, decodedParam, findChannel, invalidQuery } from './channels';
import {
	BIRD_WORKSPACE_ID,
	BODY_TYPES,
	CONTACT_FIELDS,
	E164,
	EMAIL,
	MAX_BATCH_REQUESTS,
	MAX_SCHEDULE_MS,
	MESSAGE_FIELDS,
	PARAMETER_TYPES,
	RFC3339,
	TAG,
	TEMPLATE_FIELDS,
	type BirdChannel,
} from './fixtures';
import { page } from './paging';

// Deliberate copies of the documented values (see the header), not imports from the node.
/** `status` of a `Message`. */
export const MESSAGE_STATUSES = new Set(['accepted', 'rejected', 'processing', 'scheduled', 'sent', 'sending_failed', 'delivered', 'delivery_failed', 'deleted', 'skipped']);
const DIRECTIONS = new Set(['incoming', 'outgoing']);
/** `replyTo.type`. */
const REPLY_TO_TYPES = new Set(['message', 'click', 'referrals']);
/** `type` of a `ChannelMessageInteraction` ("Message interactions"). */
export const INTERACTION_TYPES = new Set([
	'clicked',
	'delete-request',
	'invalid',
	'opened',
	'read',
	'reported-as-spam',
	'unsubscribe-request',
	'reaction',
	'conversion',
	'subscribe-request',
	'subscribe-consent',
]);
/** `template.utmParameters`: 1 to 8 of `{key, value}` or `{key, reference}`. */
const MAX_UTM_PARAMETERS = 8;
const UTM_REFERENCES = new Set(['platform_name', 'channel_name']);
const TEMPLATE_ATTACHMENT_FIELDS = new Set(['mediaUrl', 'filename', 'inline']);
/** `shortLinks.domain` is at most 128 characters. */
const MAX_SHORT_LINKS_DOMAIN = 128;
const FLAGS = ['capFrequency', 'enableLinkTracking', 'ignoreQuietHours', 'ignoreGlobalHoldout'];
const LIST_PARAMETERS = new Set(['limit', 'pageToken', 'reverse', 'direction', 'status', 'startAt', 'endAt']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where an uploaded media URL is checked against what was uploaded. */
interface MediaContext {
	account: BirdAccount;
	base: string;
}

const onlyKeys = (details: Details, value: Json, allowed: ReadonlySet<string>, path: string) => {
	for (const key of Object.keys(value)) if (!allowed.has(key)) add(details, `${path}.${key}`, `Unknown property '${key}'`);
};

/** `notification`: an object with only `url`, an absolute http(s) URL. */
function checkNotification(details: Details, notification: unknown): void {
	if (notification === undefined || notification === null) return;
	if (!isObject(notification)) return add(details, '.notification', 'Must be an object');
	onlyKeys(details, notification, new Set(['url']), '.notification');
	let url: URL | undefined;
	try {
		url = typeof notification.url === 'string' ? new URL(notification.url) : undefined;
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) add(details, '.notification.url', 'Must be an absolute http(s) URL');
}

/** `sender`: `{connector: {identifierValue, annotations: {name}}}` (the e-mail sender's user name and display name). */
function checkSender(details: Details, sender: unknown): void {
	if (sender === undefined) return;
	if (!isObject(sender)) return add(details, '.sender', 'Must be an object');
	onlyKeys(details, sender, new Set(['connector']), '.sender');
	const connector = sender.connector;
	if (!isObject(connector)) return add(details, '.sender.connector', "Property 'connector' is missing");
	onlyKeys(details, connector, new Set(['identifierValue', 'annotations']), '.sender.connector');
	if (connector.identifierValue !== undefined && (typeof connector.identifierValue !== 'string' || connector.identifierValue === '')) {
		add(details, '.sender.connector.identifierValue', 'Must be a non-empty string');
	}
	const annotations = connector.annotations;
	if (annotations === undefined) return;
	if (!isObject(annotations)) return add(details, '.sender.connector.annotations', 'Must be an object');
	onlyKeys(details, annotations, new Set(['name']), '.sender.connector.annotations');
	if (typeof annotations.name !== 'string' || annotations.name === '') add(details, '.sender.connector.annotations.name', 'Must be a non-empty string');
}

/** `replyTo`: `{id, type, order}`; "replyTo.id should be set to the id of a received message" for type `message`. */
function checkReplyTo(account: BirdAccount, details: Details, replyTo: unknown): void {
	if (replyTo === undefined || replyTo === null) return;
	if (!isObject(replyTo)) return add(details, '.replyTo', 'Must be an object');
	onlyKeys(details, replyTo, new Set(['id', 'type', 'order']), '.replyTo');
	if (typeof replyTo.id !== 'string' || replyTo.id === '') add(details, '.replyTo.id', "Property 'id' is missing");
	if (typeof replyTo.type !== 'string' || !REPLY_TO_TYPES.has(replyTo.type)) add(details, '.replyTo.type', `Must be one of ${[...REPLY_TO_TYPES].join(', ')}`);
	if (replyTo.order !== undefined && (!Number.isInteger(replyTo.order) || (replyTo.order as number) < 0)) add(details, '.replyTo.order', 'Must be an integer of at least 0');
	if (replyTo.type === 'message' && typeof replyTo.id === 'string' && !account.messages.has(replyTo.id)) add(details, '.replyTo.id', 'Message not found');
}

/** `meta` is an object, `meta.extraInformation` too; `capFrequency` needs `.meta.extraInformation.useCase` `marketing`. */
function checkMeta(details: Details, message: Json): void {
	const meta = message.meta;
	if (meta !== undefined && !isObject(meta)) add(details, '.meta', 'Must be an object');
	const extra = isObject(meta) ? meta.extraInformation : undefined;
	if (extra !== undefined && !isObject(extra)) add(details, '.meta.extraInformation', 'Must be an object');
	if (message.capFrequency === true && (!isObject(extra) || extra.useCase !== 'marketing')) {
		add(details, '.capFrequency', 'Can only be set to true if .meta.extraInformation.useCase is marketing');
	}
}

/** One receiver contact: by `id` (a contact of the workspace) or by identifier, fitting the channel's platform. */
function checkContact(account: BirdAccount, channel: BirdChannel, details: Details, contact: unknown, path: string): void {
	const isEmailChannel = channel.platformId.startsWith('email');
	if (!isObject(contact)) return add(details, path, 'Must be an object');
	onlyKeys(details, contact, CONTACT_FIELDS, path);
	if (contact.type !== undefined && !['to', 'cc', 'bcc'].includes(contact.type as string)) add(details, `${path}.type`, 'Must be one of to, cc, bcc');
	if ((contact.type === 'cc' || contact.type === 'bcc') && !isEmailChannel) add(details, `${path}.type`, 'cc and bcc are only supported on email channels');
	if (contact.id !== undefined) {
		const known = typeof contact.id === 'string' ? account.contacts.get(contact.id) : undefined;
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
}

/** `receiver.contacts`: at least one; several only on e-mail channels ("Multiple recipient messages are only possible through the Email platform"). */
function checkReceiver(account: BirdAccount, channel: BirdChannel, details: Details, receiver: unknown): void {
	if (!isObject(receiver)) return add(details, '.receiver', "Property 'receiver' is missing");
	const contacts = receiver.contacts;
	if (!Array.isArray(contacts) || contacts.length === 0) return add(details, '.receiver.contacts', 'At least one contact is required');
	if (contacts.length > 1 && !channel.platformId.startsWith('email')) add(details, '.receiver.contacts', 'Multiple receivers are only supported on email channels');
	contacts.forEach((contact: unknown, index) => checkContact(account, channel, details, contact, `.receiver.contacts[${index}]`));
}

function checkTags(details: Details, tags: unknown): void {
	if (tags === undefined) return;
	if (!Array.isArray(tags)) return add(details, '.tags', 'Must be an array');
	if (tags.length > 10) add(details, '.tags', 'At most 10 tags are allowed');
	tags.forEach((tag: unknown, index) => {
		if (typeof tag !== 'string' || !TAG.test(tag)) add(details, `.tags[${index}]`, 'Must match ^[a-zA-Z0-9-_ ]+$ and be 1 to 50 characters');
	});
}

/** `scheduledFor` (RFC 3339, at most 35 days ahead), `validity` (whole seconds, at least 0), `shortLinks`, `reference`, the switches. */
function checkSending(details: Details, message: Json): void {
	if (message.scheduledFor !== undefined) {
		const value = message.scheduledFor;
		if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) add(details, '.scheduledFor', 'Must be an RFC3339 timestamp');
		else if (Date.parse(value) - Date.now() > MAX_SCHEDULE_MS) add(details, '.scheduledFor', 'Messages cannot be scheduled more than 35 days ahead');
	}
	if (message.validity !== undefined && (!Number.isInteger(message.validity) || (message.validity as number) < 0)) add(details, '.validity', 'Must be an integer of at least 0');
	const shortLinks = message.shortLinks;
	if (shortLinks !== undefined && shortLinks !== null) {
		if (!isObject(shortLinks) || typeof shortLinks.domain !== 'string' || shortLinks.domain.length === 0 || shortLinks.domain.length > MAX_SHORT_LINKS_DOMAIN) {
			add(details, '.shortLinks.domain', "Property 'domain' is required (at most 128 characters)");
		} else if (Object.keys(shortLinks).some((key) => key !== 'domain')) add(details, '.shortLinks', 'Only domain is allowed');
	}
	if (message.reference !== undefined && typeof message.reference !== 'string') add(details, '.reference', 'Must be a string');
	for (const flag of FLAGS) if (message[flag] !== undefined && typeof message[flag] !== 'boolean') add(details, `.${flag}`, 'Must be a boolean');
}

/** Checks a `CreateMessage` against the channel; details keyed like Bird's (`.receiver.contacts[0].identifierValue`). */
export function validateMessage(account: BirdAccount, channel: BirdChannel, message: Json, base: string): Details {
	const details: Details = {};
	onlyKeys(details, message, MESSAGE_FIELDS, '');
	checkReceiver(account, channel, details, message.receiver);
	const hasBody = message.body !== undefined && message.body !== null;
	const hasTemplate = message.template !== undefined && message.template !== null;
	if (hasBody && hasTemplate) add(details, '.', "Only one of 'body' or 'template' may be set");
	if (!hasBody && !hasTemplate) add(details, '.', "One of 'body' or 'template' is required");
	if (hasBody) validateBody(account, channel, message.body, details, base);
	if (hasTemplate) validateTemplate(message.template, details, { account, base });
	checkSender(details, message.sender);
	checkReplyTo(account, details, message.replyTo);
	checkMeta(details, message);
	checkNotification(details, message.notification);
	checkTags(details, message.tags);
	checkSending(details, message);
	return details;
}

export function checkMediaUrl(account: BirdAccount, value: unknown, path: string, details: Details, base: string): void {
	if (typeof value !== 'string' || !/^https?:\/\//.test(value)) return add(details, path, 'Must be an http(s) URL');
	const ours = `${base}/media/${BIRD_WORKSPACE_ID}/`;
	if (value.startsWith(ours) && !account.media.has(value.slice(ours.length))) add(details, path, 'No media was uploaded at this URL');
}

function checkHtmlAttachments(account: BirdAccount, attachments: unknown, details: Details, base: string): void {
	if (attachments === undefined) return;
	if (!Array.isArray(attachments)) return add(details, '.body.html.attachments', 'Must be an array');
	attachments.forEach((attachment: unknown, index) => {
		const path = `.body.html.attachments[${index}]`;
		if (!isObject(attachment)) return add(details, path, 'Must be an object');
		if (attachment.content === undefined) checkMediaUrl(account, attachment.mediaUrl, `${path}.mediaUrl`, details, base);
		if (typeof attachment.filename !== 'string' || attachment.filename === '') add(details, `${path}.filename`, "Property 'filename' is missing");
	});
}

export function validateBody(account: BirdAccount, channel: BirdChannel, body: unknown, details: Details, base: string): void {
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
			checkHtmlAttachments(account, content.attachments, details, base);
			break;
		case 'image':
			if (!Array.isArray(content.images) || content.images.length === 0) add(details, '.body.image.images', 'At least one image is required');
			else content.images.forEach((image: unknown, index) => checkMediaUrl(account, isObject(image) ? image.mediaUrl : undefined, `.body.image.images[${index}].mediaUrl`, details, base));
			break;
		case 'file':
			if (!Array.isArray(content.files) || content.files.length === 0) add(details, '.body.file.files', 'At least one file is required');
			else
				content.files.forEach((file: unknown, index) => {
					const path = `.body.file.files[${index}]`;
					checkMediaUrl(account, isObject(file) ? file.mediaUrl : undefined, `${path}.mediaUrl`, details, base);
					if (!isObject(file) || typeof file.contentType !== 'string' || file.contentType === '') add(details, `${path}.contentType`, "Property 'contentType' is missing");
				});
			break;
	}
}

function checkParameters(parameters: unknown, details: Details): void {
	if (parameters === undefined) return;
	if (!Array.isArray(parameters)) return add(details, '.template.parameters', 'Must be an array');
	parameters.forEach((parameter: unknown, index) => {
		const path = `.template.parameters[${index}]`;
		if (!isObject(parameter)) return add(details, path, 'Must be an object');
		if (typeof parameter.type !== 'string' || !PARAMETER_TYPES.has(parameter.type)) return add(details, `${path}.type`, 'Unknown parameter type');
		if (typeof parameter.key !== 'string' || parameter.key === '') add(details, `${path}.key`, "Property 'key' is missing");
		const expected = { string: 'string', number: 'number', boolean: 'boolean' }[parameter.type as 'string'];
		if (expected && typeof parameter.value !== expected) add(details, `${path}.value`, `Must be a ${expected}`);
		if (parameter.type === 'object' && !isObject(parameter.value)) add(details, `${path}.value`, 'Must be an object');
	});
}

/** `template.variables`: an object of strings (`{"default": "…", "<any>": "…"}`). */
function checkVariables(variables: unknown, details: Details): void {
	if (variables === undefined) return;
	if (!isObject(variables)) return add(details, '.template.variables', 'Must be an object');
	for (const [key, value] of Object.entries(variables)) if (typeof value !== 'string') add(details, `.template.variables.${key}`, 'Must be a string');
}

/** `template.attachments`: `[{mediaUrl, filename, inline}]`, the media by URL. */
function checkTemplateAttachments(attachments: unknown, details: Details, media?: MediaContext): void {
	if (attachments === undefined) return;
	if (!Array.isArray(attachments)) return add(details, '.template.attachments', 'Must be an array');
	attachments.forEach((attachment: unknown, index) => {
		const path = `.template.attachments[${index}]`;
		if (!isObject(attachment)) return add(details, path, 'Must be an object');
		onlyKeys(details, attachment, TEMPLATE_ATTACHMENT_FIELDS, path);
		if (media) checkMediaUrl(media.account, attachment.mediaUrl, `${path}.mediaUrl`, details, media.base);
		else if (typeof attachment.mediaUrl !== 'string' || !/^https?:\/\//.test(attachment.mediaUrl)) add(details, `${path}.mediaUrl`, 'Must be an http(s) URL');
		if (typeof attachment.filename !== 'string' || attachment.filename === '') add(details, `${path}.filename`, "Property 'filename' is missing");
		if (attachment.inline !== undefined && typeof attachment.inline !== 'boolean') add(details, `${path}.inline`, 'Must be a boolean');
	});
}

/** `template.shortLinks`: `{enabled, domain}` (a domain of at most 128 characters). */
function checkTemplateShortLinks(shortLinks: unknown, details: Details): void {
	if (shortLinks === undefined || shortLinks === null) return;
	if (!isObject(shortLinks)) return add(details, '.template.shortLinks', 'Must be an object');
	onlyKeys(details, shortLinks, new Set(['enabled', 'domain']), '.template.shortLinks');
	if (shortLinks.enabled !== undefined && typeof shortLinks.enabled !== 'boolean') add(details, '.template.shortLinks.enabled', 'Must be a boolean');
	if (shortLinks.domain !== undefined && (typeof shortLinks.domain !== 'string' || shortLinks.domain === '' || shortLinks.domain.length > MAX_SHORT_LINKS_DOMAIN)) {
		add(details, '.template.shortLinks.domain', 'Must be 1 to 128 characters');
	}
}

/** `template.utmParameters`: 1 to 8 entries, each `{key, value}` or `{key, reference}` (`platform_name`, `channel_name`). */
function checkUtmParameters(parameters: unknown, details: Details): void {
	if (parameters === undefined) return;
	if (!Array.isArray(parameters) || parameters.length === 0 || parameters.length > MAX_UTM_PARAMETERS) {
		return add(details, '.template.utmParameters', `Must be an array of 1 to ${MAX_UTM_PARAMETERS} parameters`);
	}
	parameters.forEach((parameter: unknown, index) => {
		const path = `.template.utmParameters[${index}]`;
		if (!isObject(parameter)) return add(details, path, 'Must be an object');
		if (typeof parameter.key !== 'string' || parameter.key === '') add(details, `${path}.key`, "Property 'key' is missing");
		const byValue = parameter.value !== undefined;
		onlyKeys(details, parameter, new Set(['key', byValue ? 'value' : 'reference']), path);
		if (byValue && typeof parameter.value !== 'string') add(details, `${path}.value`, 'Must be a string');
		if (!byValue && (typeof parameter.reference !== 'string' || !UTM_REFERENCES.has(parameter.reference))) {
			add(details, `${path}.reference`, `Must be one of ${[...UTM_REFERENCES].join(', ')}`);
		}
	});
}

/** The `Template` object (additionalProperties false); `media` checks attachment URLs against the uploaded media. */
export function validateTemplate(template: unknown, details: Details, media?: MediaContext): void {
	if (!isObject(template)) return add(details, '.template', 'Must be an object');
	onlyKeys(details, template, TEMPLATE_FIELDS, '.template');
	for (const key of ['projectId', 'version', 'locale']) {
		if (typeof template[key] !== 'string' || template[key] === '') add(details, `.template.${key}`, `Property '${key}' is missing`);
	}
	checkParameters(template.parameters, details);
	checkVariables(template.variables, details);
	checkTemplateAttachments(template.attachments, details, media);
	checkTemplateShortLinks(template.shortLinks, details);
	checkUtmParameters(template.utmParameters, details);
	if (template.settings !== undefined && !isObject(template.settings)) add(details, '.template.settings', 'Must be an object');
}

export function sendMessage(account: BirdAccount, channel: BirdChannel, body: Json, base: string): SandboxResponse {
	const details = validateMessage(account, channel, body, base);
	if (Object.keys(details).length > 0) return malformed(details);
	return jsonResponse(202, account.store(channel, body));
}

/** Checks the envelope at once; the messages are then validated one by one, as Bird does asynchronously. */
export function sendBatch(account: BirdAccount, channel: BirdChannel, body: Json, base: string): SandboxResponse {
	const details: Details = {};
	onlyKeys(details, body, new Set(['messageRequests']), '');
	const requests = body.messageRequests;
	if (!Array.isArray(requests) || requests.length === 0) add(details, '.messageRequests', 'At least one message request is required');
	else if (requests.length > MAX_BATCH_REQUESTS) add(details, '.messageRequests', 'At most 100 message requests are allowed');
	else requests.forEach((request: unknown, index) => !isObject(request) && add(details, `.messageRequests[${index}]`, 'Must be an object'));
	if (Object.keys(details).length > 0) return malformed(details);
	const batch: StoredBatch = { id: account.nextId('b'), channelId: channel.id, messageIds: [] };
	for (const request of requests as Json[]) {
		const problems = validateMessage(account, channel, request, base);
		const rejected = Object.keys(problems).length > 0;
		const stored = account.store(channel, request, rejected ? 'rejected' : undefined, rejected ? JSON.stringify(problems) : undefined);
		batch.messageIds.push(stored.id as string);
	}
	account.batches.push(batch);
	return jsonResponse(202, { id: batch.id });
}

/** A `startAt`/`endAt` value: RFC 3339 date-time, or the detail why not. */
function timeFilter(request: SandboxRequest, name: string, details: Details): number | undefined {
	const value = request.query.get(name);
	if (value === null) return undefined;
	if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
		details[name] = [`'${value}' is not an RFC3339 date-time`];
		return undefined;
	}
	return Date.parse(value);
}

function enumFilter(request: SandboxRequest, name: string, allowed: ReadonlySet<string>, details: Details): string | undefined {
	const values = request.query.getAll(name);
	if (values.length > 1) details[name] = ['Only one value may be given'];
	else if (values.length === 1 && !allowed.has(values[0])) details[name] = [`'${values[0]}' is not one of ${[...allowed].join(', ')}`];
	return values.length === 1 ? values[0] : undefined;
}

/** The filters of a message list as one predicate, or the 422 that refuses them. */
function messageFilter(request: SandboxRequest, workspace: boolean): { accepts?: (message: Json) => boolean; refused?: SandboxResponse } {
	const details: Details = {};
	for (const name of new Set(request.query.keys())) {
		if (!LIST_PARAMETERS.has(name) && !(workspace && name === 'channelId')) details[name] = [`Unknown query parameter '${name}'`];
	}
	const direction = enumFilter(request, 'direction', DIRECTIONS, details);
	const status = enumFilter(request, 'status', MESSAGE_STATUSES, details);
	const startAt = timeFilter(request, 'startAt', details);
	const endAt = timeFilter(request, 'endAt', details);
	if (startAt !== undefined && endAt !== undefined && startAt > endAt) details.endAt = ['Must not be before startAt'];
	const channelId = workspace ? request.query.get('channelId') : null;
	if (channelId !== null && !UUID.test(channelId)) details.channelId = [`'${channelId}' is not a UUID`];
	if (Object.keys(details).length > 0) return { refused: invalidQuery(details) };
	return {
		accepts: (message) => {
			const created = Date.parse(message.createdAt as string);
			return (
				(direction === undefined || message.direction === direction) &&
				(status === undefined || message.status === status) &&
				(startAt === undefined || created >= startAt) &&
				(endAt === undefined || created < endAt) &&
				(channelId === null || message.channelId === channelId)
			);
		},
	};
}

export function listMessages(account: BirdAccount, request: SandboxRequest, channelId?: string): SandboxResponse {
	const channel = channelId === undefined ? undefined : findChannel(channelId);
	if (channelId !== undefined && !channel) return channelNotFound();
	const filter = messageFilter(request, channel === undefined);
	if (filter.refused) return filter.refused;
	const list = [...account.messages.values()].filter((message) => (!channel || message.channelId === channel.id) && filter.accepts!(message));
	return page(request, list, channel ? `messages-${channel.id}` : 'workspace-messages');
}

/** The message of a `/channels/{channelId}/messages/{messageId}…` route: 404 for an unknown channel or message. */
function withMessage(account: BirdAccount, channelId: string, messageId: string, handle: (message: Json) => SandboxResponse): SandboxResponse {
	const channel = findChannel(channelId);
	if (!channel) return channelNotFound();
	const message = account.messages.get(decodedParam(messageId));
	if (!message || message.channelId !== channel.id) return birdError(404, 'NotFound', 'Message not found');
	return handle(message);
}

export function getMessage(account: BirdAccount, channelId: string, messageId: string): SandboxResponse {
	return withMessage(account, channelId, messageId, (message) => jsonResponse(200, message));
}

/** The interactions of each message, in the order they happened. */
function interactionsOf(account: BirdAccount): Map<string, Json[]> {
	return account.state('interactions', () => new Map<string, Json[]>());
}

/** `GET /channels/{channelId}/messages/{messageId}/interactions`: `{results: [ChannelMessageInteraction]}`, paged. */
export function listInteractions(account: BirdAccount, request: SandboxRequest, channelId: string, messageId: string): SandboxResponse {
	return withMessage(account, channelId, messageId, (message) => {
		const unknown = [...new Set(request.query.keys())].filter((name) => !['limit', 'pageToken', 'reverse'].includes(name));
		if (unknown.length > 0) return invalidQuery(Object.fromEntries(unknown.map((name) => [name, [`Unknown query parameter '${name}'`]])));
		return page(request, interactionsOf(account).get(message.id as string) ?? [], `interactions-${String(message.id)}`);
	});
}

/** What happened to a message, as Bird records it: a click names the link, a reaction its emoji. */
function interactionJson(account: BirdAccount, message: Json, type: string, at: string): Json {
	const channel = findChannel(message.channelId as string)!;
	const metadata: Json = type === 'clicked' ? { link: { name: 'Track your order', url: 'https://example.com/orders/1' } } : type === 'reaction' ? { reaction: { emoji: '👍', action: 'react' } } : {};
	return {
		id: account.nextId('interaction'),
		messageId: message.id,
		channelId: message.channelId,
		platformId: channel.platformId,
		type,
		...(message.reference !== undefined ? { messageReference: message.reference } : {}),
		messagePartsCount: 1,
		messageTags: Array.isArray(message.tags) ? [...(message.tags as string[])] : [],
		receiver: structuredClone(message.receiver),
		createdAt: at,
		details: type,
		metadata,
	};
}

/** Seeds interactions of a stored message, one per type, a minute apart; throws on an undocumented type. */
export function seedInteractions(account: BirdAccount, messageId: string, types: string[]): Json[] {
	const message = account.messages.get(messageId);
	if (!message) throw new Error(`No message ${messageId} to seed interactions for`);
	const unknown = types.find((type) => !INTERACTION_TYPES.has(type));
	if (unknown !== undefined) throw new Error(`'${unknown}' is not a documented interaction type`);
	const start = Date.parse(message.createdAt as string);
	const list = interactionsOf(account);
	const added = types.map((type, index) => interactionJson(account, message, type, new Date(start + (index + 1) * 60_000).toISOString()));
	list.set(messageId, [...(list.get(messageId) ?? []), ...added]);
	return structuredClone(added);
}
