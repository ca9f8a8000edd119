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

/** A date filter of ExpertSender ("YYYY-MM-DD format"): the day of the picked time in the workflow's time zone. */
export function readDay(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | undefined {
	return readZonedDateTime(context, itemIndex, raw, label)?.toFormat('yyyy-MM-dd');
}

/** An xs:dateTime with the workflow zone's offset (e.g. `2026-01-20T09:00:00+01:00`), so that no reader has to guess the zone. */
export function xsDateTime(time: DateTime): string {
	return time.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? time.toString();
}
