/**
 * Reads Mapp's Response Queue with its non-destructive time-range method, `GET /async/pollByRange?type=&from=&to=&limit=`
 * (docs.mapp.com/apidocs/async, the pollByRange OpenAPI fragment), one call per chosen type and poll: Mapp allows at
 * most 30 calls per hour per method ("Best Practices for Response Queue"), so a window is never read in pages. The
 * destructive `/async/poll` (its items are deleted once transmitted) is never called: another consumer may need them.
 *
 * Times: `from` and `to` are Unix seconds of the events' INSERTION into Mapp's database, not of the events (the
 * fragment's warning), and the answer carries no insertion time. So for the cursor every event of a read has the read's
 * `until` as its time: it stays among the IDs seen for as long as a later window (which starts the Late Event Window
 * before the cursor, for clock skew between n8n and Mapp) can return it again. Items are ordered by the event's own
 * `date_time` output; a manual run, which keeps no cursor, uses `date_time` to pick the newest events.
 *
 * Answer shape (decision): the fragment says "array of objects" only. Read as Mapp's XML example ("Polling Mobile Push
 * with Response Queue": `<asyncResults><asyncResult><queueId>…</queueId><output><name>response_type</name><value>PM
 * </value></output>…`) mapped to JSON as Mapp's REST API maps its SOAP types (repeated elements become arrays):
 * `[{queueId, output: [{name, value}]}]`. A single `output` object is read as a list of one.
 *
 * Limit: a call that returns `limit` events did not reach the window's end. The feed then counts as read up to the
 * newest `date_time` among them (an event is inserted at or after its time, so nothing unread was inserted before it),
 * and the next poll asks that type from there (kept per type in static data) rather than a Late Event Window earlier,
 * so that the same first `limit` events are not returned again.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { asRequestContext, type FeedRead, type PolledEvent } from '../../shared/polling';
import { providerRequest } from '../../shared/transport';
import { CREDENTIAL_TYPE, mappAnswerError, mappProfile, restBaseUrl } from '../transport';
import type { MappTriggerSettings } from './settings';

export const POLL_PATH = '/async/pollByRange';

/** Static data key: per type, the Unix-millisecond time a limit-reached read continues from. */
const CONTINUE_KEY = 'responseQueueContinue';

export interface MappResponseEvent extends PolledEvent {
	/** The type asked for (the first one, when the same event came under two). */
	type: string;
	/** The event's own time (its `date_time` output), when it has one. */
	occurredAt: number | undefined;
	outputs: Array<{ name: string; value: unknown }>;
	record: IDataObject;
}

function readOutputs(record: IDataObject): Array<{ name: string; value: unknown }> {
	const raw = record.output;
	const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : [];
	return (list as IDataObject[])
		.filter((pair) => pair && typeof pair === 'object' && typeof pair.name === 'string')
		.map((pair) => ({ name: pair.name as string, value: pair.value ?? null }));
}

function toEvent(context: IPollFunctions, type: string, record: unknown, time: (occurredAt: number | undefined) => number): MappResponseEvent {
	const object = (record && typeof record === 'object' && !Array.isArray(record) ? record : {}) as IDataObject;
	const id = object.queueId;
	if (typeof id !== 'string' && typeof id !== 'number') {
		throw mappAnswerError(context, undefined, 'Poll Response Queue', 'an event has no queueId', `Got ${JSON.stringify(record)?.slice(0, 200)}. Check that the credential's API Base URL is Mapp's REST API root, e.g. https://your-engage-domain.com/api/rest/v19.`);
	}
	const outputs = readOutputs(object);
	const dateTime = outputs.find((pair) => pair.name === 'date_time')?.value;
	const parsed = typeof dateTime === 'string' ? Date.parse(dateTime) : Number.NaN;
	const occurredAt = Number.isNaN(parsed) ? undefined : parsed;
	return { id: String(id), time: time(occurredAt), type, occurredAt, outputs, record: object };
}

async function pollByRange(context: IPollFunctions, type: string, window: { from: number; until: number }, limit: number): Promise<unknown[]> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	const response = await providerRequest.call(asRequestContext(context), mappProfile, {
		operation: 'Poll Response Queue',
		method: 'GET',
		url: `${restBaseUrl(credentials)}${POLL_PATH}`,
		qs: { type, from: Math.floor(window.from / 1000), to: Math.floor(window.until / 1000), limit },
		response: 'json',
		idempotent: true,
	});
	if (!Array.isArray(response.body)) {
		throw mappAnswerError(context, undefined, 'Poll Response Queue', 'the answer is not a list of events', 'Mapp answers pollByRange with a JSON array. Check that the Response Queue is enabled for your account (ask Mapp) and that the API Base URL is the REST API root.');
	}
	return response.body as unknown[];
}

function continuations(staticData: IDataObject): Record<string, number> {
	const stored = staticData[CONTINUE_KEY];
	return stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, number>) } : {};
}

/**
 * Where a type whose call returned `limit` events goes on: the newest `date_time` among them. When that is the call's
 * own start (at least `limit` events in one second), asking again would return the same events for ever, so the read
 * moves one second on and says so: events of that second beyond the limit are skipped rather than the trigger stalled.
 */
function continuationPoint(context: IPollFunctions, type: string, start: number, until: number, read: MappResponseEvent[]): number {
	const newest = Math.min(until, Math.max(start, ...read.map((event) => event.occurredAt ?? start)));
	if (newest > start) return newest;
	context.logger.warn(
		`Mapp Engage Trigger: ${read.length} "${type}" events in the second ${new Date(start).toISOString()} reached Max Events per Call; the next poll goes on one second later, so more events of that second are skipped. Raise Max Events per Call to read them.`,
	);
	return Math.min(until, start + 1000);
}

/** The feed's read for pollFeed: every chosen type over the window, the continuation points kept in `staticData`. */
export function responseReader(context: IPollFunctions, settings: MappTriggerSettings, staticData: IDataObject) {
	return async (from: number, until: number): Promise<FeedRead<MappResponseEvent>> => {
		const manual = context.getMode() === 'manual';
		const next = manual ? {} : continuations(staticData);
		// A manual run keeps no cursor: the event's own time picks the newest. Otherwise the read's bound (see above).
		const time = (occurredAt: number | undefined) => (manual ? Math.min(until, Math.max(from, occurredAt ?? until)) : until);
		const events: MappResponseEvent[] = [];
		let readUntil = until;
		for (const type of settings.types) {
			const start = Number.isFinite(next[type]) ? Math.min(until, Math.max(from, next[type])) : from;
			const records = await pollByRange(context, type, { from: start, until }, settings.limit);
			const read = records.map((record) => toEvent(context, type, record, time));
			events.push(...read);
			delete next[type];
			if (records.length < settings.limit) continue;
			const newest = continuationPoint(context, type, start, until, read);
			readUntil = Math.min(readUntil, newest);
			next[type] = newest;
		}
		if (!manual) staticData[CONTINUE_KEY] = next;
		return { events, readUntil };
	};
}
