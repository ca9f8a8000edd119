/** The shared polling cursor, on a feed held in memory: what each poll emits and what it keeps in static data. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { fingerprint, MAX_SEEN_IDS, pollFeed, readCursor, readLateEventWindowMs, type FeedRead, type PolledEvent } from '../../nodes/shared/polling';

const MINUTE = 60_000;
const LOOKBACK = 10 * MINUTE;
const T0 = Date.parse('2026-06-01T12:00:00Z');

/** A feed whose events and clock the test sets; it records every read window. */
class MemoryFeed {
	events: PolledEvent[] = [];
	clock = T0;
	reads: Array<[number, number]> = [];
	failNext = false;

	add(id: string, minutesAfterT0: number): void {
		this.events.push({ id, time: T0 + minutesAfterT0 * MINUTE });
	}

	feed() {
		return {
			lookbackMs: LOOKBACK,
			now: async () => this.clock,
			read: async (from: number, until: number): Promise<FeedRead<PolledEvent>> => {
				this.reads.push([from, until]);
				if (this.failNext) {
					this.failNext = false;
					throw new Error('provider down');
				}
				return { events: this.events.filter((event) => event.time >= from && event.time <= until), readUntil: until };
			},
		};
	}
}

function context(mode: 'trigger' | 'manual'): IPollFunctions {
	return { getMode: () => mode } as unknown as IPollFunctions;
}

const ids = (events: PolledEvent[]) => events.map((event) => event.id);

describe('pollFeed', () => {
	let memory: MemoryFeed;
	let staticData: IDataObject;
	const poll = async (mode: 'trigger' | 'manual' = 'trigger') => ids(await pollFeed(context(mode), staticData, memory.feed()));

	beforeEach(() => {
		memory = new MemoryFeed();
		staticData = {};
	});

	it('emits nothing on the first activation, even with recent events, and starts from now', async () => {
		memory.add('old', -5);
		expect(await poll()).toEqual([]);
		expect(memory.reads).toEqual([[T0 - LOOKBACK, T0]]);
		expect(readCursor(staticData)).toEqual({ time: T0, floor: T0 - LOOKBACK, seen: [['old', T0 - 5 * MINUTE]] });
		memory.clock = T0 + MINUTE;
		expect(await poll()).toEqual([]);
	});

	it('emits new events once each, oldest first, and asks again from the late-event window', async () => {
		await poll();
		memory.add('b', 2);
		memory.add('a', 1);
		memory.clock = T0 + 3 * MINUTE;
		expect(await poll()).toEqual(['a', 'b']);
		expect(memory.reads[1]).toEqual([T0 - LOOKBACK, T0 + 3 * MINUTE]);
		memory.clock = T0 + 20 * MINUTE;
		expect(await poll()).toEqual([]);
		expect(memory.reads[2]).toEqual([T0 + 3 * MINUTE - LOOKBACK, T0 + 20 * MINUTE]);
	});

	it('emits an event that arrives late with a time the last poll had already read past', async () => {
		await poll();
		memory.clock = T0 + 5 * MINUTE;
		expect(await poll()).toEqual([]);
		memory.add('late', 4);
		memory.clock = T0 + 6 * MINUTE;
		expect(await poll()).toEqual(['late']);
	});

	it('emits a duplicate within one answer once', async () => {
		await poll();
		memory.add('x', 1);
		memory.add('x', 1);
		memory.clock = T0 + 2 * MINUTE;
		expect(await poll()).toEqual(['x']);
	});

	it('changes no state when a read fails, so the next poll reads the same window again', async () => {
		await poll();
		const before = JSON.stringify(staticData);
		memory.add('a', 1);
		memory.clock = T0 + 2 * MINUTE;
		memory.failNext = true;
		await expect(poll()).rejects.toThrow('provider down');
		expect(JSON.stringify(staticData)).toBe(before);
		expect(await poll()).toEqual(['a']);
	});

	it('answers a manual run with the newest 10 events of the shortest window that has any, and leaves the cursor alone', async () => {
		for (let index = 0; index < 12; index++) memory.add(`e${index}`, -120 - index);
		expect(await poll('manual')).toEqual(['e9', 'e8', 'e7', 'e6', 'e5', 'e4', 'e3', 'e2', 'e1', 'e0']);
		expect(memory.reads.map(([from]) => (T0 - from) / MINUTE)).toEqual([60, 1440]);
		expect(staticData).toEqual({});
	});

	it('keeps at most MAX_SEEN_IDS IDs and then emits nothing at or before the forgotten ones', async () => {
		await poll();
		for (let index = 0; index <= MAX_SEEN_IDS; index++) memory.events.push({ id: `n${index}`, time: T0 + 1000 + index });
		memory.clock = T0 + MINUTE;
		expect(await poll()).toHaveLength(MAX_SEEN_IDS + 1);
		const cursor = readCursor(staticData)!;
		expect(cursor.seen).toHaveLength(MAX_SEEN_IDS);
		expect(cursor.seen[0][0]).toBe('n1');
		expect(cursor.floor).toBe(T0 + 1001);
		memory.events.push({ id: 'late-at-forgotten-time', time: T0 + 1000 });
		memory.clock = T0 + 2 * MINUTE;
		expect(await poll()).toEqual([]);
	});

	it('starts again from now when the stored cursor has another shape', async () => {
		staticData.pollCursor = { time: 'yesterday' };
		memory.add('a', -1);
		expect(await poll()).toEqual([]);
		expect(readCursor(staticData)?.time).toBe(T0);
	});
});

describe('fingerprint', () => {
	it('is stable, short and tells rows apart', () => {
		expect(fingerprint('Opens\n{"Email":"a@example.com"}')).toBe(fingerprint('Opens\n{"Email":"a@example.com"}'));
		expect(fingerprint('Opens\n{"Email":"a@example.com"}')).not.toBe(fingerprint('Opens\n{"Email":"b@example.com"}'));
		expect(fingerprint('x')).toMatch(/^[A-Za-z0-9_-]{16}$/);
	});
});

describe('readLateEventWindowMs', () => {
	const node = { getNode: () => ({ name: 'Trigger' }) } as unknown as IPollFunctions;

	it('gives 10 minutes by default and the chosen whole minutes', () => {
		expect(readLateEventWindowMs(node, {})).toBe(10 * MINUTE);
		expect(readLateEventWindowMs(node, { lookbackMinutes: 1440 })).toBe(1440 * MINUTE);
	});

	it.each([0, 1441, 2.5, 'soon'])('refuses %p, naming the option and the allowed range', (value) => {
		expect(() => readLateEventWindowMs(node, { lookbackMinutes: value })).toThrow(`Late Event Window (Minutes): ${String(value)} is not allowed`);
		try {
			readLateEventWindowMs(node, { lookbackMinutes: value });
		} catch (error) {
			expect((error as { description?: string }).description).toBe('Enter a whole number of minutes from 1 to 1440.');
		}
	});
});
