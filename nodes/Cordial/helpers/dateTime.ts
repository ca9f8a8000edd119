import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** How far `zone`'s clock is ahead of UTC at the instant `utc` (epoch ms), from Intl's wall-clock parts. */
function zoneOffsetMs(zone: string, utc: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utc));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(utc / 1000) * 1000;
}

/**
 * A date-time parameter as epoch milliseconds: with an offset as given, without one in the workflow's time zone
 * (`getTimezone()`), as n8n's dateTime fields mean it. Undefined when empty.
 */
export function readZonedTime(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string): number | undefined {
	const text = String(value ?? '').trim();
	if (text === '') return undefined;
	const offset = WITH_OFFSET.exec(text)?.[1];
	const match = WALL_TIME.exec(offset === undefined ? text : text.slice(0, -offset.length));
	// Date.UTC rolls impossible dates over (February 30th becomes March 2nd); Cordial would store the wrong day.
	const wall = match ? Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +(match[6] ?? 0)) : Number.NaN;
	const day = new Date(wall);
	if (!match || Number.isNaN(wall) || day.getUTCDate() !== +match[3] || day.getUTCMonth() + 1 !== +match[2] || +match[4] > 23 || +match[5] > 59) {
		const fix = 'Pick a date and time, or enter one such as 2026-06-01T14:30:00 (the workflow\'s time zone) or 2026-06-01T12:30:00Z.';
		throw invalidParameter(context, itemIndex, label, `"${text}" is not a date and time`, fix);
	}
	if (offset !== undefined) {
		const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? ['', '+', '00', '00'];
		return wall - (sign === '-' ? -1 : 1) * (+hours * 60 + +minutes) * 60_000;
	}
	const zone = context.getTimezone();
	const guess = wall - zoneOffsetMs(zone, wall);
	// Once more at the guessed instant, for wall times near a daylight-saving change.
	return wall - zoneOffsetMs(zone, guess);
}
