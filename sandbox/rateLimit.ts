/**
 * The sandbox's opt-in rate limits and rate statistics: a token bucket per limit and key, answered (by the Sandbox)
 * with the provider's own over-limit response, and a sliding one-second window per key that records the peak rate
 * the provider saw, whether or not limits are set.
 */
import type { ProviderModule, SandboxRequest } from './framework';

/**
 * An opt-in rate limit: a token bucket per key holding `perSecond` tokens (at least 1), refilled at `perSecond` a
 * second, starting full. Like any token bucket it lets up to twice `perSecond` through in a sliding second (a full
 * bucket, then the refill).
 */
export interface RateLimit {
	provider: string;
	perSecond: number;
	/** The HTTP methods it counts, sharing one bucket per key (e.g. Bird's `['POST']`); all methods when omitted. */
	methods?: string[];
}

/** The bucket that refused a request, for the provider's over-limit answer. */
export interface OverLimitState {
	/** The limit's `perSecond`. */
	limit: number;
	/** Whole requests left in the bucket (0 when refused). */
	remaining: number;
	/** Whole seconds, at least 1, until one request would pass again. */
	retryAfterSeconds: number;
	/** Whole seconds, at least 1, until the bucket is full again. */
	resetSeconds: number;
}

export interface ProviderRateStats {
	/** Requests the provider's rate limits apply to (counted whether or not limits are set). */
	requests: number;
	/** Of these, refused as over the limit and not processed. */
	rejected: number;
	/** The most requests of one key (workspace, credential) received in any sliding 1000 ms window. */
	peakPerSecond: number;
	/** The same, counting only the requests the limits let through. */
	peakAdmittedPerSecond: number;
}

class TokenBucket {
	/** At least one token, so that a rate below 1/s still lets a request through now and then. */
	private readonly capacity: number;

	private tokens: number;

	private updatedAt: number;

	constructor(
		private readonly perSecond: number,
		now: number,
	) {
		this.capacity = Math.max(1, perSecond);
		this.tokens = this.capacity;
		this.updatedAt = now;
	}

	refill(now: number): void {
		const elapsedMs = Math.max(0, now - this.updatedAt);
		this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs * this.perSecond) / 1000);
		this.updatedAt = now;
	}

	/** Whether a whole token is there; refill() first. */
	get hasToken(): boolean {
		return this.tokens >= 1;
	}

	take(): void {
		this.tokens -= 1;
	}

	state(): OverLimitState {
		const secondsUntil = (tokens: number) => Math.max(1, Math.ceil(Math.max(0, tokens - this.tokens) / this.perSecond));
		return {
			limit: this.perSecond,
			remaining: Math.floor(this.tokens),
			retryAfterSeconds: secondsUntil(1),
			resetSeconds: secondsUntil(this.capacity),
		};
	}
}

/** Counts the events of the last 1000 ms and remembers the highest count seen. */
class SlidingWindow {
	private readonly times: number[] = [];

	private start = 0;

	peak = 0;

	add(now: number): void {
		while (this.start < this.times.length && this.times[this.start] <= now - 1000) this.start++;
		// Drop the expired head now and then rather than shifting on every event.
		if (this.start > 1024 && this.start * 2 > this.times.length) {
			this.times.splice(0, this.start);
			this.start = 0;
		}
		this.times.push(now);
		this.peak = Math.max(this.peak, this.times.length - this.start);
	}
}

interface ProviderRateRecord {
	requests: number;
	rejected: number;
	received: Map<string, SlidingWindow>;
	admitted: Map<string, SlidingWindow>;
}

function windowOf(windows: Map<string, SlidingWindow>, key: string): SlidingWindow {
	let window = windows.get(key);
	if (!window) {
		window = new SlidingWindow();
		windows.set(key, window);
	}
	return window;
}

/** Admits requests against the limits in force and keeps the statistics, per provider and key. */
export class RateGate {
	private limits: RateLimit[] = [];

	/** Buckets by limit index, then by the provider's rate-limit key. */
	private buckets = new Map<number, Map<string, TokenBucket>>();

	private readonly records = new Map<string, ProviderRateRecord>();

	constructor(private readonly clock: () => number) {}

	/** Enforces these limits from now on, with full buckets (an empty list switches them off). */
	setLimits(limits: RateLimit[]): void {
		for (const limit of limits) {
			if (!(Number.isFinite(limit.perSecond) && limit.perSecond > 0)) {
				throw new Error(`Rate limit for "${limit.provider}" needs a positive perSecond, not ${limit.perSecond}`);
			}
		}
		this.limits = limits.map((limit) => ({ ...limit, methods: limit.methods?.map((method) => method.toUpperCase()) }));
		this.buckets = new Map();
	}

	stats(): Record<string, ProviderRateStats> {
		const peak = (windows: Map<string, SlidingWindow>) => Math.max(0, ...[...windows.values()].map((window) => window.peak));
		return Object.fromEntries(
			[...this.records].map(([name, record]) => [
				name,
				{ requests: record.requests, rejected: record.rejected, peakPerSecond: peak(record.received), peakAdmittedPerSecond: peak(record.admitted) },
			]),
		);
	}

	/** Counts the request and takes a token from every bucket it falls in; gives the refusing bucket's state if any. */
	admit(provider: ProviderModule, request: SandboxRequest): OverLimitState | undefined {
		const key = provider.rateLimitKey ? provider.rateLimitKey(request) : (request.headers.authorization ?? '');
		if (key === undefined) return undefined;
		const now = this.clock();
		let record = this.records.get(provider.name);
		if (!record) {
			record = { requests: 0, rejected: 0, received: new Map(), admitted: new Map() };
			this.records.set(provider.name, record);
		}
		record.requests++;
		windowOf(record.received, key).add(now);

		const buckets: TokenBucket[] = [];
		this.limits.forEach((limit, index) => {
			if (limit.provider !== provider.name) return;
			if (limit.methods && !limit.methods.includes(request.method)) return;
			let byKey = this.buckets.get(index);
			if (!byKey) {
				byKey = new Map();
				this.buckets.set(index, byKey);
			}
			let bucket = byKey.get(key);
			if (!bucket) {
				bucket = new TokenBucket(limit.perSecond, now);
				byKey.set(key, bucket);
			}
			bucket.refill(now);
			buckets.push(bucket);
		});
		const empty = buckets.find((bucket) => !bucket.hasToken);
		if (empty) {
			record.rejected++;
			return empty.state();
		}
		for (const bucket of buckets) bucket.take();
		windowOf(record.admitted, key).add(now);
		return undefined;
	}
}
