import { sleep } from 'n8n-workflow';

/** A ceiling of requests per second for one provider account (or workspace), and the key it is counted under. */
export interface RateCeiling {
	/** What shares the ceiling, e.g. the provider, the workspace and the method group. */
	key: string;
	/** Requests per second; 0 or less means no ceiling. */
	perSecond: number;
}

/**
 * How late a slot may be reached and still keep its place on the pace. At most this many requests go closer together
 * than the pace (half an interval apart) after a stall; any second still holds no more than the ceiling.
 */
const LATE_INTERVALS = 8;

/**
 * Lets requests go one at a time, in the order they asked, so that no second, as the provider counts it (by arrival,
 * in any sliding window of 1000 ms), ever holds more than `perSecond` of them, however long each one's connection
 * takes. Requests go at an even pace of 1/perSecond (never a burst): a slot the event loop reached up to LATE_INTERVALS
 * intervals late (it was parsing answers, collecting garbage) keeps its place on the pace and the ones after it catch
 * up, two requests never less than half an interval apart, so that a busy process does not fall behind the pace; a
 * longer stall is not made up. A request counts as arriving "now" until its answer's headers are in (the caller says
 * so with the function `acquire` gives), and as having arrived then afterwards, so a first connection 600 ms slower
 * than the rest holds back the request `perSecond` places after it, instead of arriving together with it. Every time
 * is measured when it happens, so a busy event loop cannot bunch requests up.
 */
export class RateLimiter {
	private readonly waiting: Array<(arrived: () => void) => void> = [];

	/** Requests let go whose answers are not in yet: each may still arrive "now". */
	private inFlight = 0;

	/** When the answers of the others came in, oldest first (they come in time order), from `firstArrival` on. */
	private readonly arrivals: number[] = [];

	private firstArrival = 0;

	/** The slot of the last request let go: its due time on the even pace, at most LATE_INTERVALS intervals before it went. */
	private lastSlot: number | undefined;

	/** When the last request was let go. */
	private lastRelease = Number.NEGATIVE_INFINITY;

	/** The wait for the first request in line, while one is pending. */
	private timer: Promise<void> | undefined;

	constructor(
		private perSecond: number,
		private readonly now: () => number = Date.now,
	) {}

	/** A credential may change its ceiling between runs; the new value applies from the next request. */
	setRate(perSecond: number): void {
		this.perSecond = perSecond;
	}

	/**
	 * Resolves when this request may go, with the function to call once its answer's headers (or its failure) are
	 * in. Until then it counts against every request that follows it.
	 */
	async acquire(): Promise<() => void> {
		if (!(this.perSecond > 0)) return () => undefined;
		return await new Promise<() => void>((resolve) => {
			this.waiting.push(resolve);
			this.release();
		});
	}

	/** The next request's slot on the even pace: the last one's plus an interval, or now when that is too far past. */
	private pacedSlot(now: number): number {
		const interval = 1000 / this.perSecond;
		const paced = this.lastSlot === undefined ? now : this.lastSlot + interval;
		return paced < now - LATE_INTERVALS * interval ? now : paced;
	}

	/** The earliest time the next request may go, or undefined while it waits for an answer to come in. */
	private nextSlot(now: number): number | undefined {
		const limit = Math.max(1, Math.floor(this.perSecond));
		while (this.firstArrival < this.arrivals.length && this.arrivals[this.firstArrival] <= now - 1000) this.firstArrival++;
		if (this.firstArrival > 1024 && this.firstArrival * 2 > this.arrivals.length) {
			this.arrivals.splice(0, this.firstArrival);
			this.firstArrival = 0;
		}
		const arrived = this.arrivals.length - this.firstArrival;
		const halfInterval = 500 / this.perSecond;
		const paced = Math.max(this.pacedSlot(now), this.lastRelease + halfInterval);
		const mustLeave = this.inFlight + arrived - limit + 1;
		if (mustLeave <= 0) return paced;
		// The oldest arrivals must leave the window first; one still in flight has not surely arrived, so cannot leave.
		if (arrived < mustLeave) return undefined;
		return Math.max(paced, this.arrivals[this.firstArrival + mustLeave - 1] + 1000);
	}

	private release(): void {
		if (this.timer !== undefined) return;
		while (this.waiting.length > 0) {
			const now = this.now();
			const at = this.nextSlot(now);
			if (at === undefined) return;
			if (at > now) {
				this.timer = sleep(Math.ceil(at - now)).then(() => {
					this.timer = undefined;
					this.release();
				});
				return;
			}
			this.lastSlot = this.pacedSlot(now);
			this.lastRelease = now;
			this.inFlight++;
			let counted = true;
			this.waiting.shift()!(() => {
				if (!counted) return;
				counted = false;
				this.arrived();
			});
		}
	}

	private arrived(): void {
		this.inFlight--;
		this.arrivals.push(this.now());
		this.release();
	}
}

/**
 * The credential's "Requests per Second": the stored number when it is one, the provider's default when the field is
 * missing (credentials saved before it existed), 0 (no ceiling) when set to 0.
 */
export function requestsPerSecond(value: unknown, fallback: number): number {
	if (value === undefined || value === null || value === '') return fallback;
	const number = Number(value);
	return Number.isFinite(number) && number >= 0 ? number : fallback;
}

/**
 * A short fingerprint of an account's identity (base URL, user, key) for limiter keys, so that two n8n credentials for
 * one account share its ceiling without the map holding the key itself. FNV-1a: a collision merely merges two
 * ceilings.
 */
export function accountFingerprint(...parts: unknown[]): string {
	let hash = 0x811c9dc5;
	for (const character of parts.map((part) => String(part ?? '')).join('\u0000')) {
		hash ^= character.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * One spelling of a base URL for limiter keys, so that every spelling of one account shares its ceiling: scheme and
 * host in lower case (RFC 3986 §6.2.2.1), the scheme's default port left out (§6.2.3), no trailing slashes, the path
 * as it is (paths are case-sensitive). Text that is not a URL is only trimmed of spaces and trailing slashes.
 */
export function normalizedBaseUrl(value: unknown): string {
	const text = String(value ?? '').trim();
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return text.replace(/\/+$/, '');
	}
	const port = url.port === '' || url.port === DEFAULT_PORTS[url.protocol] ? '' : `:${url.port}`;
	return `${url.protocol}//${url.hostname}${port}${url.pathname.replace(/\/+$/, '')}`;
}
