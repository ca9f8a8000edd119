/** ISO 8601 date-time, as Cordial's `schedule` and date filters take it (with or without zone, with `T` or a space). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The name of a Cordial contact key (such as custID): letters, digits, `_`, `.` and `-`. */
export const KEY_NAME = /^[A-Za-z0-9_.-]+$/;

/** A Cordial channel key (such as email or sms): letters, digits, `_` and `-`. */
export const CHANNEL_KEY = /^[A-Za-z0-9_-]+$/;

/** A Cordial contact ID (cID): letters and digits. */
export const CONTACT_ID = /^[A-Za-z0-9]+$/;

export function isIso8601(value: string): boolean {
	if (!ISO_8601.test(value) || Number.isNaN(Date.parse(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')))) {
		return false;
	}
	// Date.parse rolls impossible days over (2026-02-30 becomes 2026-03-02); Cordial refuses them.
	const [year, month, day] = value.slice(0, 10).split('-').map(Number);
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Comma-separated lists and dropping unset fields: one home, shared/records.ts. */
export { compact, splitList } from '../../shared/records';
