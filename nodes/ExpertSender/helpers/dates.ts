import { DateTime } from 'luxon';
import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';

/** What n8n's date-time picker gives (no offset, seconds optional), or an ISO 8601 time with an offset. */
const PICKER = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

function asText(raw: unknown): string {
	if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? String(raw) : raw.toISOString();
	if (DateTime.isDateTime(raw)) return raw.toISO() ?? String(raw);
	return raw === undefined || raw === null ? '' : String(raw).trim();
}

/**
 * A date-time field (the picker, or an expression such as `{{ $now }}`) as a time in the workflow's time zone: a
 * value without an offset is a wall-clock time there, one with an offset is moved there. Undefined when empty.
 */
export function readZonedDateTime(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): DateTime | undefined {
	const text = asText(raw);
	if (text === '') return undefined;
	const zone = context.getTimezone();
	const time = WITH_OFFSET.test(text)
		? DateTime.fromISO(text, { setZone: true }).setZone(zone)
		: PICKER.test(text)
			? DateTime.fromISO(text, { zone })
			: undefined;
	if (!time?.isValid) {
		throw invalidParameter(
			context,
			itemIndex,
			label,
			`"${text}" is not a date and time`,
			`Pick a date, or enter one such as 2026-01-20T09:00:00 (in the workflow's time zone, ${zone}) or 2026-01-20T09:00:00+01:00.`,
		);
	}
	return time;
}

/**
 * A date filter of ExpertSender ("YYYY-MM-DD format"; the feeds read it as a day of the business unit's calendar):
 * a day as entered, or the day of a time in the workflow's time zone (a time with an offset is moved there first).
 * Undefined when empty and not required.
 */
export function readDay(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string, required = false): string | undefined {
	const text = asText(raw);
	const fix = 'Pick a date, or enter one such as 2026-01-15 (a day of the ExpertSender business unit\'s calendar).';
	if (text === '') {
		if (!required) return undefined;
		throw invalidParameter(context, itemIndex, label, 'is empty', fix);
	}
	const zone = context.getTimezone();
	const bare = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
	const parsed = bare
		? DateTime.fromISO(bare[1], { zone })
		: DateTime.fromISO(text.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T'), { setZone: true }).setZone(zone);
	if (!parsed.isValid) throw invalidParameter(context, itemIndex, label, `"${text}" is not a date`, fix);
	return parsed.toFormat('yyyy-MM-dd');
}

/** An xs:dateTime with the workflow zone's offset (e.g. `2026-01-20T09:00:00+01:00`), so that no reader has to guess the zone. */
export function xsDateTime(time: DateTime): string {
	return time.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? time.toString();
}
