import { DateTime } from 'luxon';
import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';

/** RFC 3339 with an offset (Bird's `scheduledFor`, "Must be formated as RFC3339 timestamp"). */
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
/** What n8n's date-time picker gives: a local date and time, without an offset (seconds optional). */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A date-time the user gave, and whether it carried its own offset. */
export interface GivenDateTime {
	/** As given, trimmed. */
	text: string;
	time: DateTime;
	hasOffset: boolean;
}

function isRealDate(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}

/** A value an expression may give a date-time field: text, a JavaScript Date or a Luxon DateTime ($now). */
function asText(raw: unknown): string | undefined {
	if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? String(raw) : raw.toISOString();
	if (DateTime.isDateTime(raw)) return raw.toISO() ?? String(raw);
	if (raw === undefined || raw === null) return undefined;
	return String(raw).trim();
}

/**
 * A date-time field (n8n's picker, or an expression): a value with an offset (RFC 3339) is taken as given; a value
 * without one, as the picker gives it, is a time in the workflow's time zone (its settings, else n8n's default).
 * Undefined when empty; anything else is refused naming the field.
 */
export function readDateTime(context: IExecuteFunctions, itemIndex: number, label: string, raw: unknown): GivenDateTime | undefined {
	const text = asText(raw);
	if (text === undefined || text === '') return undefined;
	const fix = `Pick a date and time, or enter one such as 2026-01-01T10:00:00 (in the workflow's time zone, ${context.getTimezone()}) or 2026-01-01T10:00:00+01:00; {{ $now.plus({ hours: 2 }) }} works too.`;
	const withOffset = WITH_OFFSET.exec(text);
	if (withOffset) {
		const [year, month, day, hour, minute, second] = withOffset.slice(1, 7).map(Number);
		const time = DateTime.fromISO(text, { setZone: true });
		if (!isRealDate(year, month, day, hour, minute, second) || !time.isValid) {
			throw invalidParameter(context, itemIndex, label, `"${text}" is not a real date and time`, fix);
		}
		return { text, time, hasOffset: true };
	}
	if (!WITHOUT_OFFSET.test(text)) throw invalidParameter(context, itemIndex, label, `"${text}" is not an RFC 3339 time`, fix);
	const time = DateTime.fromISO(text, { zone: context.getTimezone() });
	if (!time.isValid) throw invalidParameter(context, itemIndex, label, `"${text}" is not a real date and time`, fix);
	return { text, time, hasOffset: false };
}

/** RFC 3339 with the offset of its zone, whole seconds unless given finer. */
export function rfc3339(time: DateTime): string {
	return time.toISO({ suppressMilliseconds: true }) ?? time.toString();
}
