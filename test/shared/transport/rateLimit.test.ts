import { accountFingerprint, normalizedBaseUrl, RateLimiter, requestsPerSecond } from '../../../nodes/shared/transport/rateLimit';

/** The most events in any window (t - 1000 ms, t], the way a provider counts a rate per second. */
function busiestSecond(times: number[]): number {
	return Math.max(...times.map((end) => times.filter((time) => time > end - 1000 && time <= end).length));
}

describe('RateLimiter', () => {
	beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
	afterEach(() => jest.useRealTimers());

	async function release(limiter: RateLimiter, count: number, during: (advance: (ms: number) => Promise<void>) => Promise<void>) {
		const released: Array<{ index: number; at: number }> = [];
		const all = Promise.all(
			Array.from({ length: count }, async (_, index) => {
				const arrived = await limiter.acquire();
				released.push({ index, at: Date.now() });
				arrived();
			}),
		);
		await during(async (ms) => await jest.advanceTimersByTimeAsync(ms));
		await all;
		return released;
	}

	it('lets requests go in the order they asked, evenly paced, never more than the ceiling in any second', async () => {
		const limiter = new RateLimiter(10);
		const released = await release(limiter, 35, async (advance) => await advance(5_000));
		expect(released.map((entry) => entry.index)).toEqual(Array.from({ length: 35 }, (_, index) => index));
		const times = released.map((entry) => entry.at);
		times.slice(1).forEach((time, index) => expect(time - times[index]).toBeGreaterThanOrEqual(100));
		expect(busiestSecond(times)).toBe(10);
		// As fast as allowed, too: 35 requests at 10 a second take 3.4 s from the first to the last.
		expect(times[34] - times[0]).toBe(3_400);
	});

	it('does not bunch up requests that a busy event loop held back for longer than eight intervals', async () => {
		const limiter = new RateLimiter(10);
		const released = await release(limiter, 20, async (advance) => {
			await advance(250);
			// The event loop is blocked for 1 s: the clock moves on, no timer fires meanwhile.
			jest.setSystemTime(Date.now() + 1_000);
			await advance(5_000);
		});
		const times = released.map((entry) => entry.at);
		times.slice(1).forEach((time, index) => expect(time - times[index]).toBeGreaterThanOrEqual(100));
		expect(busiestSecond(times)).toBeLessThanOrEqual(10);
	});

	it('keeps the pace when a slot is reached late by less than half an interval, and never goes closer than that', async () => {
		let lag = 0;
		const clock = () => Date.now() + lag;
		const limiter = new RateLimiter(10, clock);
		const times: number[] = [];
		const all = Promise.all(
			Array.from({ length: 4 }, async () => {
				const arrived = await limiter.acquire();
				times.push(clock());
				arrived();
			}),
		);
		// The second slot (due 100 ms after the first) is reached 30 ms late, while the event loop was busy.
		await jest.advanceTimersByTimeAsync(99);
		lag = 30;
		await jest.advanceTimersByTimeAsync(1);
		lag = 0;
		await jest.advanceTimersByTimeAsync(1_000);
		await all;
		const start = times[0];
		// The third goes on the pace (200 ms), not 100 ms after the late second (230 ms).
		expect(times.map((time) => time - start)).toEqual([0, 130, 200, 300]);
	});

	/** Release times (from the first) of `count` requests at 10/s when the clock jumps `stall` ms just before the second slot. */
	async function releasesAfterStall(count: number, stall: number): Promise<number[]> {
		let lag = 0;
		const clock = () => Date.now() + lag;
		const limiter = new RateLimiter(10, clock);
		const times: number[] = [];
		const all = Promise.all(
			Array.from({ length: count }, async () => {
				const arrived = await limiter.acquire();
				times.push(clock());
				arrived();
			}),
		);
		await jest.advanceTimersByTimeAsync(99);
		// The event loop was busy: the clock moved on `stall` ms more than the timers did (and stays ahead).
		lag = stall;
		await jest.advanceTimersByTimeAsync(2_000);
		await all;
		return times.map((time) => time - times[0]);
	}

	it('catches up a slot reached up to eight intervals late, half an interval apart, and any second stays within the ceiling', async () => {
		// The second slot (due at 100 ms) is reached at 350 ms; the ones due at 200 to 500 ms follow half an interval
		// apart until the pace is reached again at 600 ms. The twelfth waits until the second has been out of the
		// window for a second (1,350 ms): the ten from 350 to 1,000 ms filled it.
		const times = await releasesAfterStall(12, 250);
		expect(times).toEqual([0, 350, 400, 450, 500, 550, 600, 700, 800, 900, 1_000, 1_350]);
		expect(busiestSecond(times)).toBeLessThanOrEqual(10);
	});

	it('does not make up a stall of more than eight intervals: the pace starts again from the late slot', async () => {
		expect(await releasesAfterStall(4, 900)).toEqual([0, 1_000, 1_100, 1_200]);
	});

	it('counts a request until its answer is in: a first connection 600 ms slower holds back the one a ceiling after it', async () => {
		const limiter = new RateLimiter(10);
		const arrivals: number[] = [];
		const all = Promise.all(
			Array.from({ length: 25 }, async (_, index) => {
				const arrived = await limiter.acquire();
				const latency = index === 0 ? 600 : 5;
				await new Promise((resolve) => setTimeout(resolve, latency));
				arrivals.push(Date.now());
				arrived();
			}),
		);
		await jest.advanceTimersByTimeAsync(6_000);
		await all;
		expect(busiestSecond(arrivals)).toBeLessThanOrEqual(10);
	});

	it('takes a changed ceiling from the next request on, and none at 0', async () => {
		const limiter = new RateLimiter(2);
		const slow = await release(limiter, 3, async (advance) => await advance(2_000));
		expect(slow[2].at - slow[0].at).toBe(1_000);
		limiter.setRate(0);
		const free = await release(limiter, 50, async (advance) => await advance(0));
		expect(new Set(free.map((entry) => entry.at)).size).toBe(1);
	});
});

describe('requestsPerSecond and accountFingerprint', () => {
	it.each([
		[undefined, 10],
		['', 10],
		[null, 10],
		[0, 0],
		['25', 25],
		[2.5, 2.5],
		[-1, 10],
		['many', 10],
	])('reads %j as %j (provider default 10)', (value, expected) => {
		expect(requestsPerSecond(value, 10)).toBe(expected);
	});

	it.each([
		['https://API.Example.com/v2/', 'https://api.example.com/v2'],
		['HTTPS://api.example.com:443/v2//', 'https://api.example.com/v2'],
		['http://api.example.com:80', 'http://api.example.com'],
		['http://127.0.0.1:8080/mapp/', 'http://127.0.0.1:8080/mapp'],
		['https://api.example.com/V2', 'https://api.example.com/V2'],
		[' not a url/ ', 'not a url'],
	])('normalises the base URL %j to %j for the ceiling key', (value, expected) => {
		expect(normalizedBaseUrl(value)).toBe(expected);
	});

	it('gives one account one key, and no trace of the secret in it', () => {
		const key = accountFingerprint('https://api.esv2.com', 'secret-key-123');
		expect(key).toBe(accountFingerprint('https://api.esv2.com', 'secret-key-123'));
		expect(key).not.toBe(accountFingerprint('https://api.esv2.com', 'secret-key-124'));
		expect(key).toMatch(/^[0-9a-f]{8}$/);
	});
});
