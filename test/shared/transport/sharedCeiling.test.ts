import { RateLimiterMemory } from 'rate-limiter-flexible';

import { LATE_MS, SharedCeiling, SLOT_SHARE, type PeerCount, type SlotStore } from '../../../nodes/shared/transport/sharedCeiling';

/** Two "processes" of one n8n share one store, as two workers share n8n's Redis; rate-limiter-flexible's memory limiter stands in for its Redis one (the same interface and counting). */
function peers(known: number): PeerCount {
	return { known, touch: () => undefined };
}

/** The most entries of `times` in any window of `windowMs` (a request at t and one at t + windowMs are in different windows). */
function busiestWindow(times: number[], windowMs = 1000): number {
	const sorted = [...times].sort((a, b) => a - b);
	let busiest = 0;
	for (let first = 0, last = 0; last < sorted.length; last++) {
		while (sorted[last] - sorted[first] >= windowMs) first++;
		busiest = Math.max(busiest, last - first + 1);
	}
	return busiest;
}

async function sendAll(ceilings: SharedCeiling[], perProcess: number, perSecond: number, key = 'bird:workspace'): Promise<number[]> {
	const sent: number[] = [];
	await Promise.all(
		ceilings.flatMap((ceiling) =>
			Array.from({ length: perProcess }, async () => {
				const arrived = await ceiling.take({ key, perSecond });
				sent.push(Date.now());
				arrived();
			}),
		),
	);
	return sent;
}

/** A store that works for `healthy` consumes, then fails as ioredis does without a connection, until `heal()`. */
function flakyStore(inner: SlotStore, healthy: number): SlotStore & { heal(): void; calls: number } {
	let healed = false;
	const store = {
		calls: 0,
		heal: () => {
			healed = true;
		},
		consume: async (...args: Parameters<SlotStore['consume']>) => {
			store.calls++;
			if (store.calls > healthy && !healed) throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
			return await inner.consume(...args);
		},
	};
	return store;
}

describe('SharedCeiling: one ceiling for several processes', () => {
	it('keeps two processes sending at once under one ceiling in every 1000 ms window, and uses most of it', async () => {
		const store = new RateLimiterMemory({ points: 1, duration: 1 });
		const ceilings = [new SharedCeiling(store, peers(2)), new SharedCeiling(store, peers(2))];
		const started = Date.now();
		const sent = await sendAll(ceilings, 40, 40);
		expect(sent).toHaveLength(80);
		expect(busiestWindow(sent)).toBeLessThanOrEqual(40);
		// 80 requests at 40/s × SLOT_SHARE take about 2.1 s; twice the ceiling (no sharing) would take 1 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(((80 - 1) / (40 * SLOT_SHARE)) * 1000 - LATE_MS);
	});

	it('keeps separate keys (accounts) apart: one account does not slow down another', async () => {
		const store = new RateLimiterMemory({ points: 1, duration: 1 });
		const ceiling = new SharedCeiling(store, peers(2));
		const started = Date.now();
		await Promise.all([sendAll([ceiling], 10, 20, 'mapp:one'), sendAll([ceiling], 10, 20, 'mapp:two')]);
		// 10 each at 20/s: about 0.5 s, not the 1 s of 20 on one key.
		expect(Date.now() - started).toBeLessThan(900);
	});

	it('without the shared store, each process alone allows the whole ceiling (what the shared one prevents)', async () => {
		const ceilings = [
			new SharedCeiling(new RateLimiterMemory({ points: 1, duration: 1 }), peers(2)),
			new SharedCeiling(new RateLimiterMemory({ points: 1, duration: 1 }), peers(2)),
		];
		const sent = await sendAll(ceilings, 30, 20);
		expect(busiestWindow(sent)).toBeGreaterThan(20);
	});

	it('falls back to the safe share when the store fails, loses no request, and never adds the two up', async () => {
		const shared = new RateLimiterMemory({ points: 1, duration: 1 });
		const stores = [flakyStore(shared, 10), flakyStore(shared, 10)];
		const warnings: string[] = [];
		const { LoggerProxy } = await import('n8n-workflow');
		const warn = jest.spyOn(LoggerProxy, 'warn').mockImplementation((message: string) => {
			warnings.push(message);
		});
		const ceilings = stores.map((store) => new SharedCeiling(store, peers(2)));
		const sent = await sendAll(ceilings, 20, 20);
		warn.mockRestore();
		expect(sent).toHaveLength(40);
		// At most 10/s each on the safe share (20 / 2 processes), so never more than 20 in a second together.
		expect(busiestWindow(sent)).toBeLessThanOrEqual(20);
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toContain('sends at 10.00/s');
	});

	it('after the store answers again, takes no slot earlier than one second after its last request on the safe share', async () => {
		const inner = new RateLimiterMemory({ points: 1, duration: 1 });
		const store = flakyStore(inner, 0);
		const ceiling = new SharedCeiling(store, peers(2));
		const key = 'mapp:account';
		await (await ceiling.take({ key, perSecond: 10 }))();
		const lastOnSafeShare = Date.now();
		store.heal();
		// The safe share is kept for a second before the store is asked again.
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const callsBefore = store.calls;
		await (await ceiling.take({ key, perSecond: 10 }))();
		expect(store.calls).toBeGreaterThan(callsBefore);
		expect(Date.now() - lastOnSafeShare).toBeGreaterThanOrEqual(1000 - LATE_MS);
	});

	it('keeps the safe share as a cap after the store answers again, while another process still sends on it', async () => {
		const inner = new RateLimiterMemory({ points: 1, duration: 1 });
		const stores = [flakyStore(inner, 0), flakyStore(inner, 0)];
		const ceilings = stores.map((store) => new SharedCeiling(store, peers(2)));
		const first = await sendAll(ceilings, 5, 20);
		// One process sees the store again, the other does not (within HOLD_SAFE_SHARE_MS).
		stores[0].heal();
		const next = await sendAll(ceilings, 20, 20);
		expect(busiestWindow([...first, ...next])).toBeLessThanOrEqual(20);
		expect(stores[0].calls).toBeGreaterThan(1);
	});

	it('keeps a slot claimed more than a second ahead from being claimed again (many requests waiting in a process)', async () => {
		const store = new RateLimiterMemory({ points: 1, duration: 1 });
		const [early, late] = [new SharedCeiling(store, peers(2)), new SharedCeiling(store, peers(2))];
		// 12 requests at 5/s: the first process claims slots up to 2.4 s ahead at once; the other comes 1.2 s later.
		const first = sendAll([early], 12, 5);
		await new Promise((resolve) => setTimeout(resolve, 1200));
		const second = await sendAll([late], 4, 5);
		const sent = [...(await first), ...second];
		expect(sent).toHaveLength(16);
		expect(busiestWindow(sent)).toBeLessThanOrEqual(5);
	});
});
