/**
 * The Messages resource of a channel: send (`POST /channels/{channelId}/messages`), batch
 * (`POST /channels/{channelId}/batch/messages`), get and list, with the `CreateMessage` checks of Bird's
 * "Messaging: Sending messages" page.
 */
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { BirdAccount, StoredBatch } from './account';
import { add, birdError, isObject, malformed, type Details, type Json } from './answers';
import { channelNotFound, findChannel } from './channels';
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

/** `notification`: an object with only `url`, an absolute http(s) URL (the `CreateMessage` schema). */
function checkNotification(details: Details, notification: unknown): void {
	if (notification === undefined || notification === null) return;
	if (!isObject(notification)) return add(details, '.notification', 'Must be an object');
	for (const key of Object.keys(notification)) if (key !== 'url') add(details, `.notification.${key}`, `Unknown property '${key}'`);
	let url: URL | undefined;
	try {
		url = typeof notification.url === 'string' ? new URL(notification.url) : undefined;
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) add(details, '.notification.url', 'Must be an absolute http(s) URL');
}

/** Checks a `CreateMessage` against the channel, its `notification` included. */
export function validateMessage(account: BirdAccount, channel: BirdChannel, message: Json, base: string): Details {
	const details = validateMessageFields(account, channel, message, base);
	checkNotification(details, message.notification);
	return details;
}

/** Checks a `CreateMessage` against the channel; details keyed like Bird's (`.receiver.contacts[0].identifierValue`). */
function validateMessageFields(account: BirdAccount, channel: BirdChannel, message: Json, base: string): Details {
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
		});
	}

	const hasBody = message.body !== undefined && message.body !== null;
	const hasTemplate = message.template !== undefined && message.template !== null;
	if (hasBody && hasTemplate) add(details, '.', "Only one of 'body' or 'template' may be set");
	if (!hasBody && !hasTemplate) add(details, '.', "One of 'body' or 'template' is required");
	if (hasBody) validateBody(account, channel, message.body, details, base);
	if (hasTemplate) validateTemplate(message.template, details);

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

export function checkMediaUrl(account: BirdAccount, value: unknown, path: string, details: Details, base: string): void {
	if (typeof value !== 'string' || !/^https?:\/\//.test(value)) return add(details, path, 'Must be an http(s) URL');
	const ours = `${base}/media/${BIRD_WORKSPACE_ID}/`;
	if (value.startsWith(ours) && !account.media.has(value.slice(ours.length))) add(details, path, 'No media was uploaded at this URL');
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
			if (content.attachments !== undefined) {
				if (!Array.isArray(content.attachments)) add(details, '.body.html.attachments', 'Must be an array');
				else
					content.attachments.forEach((attachment: unknown, index) => {
						const path = `.body.html.attachments[${index}]`;
						if (!isObject(attachment)) return add(details, path, 'Must be an object');
						if (attachment.content === undefined) checkMediaUrl(account, attachment.mediaUrl, `${path}.mediaUrl`, details, base);
						if (typeof attachment.filename !== 'string' || attachment.filename === '') add(details, `${path}.filename`, "Property 'filename' is missing");
					});
			}
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

export function validateTemplate(template: unknown, details: Details): void {
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

export function sendMessage(account: BirdAccount, channel: BirdChannel, body: Json, base: string): SandboxResponse {
	const details = validateMessage(account, channel, body, base);
	if (Object.keys(details).length > 0) return malformed(details);
	return jsonResponse(202, account.store(channel, body));
}

/** Checks the envelope at once; the messages are then validated one by one, as Bird does asynchronously. */
export function sendBatch(account: BirdAccount, channel: BirdChannel, body: Json, base: string): SandboxResponse {
	const details: Details = {};
	for (const key of Object.keys(body)) if (key !== 'messageRequests') add(details, `.${key}`, `Unknown property '${key}'`);
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

export function listMessages(account: BirdAccount, request: SandboxRequest, channelId?: string): SandboxResponse {
	if (channelId === undefined) return page(request, [...account.messages.values()], 'workspace-messages');
	const channel = findChannel(channelId);
	if (!channel) return channelNotFound();
	const list = [...account.messages.values()].filter((message) => message.channelId === channel.id);
	return page(request, list, `messages-${channel.id}`);
}

export function getMessage(account: BirdAccount, channelId: string, messageId: string): SandboxResponse {
	const channel = findChannel(channelId);
	if (!channel) return channelNotFound();
	const message = account.messages.get(messageId);
	if (!message || message.channelId !== channel.id) return birdError(404, 'NotFound', 'Message not found');
	return jsonResponse(200, message);
}
