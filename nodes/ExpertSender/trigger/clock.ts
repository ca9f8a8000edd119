/**
 * The business unit's clock. ExpertSender gives local times without a zone ("Get server time": "Business unit timezone
 * will be applied … All other requests which require passing datetime parameters, assume they are in business unit
 * timezone"; CSV dates are `YYYY-MM-DD HH:MM:SS`). The trigger therefore works on the account's wall clock: a time is
 * its local date and time read as if it were UTC (a number of milliseconds), and a day is its local date. The server
 * time's offset, when it has one, is not needed: only local times are compared.
 */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

export const DAY_MS = 86_400_000;

/** `2026-01-15T10:00:00.123+01:00` or `2026-01-15 10:00:00` → the local time as milliseconds; undefined if not a time. */
export function wallClock(text: string): number | undefined {
	const match = WALL_CLOCK.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
	const time = Date.UTC(year, month - 1, day, hour, minute, second);
	// Date.UTC rolls 2026-02-30 over to March: such a text is not a time.
	return new Date(time).getUTCDate() === day ? time : undefined;
}

/** The local day of a wall-clock time: `YYYY-MM-DD`. */
export function dayOf(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/** The local days from `from`'s to `until`'s, both included, oldest first. */
export function daysBetween(from: number, until: number): string[] {
	const days: string[] = [];
	for (let day = Date.parse(`${dayOf(from)}T00:00:00Z`); day <= until; day += DAY_MS) days.push(dayOf(day));
	return days;
}
