import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';

/** Bird's limits of a message request (Bird's "Messaging: Sending messages" docs of the Channels API). */
const MAX_TAGS = 10;
const TAG_PATTERN = /^[a-zA-Z0-9-_ ]{1,50}$/;
const MAX_SCHEDULE_MS = 35 * 24 * 60 * 60 * 1000;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
const MAX_SHORT_LINKS_DOMAIN = 128;

/** The message's switches, copied to the request when set. */
const FLAGS = ['enableLinkTracking', 'ignoreQuietHours', 'ignoreGlobalHoldout', 'capFrequency'] as const;

function isValidDate(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}

function readTags(context: IExecuteFunctions, itemIndex: number, raw: unknown): string[] | undefined {
	const list = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(',');
	const tags = list.map((tag) => tag.trim()).filter((tag) => tag !== '');
	if (tags.length === 0) return undefined;
	if (tags.length > MAX_TAGS) {
		throw invalidParameter(context, itemIndex, 'Tags', `has ${tags.length} tags; Bird takes at most ${MAX_TAGS}`, 'Remove tags until at most 10 are left.');
	}
	const bad = tags.find((tag) => !TAG_PATTERN.test(tag));
	if (bad !== undefined) {
		throw invalidParameter(
			context,
			itemIndex,
			'Tags',
			`"${bad}" is not a valid tag`,
			'Use 1 to 50 letters, digits, spaces, hyphens or underscores per tag, and separate tags with commas.',
		);
	}
	return tags;
}

/** Checks `scheduledFor`; returns a notice when the time is already past (Bird then sends at once). */
function checkSchedule(context: IExecuteFunctions, itemIndex: number, value: string, now: number): string | undefined {
	const match = RFC3339.exec(value);
	const fix =
		'Enter an RFC 3339 time with a time zone offset, e.g. 2026-01-01T10:00:00Z or 2026-01-01T11:00:00+01:00, or use {{ $now.plus({ hours: 2 }).toISO() }}.';
	if (!match) throw invalidParameter(context, itemIndex, 'Scheduled For', `"${value}" is not an RFC 3339 time`, fix);
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
	if (!isValidDate(year, month, day, hour, minute, second) || Number.isNaN(Date.parse(value))) {
		throw invalidParameter(context, itemIndex, 'Scheduled For', `"${value}" is not a real date and time`, fix);
	}
	const delta = Date.parse(value) - now;
	if (delta > MAX_SCHEDULE_MS) {
		throw invalidParameter(
			context,
			itemIndex,
			'Scheduled For',
			`"${value}" is more than 35 days ahead; Bird rejects such messages`,
			'Choose a time at most 35 days from now, or schedule the workflow to run later.',
		);
	}
	return delta < 0
		? `Scheduled For (${value}) is in the past, so Bird sends the message at once instead of scheduling it.`
		: undefined;
}

function readValidity(context: IExecuteFunctions, itemIndex: number, raw: unknown): number | undefined {
	if (raw === undefined || raw === '') return undefined;
	const validity = Number(raw);
	if (!Number.isInteger(validity) || validity < 0) {
		throw invalidParameter(context, itemIndex, 'Validity (Seconds)', `"${String(raw)}" is not a whole number of seconds`, 'Enter 0 or more seconds, e.g. 129600 for 36 hours.');
	}
	return validity;
}

function readShortLinksDomain(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	if (typeof raw !== 'string' || raw.trim() === '') return undefined;
	const domain = raw.trim();
	if (domain.length > MAX_SHORT_LINKS_DOMAIN) {
		throw invalidParameter(context, itemIndex, 'Short Links Domain', `is longer than ${MAX_SHORT_LINKS_DOMAIN} characters`, 'Enter "default" or one of your own short-link domains.');
	}
	return domain;
}

/** The Status Callback URL: an absolute http(s) URL (`notification.url` of Bird's `CreateMessage`). */
function readNotificationUrl(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	if (typeof raw !== 'string' || raw.trim() === '') return undefined;
	const value = raw.trim();
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

/**
 * The Options of a message as request fields (reference, tags, schedule, validity, short links, switches), and the
 * notice for the output item when the schedule is already past.
 */
export function readMessageOptions(context: IExecuteFunctions, itemIndex: number, now: number): { fields: IDataObject; notice?: string } {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const fields: IDataObject = {};
	let notice: string | undefined;
	if (typeof options.reference === 'string' && options.reference.trim() !== '') fields.reference = options.reference.trim();
	const tags = readTags(context, itemIndex, options.tags);
	if (tags) fields.tags = tags;
	if (typeof options.scheduledFor === 'string' && options.scheduledFor.trim() !== '') {
		fields.scheduledFor = options.scheduledFor.trim();
		notice = checkSchedule(context, itemIndex, fields.scheduledFor as string, now);
	}
	const validity = readValidity(context, itemIndex, options.validity);
	if (validity !== undefined) fields.validity = validity;
	const domain = readShortLinksDomain(context, itemIndex, options.shortLinksDomain);
	if (domain !== undefined) fields.shortLinks = { domain };
	const notificationUrl = readNotificationUrl(context, itemIndex, options.notificationUrl);
	if (notificationUrl !== undefined) fields.notification = { url: notificationUrl };
	for (const flag of FLAGS) {
		if (typeof options[flag] === 'boolean') fields[flag] = options[flag];
	}
	// Bird accepts capFrequency only on marketing messages (.meta.extraInformation.useCase); the option says so.
	if (options.capFrequency === true) fields.meta = { extraInformation: { useCase: 'marketing' } };
	return { fields, notice };
}
