/**
 * The three feeds as PollFeed reads: Activities (one CSV per local day, "Get subscriber activity"), Bounces (CSV for a
 * period of days, "Get bounces list") and Removed Subscribers (XML for a period of days, "Get removed subscribers"),
 * on the business unit's wall clock (clock.ts). A window that spans midnight asks the previous and the current day.
 * Rows have no ID: a row's ID is a fingerprint of its type and values, so that a row read again (the windows overlap)
 * or listed twice is emitted once. Two real events with identical rows (same address, message and second) are one.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asRequestContext, fingerprint, type FeedRead, type PolledEvent } from '../../shared/polling';
import { csvRows, removedSubscribers, serverTimeText } from '../transport/activities';
import { DAY_MS, dayOf, daysBetween, wallClock } from './clock';
import type { EsTriggerSettings } from './settings';

/** The most days one poll reads; a longer window (a trigger off for weeks) is read on over the next polls. */
export const MAX_DAYS_PER_POLL = 31;

export interface EsEvent extends PolledEvent {
	row: IDataObject;
}

/** The business unit's "now" from `GET /v2/Api/Time`, on its wall clock. */
export async function serverNow(context: IPollFunctions): Promise<number> {
	const { text, fail } = await serverTimeText.call(asRequestContext(context));
	const now = wallClock(text);
	if (now === undefined) throw fail(`server time (got "${text}")`);
	return now;
}

function toEvent(context: IPollFunctions, kind: string, row: IDataObject, timeText: string): EsEvent {
	const time = wallClock(timeText);
	if (time === undefined) {
		throw new NodeOperationError(context.getNode(), `ExpertSender answered a ${kind} row without a readable date: "${timeText}"`, {
			description: 'The feed gives dates as YYYY-MM-DD HH:MM:SS. Check the API server URL in the credential.',
		});
	}
	return { id: fingerprint(`${kind}\n${JSON.stringify(row)}`), time, row };
}

function inWindow(events: EsEvent[], from: number): EsEvent[] {
	return events.filter((event) => event.time >= from);
}

async function readActivities(context: IPollFunctions, settings: EsTriggerSettings, from: number, until: number): Promise<FeedRead<EsEvent>> {
	const days = daysBetween(from, until);
	const read = days.slice(0, MAX_DAYS_PER_POLL);
	const events: EsEvent[] = [];
	for (const date of read) {
		const rows = await csvRows.call(asRequestContext(context), 'Activities', { operation: 'Poll Activities', qs: { date, ...settings.query } });
		events.push(...rows.map((row) => toEvent(context, String(settings.activityType), row, row.Date ?? '')));
	}
	const readUntil = read.length < days.length ? Date.parse(`${read[read.length - 1]}T00:00:00Z`) + DAY_MS - 1000 : until;
	return { events: inWindow(events, from), readUntil };
}

/** The period's last day is the day after `until`'s, so that the current day is in it whether `endDate` counts or not. */
function period(from: number, until: number): IDataObject {
	return { startDate: dayOf(from), endDate: dayOf(until + DAY_MS) };
}

async function readBounces(context: IPollFunctions, settings: EsTriggerSettings, from: number, until: number): Promise<FeedRead<EsEvent>> {
	const rows = await csvRows.call(asRequestContext(context), 'Bounces', { operation: 'Poll Bounces', qs: { ...period(from, until), ...settings.query } });
	return { events: inWindow(rows.map((row) => toEvent(context, 'Bounces', row, row.Date ?? '')), from), readUntil: until };
}

async function readRemoved(context: IPollFunctions, settings: EsTriggerSettings, from: number, until: number): Promise<FeedRead<EsEvent>> {
	const rows = await removedSubscribers.call(asRequestContext(context), {
		operation: 'Poll Removed Subscribers',
		qs: { ...settings.query, ...period(from, until) },
	});
	// UnsubscribedOn is a day (`2011-07-21T00:00:00Z`): the removal counts from the start of that local day.
	const events = rows.map((row) => toEvent(context, 'RemovedSubscribers', row, `${String(row.UnsubscribedOn ?? '').slice(0, 10)} 00:00:00`));
	return { events: inWindow(events, from), readUntil: until };
}

/** The read of the chosen feed. */
export function feedReader(context: IPollFunctions, settings: EsTriggerSettings): (from: number, until: number) => Promise<FeedRead<EsEvent>> {
	const read = settings.feed === 'activities' ? readActivities : settings.feed === 'bounces' ? readBounces : readRemoved;
	return async (from, until) => await read(context, settings, from, until);
}
