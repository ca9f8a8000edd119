/**
 * A provider-neutral cursor for polling triggers, kept in the workflow's static data (`getWorkflowStaticData('node')`).
 *
 * The cursor holds the time up to which the feed was read, the activation time (nothing older is ever emitted: the
 * first activation starts from "now") and the IDs of the events seen in the last `lookbackMs` before that time. Each
 * poll asks again from `time - lookbackMs`, so that events which arrive late (the provider stores them after the poll
 * read past their timestamp) or carry a timestamp skewed against our clock are still found; the IDs seen at the
 * boundary keep those asked twice from being emitted twice. Duplicates within one answer are emitted once. The list
 * of IDs is bounded (MAX_SEEN_IDS, newest kept; the activation time moves past the IDs it forgets).
 *
 * Times are numbers of milliseconds on one clock per provider: epoch milliseconds for a feed with time zones, or the
 * account's wall-clock time read as UTC for a feed that gives local times only (see ExpertSender). The cursor only
 * compares them.
 */
import { createHash } from 'crypto';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { RequestContext } from './transport';
import { invalidSetting } from './validation';

/** One event of a feed: a stable ID (the provider's, or one made from the row) and its time. */
export interface PolledEvent {
	id: string;
	time: number;
}

export interface PollCursor {
	/** The feed was read up to this time. */
	time: number;
	/** The activation time: older events are never emitted. */
	floor: number;
	/** [id, time] of the events seen at or after `time - lookbackMs`, oldest first. */
	seen: Array<[string, number]>;
}

/** The most event IDs a cursor keeps. */
export const MAX_SEEN_IDS = 5_000;

/** How many events a manual run ("Fetch Test Event") shows: the newest ones. */
export const MANUAL_EVENTS = 10;

const CURSOR_KEY = 'pollCursor';

/** The windows a manual run looks back over, shortest first, until one has events. */
export const MANUAL_WINDOWS_MS = [3_600_000, 86_400_000, 7 * 86_400_000, 30 * 86_400_000];

/** The Late Event Window option's bounds and default, in minutes. */
export const LATE_EVENT_WINDOW = { min: 1, max: 1440, default: 10 };

/** The Late Event Window option (`options.lookbackMinutes`) in milliseconds, checked. */
export function readLateEventWindowMs(context: Pick<IPollFunctions, 'getNode'>, options: IDataObject): number {
	const minutes = Number(options.lookbackMinutes ?? LATE_EVENT_WINDOW.default);
	if (!Number.isInteger(minutes) || minutes < LATE_EVENT_WINDOW.min || minutes > LATE_EVENT_WINDOW.max) {
		throw invalidSetting(context, 'Late Event Window (Minutes)', `${String(options.lookbackMinutes)} is not allowed`, 'Enter a whole number of minutes from 1 to 1440.');
	}
	return minutes * 60_000;
}

/** What one read of a feed gave: its events, and the time up to which it is complete. */
export interface FeedRead<T extends PolledEvent> {
	events: T[];
	/** `until` when every page was read; the newest event's time when the read stopped at its bound. */
	readUntil: number;
}

/** A provider's feed, as pollFeed drives it. */
export interface PollFeed<T extends PolledEvent> {
	lookbackMs: number;
	/** The provider's "now" on the feed's clock. */
	now(): Promise<number>;
	/** The events at or after `from` and before (or at) `until`, as the provider filters them. */
	read(from: number, until: number): Promise<FeedRead<T>>;
}

/**
 * One poll of a feed, with the cursor in `staticData`. A manual run returns the newest events of the shortest
 * MANUAL_WINDOWS_MS window that has any and leaves the cursor alone. The first active poll reads the last
 * `lookbackMs`, remembers those events as seen and emits nothing: the trigger starts from now. Later polls emit the
 * events not seen before, oldest first; an empty list means nothing new (the caller returns null).
 */
export async function pollFeed<T extends PolledEvent>(context: IPollFunctions, staticData: IDataObject, feed: PollFeed<T>): Promise<T[]> {
	const now = await feed.now();
	if (context.getMode() === 'manual') {
		for (const window of MANUAL_WINDOWS_MS) {
			const { events } = await feed.read(now - window, now);
			if (events.length) return newestEvents(events);
		}
		return [];
	}
	const cursor = readCursor(staticData);
	if (!cursor) {
		const start = startCursor(now - feed.lookbackMs);
		const { events, readUntil } = await feed.read(start.time, now);
		writeCursor(staticData, advanceCursor(start, events, readUntil, feed.lookbackMs));
		return [];
	}
	const { events, readUntil } = await feed.read(windowStart(cursor, feed.lookbackMs), now);
	const fresh = freshEvents(cursor, events, feed.lookbackMs);
	writeCursor(staticData, advanceCursor(cursor, events, readUntil, feed.lookbackMs));
	return fresh;
}

/** A short, stable ID for a record that has none of its own (a CSV row): 96 bits of the SHA-256 of its text. */
export function fingerprint(text: string): string {
	return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

function isCursor(value: unknown): value is PollCursor {
	const cursor = value as PollCursor | undefined;
	return (
		typeof cursor === 'object' &&
		cursor !== null &&
		Number.isFinite(cursor.time) &&
		Number.isFinite(cursor.floor) &&
		Array.isArray(cursor.seen) &&
		cursor.seen.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]))
	);
}

/**
 * The cursor stored in static data, or undefined before the first poll. A cursor of another shape (an older version,
 * or one edited by hand) counts as none, so the trigger starts again from now instead of failing every poll.
 */
export function readCursor(staticData: IDataObject): PollCursor | undefined {
	const stored = staticData[CURSOR_KEY];
	return isCursor(stored) ? stored : undefined;
}

export function writeCursor(staticData: IDataObject, cursor: PollCursor): void {
	staticData[CURSOR_KEY] = cursor as unknown as IDataObject;
}

/** The cursor of a first activation: read up to `now`, nothing older emitted. */
export function startCursor(now: number): PollCursor {
	return { time: now, floor: now, seen: [] };
}

/** Where the next read starts: `lookbackMs` before the cursor's time, never before the activation. */
export function windowStart(cursor: PollCursor, lookbackMs: number): number {
	return Math.max(cursor.floor, cursor.time - lookbackMs);
}

function chronological<T extends PolledEvent>(a: T, b: T): number {
	return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The events once each (first occurrence of an ID), oldest first. */
export function uniqueEvents<T extends PolledEvent>(events: readonly T[]): T[] {
	const byId = new Map<string, T>();
	for (const event of events) if (!byId.has(event.id)) byId.set(event.id, event);
	return [...byId.values()].sort(chronological);
}

/** The events a poll emits: in the window, not seen before, once each, oldest first. */
export function freshEvents<T extends PolledEvent>(cursor: PollCursor, events: readonly T[], lookbackMs: number): T[] {
	const seen = new Set(cursor.seen.map(([id]) => id));
	const start = windowStart(cursor, lookbackMs);
	return uniqueEvents(events).filter((event) => event.time >= start && !seen.has(event.id));
}

/**
 * The cursor after a poll that read the feed up to `until` and saw `events` (those emitted and those already seen):
 * the IDs at or after the new `time - lookbackMs` are kept, the newest MAX_SEEN_IDS of them.
 */
export function advanceCursor(cursor: PollCursor, events: readonly PolledEvent[], until: number, lookbackMs: number): PollCursor {
	const time = Math.max(cursor.time, until);
	const keepFrom = time - lookbackMs;
	const seen = new Map<string, number>(cursor.seen);
	for (const event of events) if (!seen.has(event.id)) seen.set(event.id, event.time);
	const kept = [...seen.entries()].filter(([, at]) => at >= keepFrom).sort((a, b) => a[1] - b[1]);
	if (kept.length <= MAX_SEEN_IDS) return { time, floor: cursor.floor, seen: kept };
	// IDs that do not fit are forgotten; nothing at or before their time is emitted any more, so none of them can be
	// emitted twice (a late event of that time is lost instead: the bound favours "never twice").
	const dropped = kept[kept.length - MAX_SEEN_IDS - 1];
	return { time, floor: Math.max(cursor.floor, dropped[1] + 1), seen: kept.slice(-MAX_SEEN_IDS) };
}

/** For a manual run: the newest `limit` events, once each, oldest first. */
export function newestEvents<T extends PolledEvent>(events: readonly T[], limit = MANUAL_EVENTS): T[] {
	return uniqueEvents(events).slice(-limit);
}

/**
 * The poll context as the shared transport's context. The transport uses what every node context offers and a poll
 * context has as well (`getCredentials`, `getNode`, `helpers.httpRequest` and `helpers.httpRequestWithAuthentication`);
 * its type names only the execute and load-options contexts.
 */
export function asRequestContext(context: IPollFunctions): RequestContext {
	return context as unknown as RequestContext;
}
