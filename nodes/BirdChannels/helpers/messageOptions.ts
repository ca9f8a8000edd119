import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, jsonObjectParameter } from '../../shared/validation';
import { splitList } from '../../shared/records';
import { readDateTime, rfc3339 } from './dateTime';

/** Bird's limits of a message request ("Messaging" on docs.bird.com, the `CreateMessage` schema). */
const MAX_TAGS = 10;
const TAG_PATTERN = /^[a-zA-Z0-9-_ ]{1,50}$/;
const MAX_SCHEDULE_MS = 35 * 24 * 60 * 60 * 1000;
const MAX_SHORT_LINKS_DOMAIN = 128;

/** The message's switches, copied to the request when set. */
const FLAGS = ['enableLinkTracking', 'ignoreQuietHours', 'ignoreGlobalHoldout', 'capFrequency'] as const;

/** `replyTo.type` ("Messaging": message, click or referrals). */
export const REPLY_TO_TYPES = ['click', 'message', 'referrals'];

const text = (raw: unknown): string => (typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : String(raw).trim());

function readTags(context: IExecuteFunctions, itemIndex: number, raw: unknown): string[] | undefined {
	if (raw === undefined || raw === '') return undefined;
	const tags = splitList(raw);
	if (tags.length === 0) return undefined;
	if (tags.length > MAX_TAGS) {
		throw invalidParameter(context, itemIndex, 'Tags', `has ${tags.length} tags; Bird takes at most ${MAX_TAGS}`, 'Remove tags until at most 10 are left.');
	}
	const bad = tags.find((tag) => !TAG_PATTERN.test(tag));
	if (bad !== undefined) {
		throw invalidParameter(context, itemIndex, 'Tags', `"${bad}" is not a valid tag`, 'Use 1 to 50 letters, digits, spaces, hyphens or underscores per tag, and separate tags with commas.');
	}
	return tags;
}

/**
 * Scheduled For, as Bird takes it: RFC 3339 with an offset (a picked time gets the workflow time zone's), at most 35
 * days ahead; a time already past gets a notice (Bird then sends at once).
 */
function readSchedule(context: IExecuteFunctions, itemIndex: number, raw: unknown, now: number): { scheduledFor?: string; notice?: string } {
	const given = readDateTime(context, itemIndex, 'Scheduled For', raw);
	if (!given) return {};
	const scheduledFor = given.hasOffset ? given.text : rfc3339(given.time);
	const delta = given.time.toMillis() - now;
	if (delta > MAX_SCHEDULE_MS) {
		throw invalidParameter(
			context,
			itemIndex,
			'Scheduled For',
			`"${given.text}" is more than 35 days ahead; Bird rejects such messages`,
			'Choose a time at most 35 days from now, or schedule the workflow to run later.',
		);
	}
	return delta < 0 ? { scheduledFor, notice: `Scheduled For (${scheduledFor}) is in the past, so Bird sends the message at once instead of scheduling it.` } : { scheduledFor };
}

/**
 * Validity (Seconds): sent only when set. 0 (the field's default) or empty sends nothing, so that Bird decides by the
 * channel's message type: "A promotional, conversational or transactional channel message is valid for 36 hours …
 * A message sent from a 2FA channel is valid for 10 minutes" ("Messaging", `validity`).
 */
function readValidity(context: IExecuteFunctions, itemIndex: number, raw: unknown): number | undefined {
	if (raw === undefined || raw === '' || raw === 0) return undefined;
	const validity = Number(raw);
	if (!Number.isInteger(validity) || validity < 0) {
		throw invalidParameter(context, itemIndex, 'Validity (Seconds)', `"${String(raw)}" is not a whole number of seconds`, 'Enter 1 or more seconds, e.g. 3600 for an hour, or 0 to let Bird decide by the channel.');
	}
	return validity === 0 ? undefined : validity;
}

function readShortLinksDomain(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const domain = text(raw);
	if (domain === '') return undefined;
	if (domain.length > MAX_SHORT_LINKS_DOMAIN) {
		throw invalidParameter(context, itemIndex, 'Short Links Domain', `is longer than ${MAX_SHORT_LINKS_DOMAIN} characters`, 'Enter "default" or one of your own short-link domains.');
	}
	return domain;
}

/** The Status Callback URL: an absolute http(s) URL (`notification.url`). */
function readNotificationUrl(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const value = text(raw);
	if (value === '') return undefined;
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		throw invalidParameter(context, itemIndex, 'Status Callback URL', `"${value}" is not an absolute http(s) URL`, 'Enter a full URL such as https://n8n.example.com/webhook/…, e.g. the production URL of a Bird Channels Trigger.');
	}
	return value;
}

/** Sender Identifier and Sender Display Name: `sender.connector.identifierValue` and `.annotations.name`. */
function readSender(options: IDataObject): IDataObject | undefined {
	const identifierValue = text(options.senderIdentifier);
	const name = text(options.senderName);
	if (identifierValue === '' && name === '') return undefined;
	return { connector: { ...(identifierValue ? { identifierValue } : {}), ...(name ? { annotations: { name } } : {}) } };
}

/** Reply To ID and Reply To Type: `replyTo` ("Sending WhatsApp messages": the ID of a received message, type `message`). */
function readReplyTo(context: IExecuteFunctions, itemIndex: number, options: IDataObject): IDataObject | undefined {
	const id = text(options.replyToId);
	if (id === '') {
		if (options.replyToType === undefined) return undefined;
		throw invalidParameter(context, itemIndex, 'Reply To ID', 'is empty while Reply To Type is set', 'Enter the ID of the message (or click, referral) this message answers, or remove Reply To Type.');
	}
	return { id, type: String(options.replyToType ?? 'message') };
}

/**
 * Meta (JSON) and Use Case: `meta`, with Use Case written into `meta.extraInformation.useCase` (over a use case the
 * JSON names).
 */
function readMeta(context: IExecuteFunctions, itemIndex: number, options: IDataObject): IDataObject | undefined {
	const meta = options.metaJson === undefined ? {} : jsonObjectParameter(context, 'options.metaJson', itemIndex, 'Meta (JSON)');
	if (typeof options.useCase === 'string' && options.useCase !== '') return mergeMeta(meta, { extraInformation: { useCase: options.useCase } });
	return Object.keys(meta).length > 0 ? meta : undefined;
}

/** `meta` of `over` on `base`: key by key, `extraInformation` merged one level deeper. */
export function mergeMeta(base: IDataObject | undefined, over: IDataObject | undefined): IDataObject | undefined {
	if (!over) return base;
	if (!base) return over;
	const extra = { ...(base.extraInformation as IDataObject | undefined), ...(over.extraInformation as IDataObject | undefined) };
	return { ...base, ...over, ...(Object.keys(extra).length > 0 ? { extraInformation: extra } : {}) };
}

/** compact() without its copies: this runs for every item of a batch of 100,000. */
function definedOnly(record: IDataObject): IDataObject {
	const defined: IDataObject = {};
	for (const key of Object.keys(record)) if (record[key] !== undefined) defined[key] = record[key];
	return defined;
}

/**
 * The Options of a message as request fields, and the notice for the output item when the schedule is already
 * past. Fields not set are left out, so that Bird's own defaults apply.
 */
export function readMessageOptions(context: IExecuteFunctions, itemIndex: number, now: number): { fields: IDataObject; notice?: string } {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { scheduledFor, notice } = readSchedule(context, itemIndex, options.scheduledFor, now);
	const reference = text(options.reference);
	const domain = readShortLinksDomain(context, itemIndex, options.shortLinksDomain);
	const notificationUrl = readNotificationUrl(context, itemIndex, options.notificationUrl);
	const fields = definedOnly({
		reference: reference || undefined,
		tags: readTags(context, itemIndex, options.tags),
		scheduledFor,
		validity: readValidity(context, itemIndex, options.validity),
		shortLinks: domain === undefined ? undefined : { domain },
		notification: notificationUrl === undefined ? undefined : { url: notificationUrl },
		sender: readSender(options),
		replyTo: readReplyTo(context, itemIndex, options),
		meta: readMeta(context, itemIndex, options),
	});
	for (const flag of FLAGS) if (typeof options[flag] === 'boolean') fields[flag] = options[flag];
	return { fields, notice };
}

/**
 * Frequency Capping needs the marketing use case ("Can only be set to true if … `.meta.extraInformation.useCase` is
 * `marketing`"): without a use case the node sets marketing (as it always did); another use case is refused, as
 * Bird would refuse it.
 */
export function applyFrequencyCapping(context: IExecuteFunctions, itemIndex: number, request: IDataObject): void {
	if (request.capFrequency !== true) return;
	const useCase = ((request.meta as IDataObject | undefined)?.extraInformation as IDataObject | undefined)?.useCase;
	if (useCase === undefined) {
		request.meta = mergeMeta(request.meta as IDataObject | undefined, { extraInformation: { useCase: 'marketing' } });
		return;
	}
	if (useCase !== 'marketing') {
		throw invalidParameter(
			context,
			itemIndex,
			'Frequency Capping',
			`is on for a message of use case "${String(useCase)}"; Bird applies it to marketing messages only`,
			'Set Use Case to Marketing, or turn Frequency Capping off.',
		);
	}
}
