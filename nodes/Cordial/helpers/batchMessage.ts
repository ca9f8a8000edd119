import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isEmail, jsonObjectParameter, requiredString } from '../../shared/validation';
import { pathKey } from '../transport';
import { readZonedTime } from './dateTime';
import { CHANNEL_KEY, compact, isIso8601, splitList } from './values';

/** The value of a resource locator (`{ __rl, mode, value }`), or the value itself for plain text of older workflows. */
export function locatorValue(value: unknown): string {
	const raw = value !== null && typeof value === 'object' && 'value' in value ? (value as IDataObject).value : value;
	return raw === undefined || raw === null ? '' : String(raw).trim();
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date-time field (n8n's picker or ISO 8601 text) for Cordial: a value with an offset as given, so that saved ISO
 * strings go out unchanged; one without an offset is read in the workflow's time zone (`getTimezone()`), as n8n's
 * picker means it, and sent in UTC. `keepWallTime` sends a value without offset as it is (Contact Time Zone).
 */
export function readZonedDate(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string, keepWallTime = false): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	if (!isIso8601(text)) {
		throw invalidParameter(context, itemIndex, label, `"${text}" is not an ISO 8601 date and time`, 'Pick a date and time, or enter one such as 2026-01-09T22:47:12+00:00 (without an offset it is in the workflow\'s time zone).');
	}
	if (HAS_OFFSET.test(text) || keepWallTime) return text;
	const time = readZonedTime(context, itemIndex, text, label)!;
	return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** The batch message picker's ID of an item, as the path `/batchmessages/<id>` (colons kept, parts encoded). */
export function readBatchMessagePath(context: IExecuteFunctions, itemIndex: number): string {
	const id = requiredString(context, 'batchMessageId', itemIndex, 'Batch Message', 'Choose a batch message from the list, or enter its ID such as 252:58ffed51f0c36063476c1752:ot.');
	return `/batchmessages/${pathKey(context, itemIndex, 'Batch Message', id)}`;
}

/** A trimmed text value of the operation's fields, or undefined when the user did not set it. */
type Text = (key: string) => string | undefined;

interface Reading {
	context: IExecuteFunctions;
	itemIndex: number;
	values: IDataObject;
	text: Text;
	/** Create: what Cordial's MessageSendBatchPost requires must be there. Update: only what is given is sent. */
	complete: boolean;
}

function readChannel({ context, itemIndex, values, text, complete }: Reading): { channel?: string; classification?: string } {
	const channel = values.channel === undefined ? undefined : locatorValue(values.channel);
	if (complete && !channel) {
		throw invalidParameter(context, itemIndex, 'Channel', 'is empty', 'Enter the channel key, e.g. email or sms.');
	}
	if (channel && !CHANNEL_KEY.test(channel)) {
		throw invalidParameter(context, itemIndex, 'Channel', `"${channel}" is not a channel key`, 'Enter a channel key such as email or sms.');
	}
	const classification = text('classification');
	if (complete && !classification) {
		throw invalidParameter(context, itemIndex, 'Classification', 'is empty', 'Choose Promotional or Transactional.');
	}
	// Cordial's error-key table: SMS batch messages must be promotional.
	if (channel === 'sms' && classification === 'transactional') {
		throw invalidParameter(context, itemIndex, 'Classification', 'an SMS batch message cannot be transactional', 'Set "Classification" to Promotional for SMS messages.');
	}
	return { channel: channel || undefined, classification: classification || undefined };
}

/** A saved audience by key, or audience rules as JSON (with an `include` part), never both. */
function readAudience({ context, itemIndex, values, text }: Reading, rulesParameter: string): { audience?: IDataObject; audienceKey?: string } {
	const audienceKey = text('audienceKey') || undefined;
	let audience: IDataObject | undefined;
	if (values.audienceRules !== undefined) {
		audience = jsonObjectParameter(context, rulesParameter, itemIndex, 'Audience Rules (JSON)');
		if (Object.keys(audience).length === 0) audience = undefined;
		else if (audience.include === undefined) {
			throw invalidParameter(context, itemIndex, 'Audience Rules (JSON)', 'has no "include" rule', 'Give the rule object an "include" part, or use a saved Audience Key instead.');
		}
	}
	if (audience && audienceKey) {
		throw invalidParameter(context, itemIndex, 'Audience Key', 'both an audience key and audience rules are given', 'Use either "Audience Key" or "Audience Rules (JSON)", not both.');
	}
	return { audience, audienceKey };
}

/** With Schedule Type "Contact Time Zone" a time without offset is each contact's wall-clock time: sent as it is. */
function readSchedule({ context, itemIndex, values, text }: Reading): string | undefined {
	return readZonedDate(context, itemIndex, values.schedule, 'Schedule', text('scheduleType') === 'contactTZ');
}

/**
 * Track Links is a switch; Cordial's MessageSendBatchPost takes `trackLinks` as "enabled" or "disabled" (Swagger),
 * which is what older workflows stored and is still accepted.
 */
function readTrackLinks({ context, itemIndex, values }: Reading): string | undefined {
	const value = values.trackLinks;
	if (value === undefined || value === '') return undefined;
	if (value === true || value === 'true' || value === 'enabled') return 'enabled';
	if (value === false || value === 'false' || value === 'disabled') return 'disabled';
	throw invalidParameter(context, itemIndex, 'Track Links', `"${String(value)}" is not allowed`, 'Turn Track Links on or off, or map true or false.');
}

const EMAIL_HEADERS = [['subject', 'Subject'], ['fromEmail', 'From Email'], ['fromDesc', 'From Description'], ['replyEmail', 'Reply Email']] as const;

/** `message.headers` and `message.content`; for Create every header of an e-mail and the HTML must be there. */
function readMessage({ context, itemIndex, values, text, complete }: Reading, channel: string | undefined): IDataObject | undefined {
	for (const [key, label] of [['fromEmail', 'From Email'], ['replyEmail', 'Reply Email']] as const) {
		const address = text(key);
		if (address && !isEmail(address)) {
			throw invalidParameter(context, itemIndex, label, `"${address}" is not an e-mail address`, 'Enter an address such as news@myco.io.');
		}
	}
	const headers = compact(Object.fromEntries(EMAIL_HEADERS.map(([key]) => [key, text(key) || undefined])));
	const html = values.html === undefined || values.html === '' ? undefined : String(values.html);
	if (complete) {
		const missing: string[] = channel === 'email' ? EMAIL_HEADERS.filter(([key]) => headers[key] === undefined).map(([, label]) => label) : [];
		if (html === undefined) missing.push('HTML Content');
		if (missing.length) {
			throw invalidParameter(context, itemIndex, missing[0], 'is empty', `A batch message needs ${missing.join(', ')}${channel === 'email' ? ' (all four headers are required for e-mail)' : ''}.`);
		}
	}
	const message: IDataObject = {};
	if (Object.keys(headers).length) message.headers = headers;
	if (html !== undefined) message.content = { 'text/html': html };
	return Object.keys(message).length ? message : undefined;
}

function readTests({ context, itemIndex, values }: Reading): IDataObject[] | undefined {
	const tests = ((values.tests as IDataObject | undefined)?.test as IDataObject[] | undefined)?.map((test, index) => {
		const type = String(test.type ?? '').trim();
		if (!type) throw invalidParameter(context, itemIndex, `Tests ${index + 1}: Type`, 'is empty', 'Enter the test type, e.g. 250ok.');
		return { type, enabled: test.enabled === true || test.enabled === 'true' };
	});
	return tests?.length ? tests : undefined;
}

/**
 * Builds Cordial's `MessageSendBatchPost` body (POST/PUT /v2/batchmessages in Cordial's API reference) from the values
 * the user set. `complete` (Create) requires what Cordial requires; Update sends only the given fields. Values the
 * pickers (Classification, Track Links, Schedule Type) do not list are refused by the router.
 */
export function batchMessageBody(
	context: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	complete: boolean,
	/** Where Audience Rules lives, for reading it as JSON. */
	audienceRulesParameter: string,
): IDataObject {
	const text: Text = (key) => (values[key] === undefined ? undefined : String(values[key]).trim());
	const reading: Reading = { context, itemIndex, values, text, complete };
	const { channel, classification } = readChannel(reading);
	const { audience, audienceKey } = readAudience(reading, audienceRulesParameter);
	const schedule = readSchedule(reading);
	const message = readMessage(reading, channel);
	const tags = splitList(values.tags);
	return compact({
		channel,
		classification,
		name: text('name') || undefined,
		tags: tags.length ? tags : undefined,
		audience,
		'audience-key': audienceKey,
		schedule,
		// "Account Time Zone" is Cordial's default when scheduleType is left out.
		scheduleType: text('scheduleType') === 'contactTZ' ? 'contactTZ' : undefined,
		transportID: text('transportId') || undefined,
		trackLinks: readTrackLinks(reading),
		message,
		tests: readTests(reading),
	});
}
