import { sleep } from 'n8n-workflow';

/** A ceiling of requests per second for one provider account (or workspace), and the key it is counted under. */
export interface RateCeiling {
	/** What shares the ceiling, e.g. the provider, the workspace and the method group. */
	key: string;
	/** Requests per second; 0 or less means no ceiling. */
	perSecond: number;
}

/**
 * Lets requests go one at a time, in the order they asked, so that no window of one second ever holds more than
 * `perSecond` of them: each goes at least 1/perSecond after the one before (an even pace, never a burst) and at least
 * one second after the one `perSecond` places back. Both are measured when a request actually goes, so a busy event
 * loop that delays some requests cannot bunch them up afterwards.
 */
export class RateLimiter {
	private readonly waiting: Array<() => void> = [];

	/** When the most recent requests went, oldest first; at most `perSecond` of them are kept. */
	private readonly started: number[] = [];

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

	/** Resolves when this request may go. */
	async acquire(): Promise<void> {
		if (!(this.perSecond > 0)) return;
		await new Promise<void>((resolve) => {
			this.waiting.push(resolve);
			this.release();
		});
	}

	private release(): void {
		if (this.timer !== undefined) return;
		while (this.waiting.length > 0) {
			const now = this.now();
			const limit = Math.max(1, Math.floor(this.perSecond));
			while (this.started.length > limit) this.started.shift();
			const last = this.started[this.started.length - 1];
			const paced = last === undefined ? now : last + 1000 / this.perSecond;
			const windowed = this.started.length < limit ? now : this.started[this.started.length - limit] + 1000;
			const at = Math.max(paced, windowed);
			if (at > now) {
				this.timer = sleep(Math.ceil(at - now)).then(() => {
					this.timer = undefined;
					this.release();
				});
				return;
			}
			this.started.push(now);
			this.waiting.shift()!();
		}
	}
}

/**
 * One limiter per key for the whole n8n process: every execution and every node using the same credential shares it.
 * In queue mode each worker is its own process, so each worker has its own ceiling (see the README).
 */
const limiters = new Map<string, RateLimiter>();

export async function waitForRateSlot(ceiling: RateCeiling | undefined): Promise<void> {
	if (!ceiling || !(ceiling.perSecond > 0)) return;
	let limiter = limiters.get(ceiling.key);
	if (!limiter) {
		limiter = new RateLimiter(ceiling.perSecond);
		limiters.set(ceiling.key, limiter);
	} else {
		limiter.setRate(ceiling.perSecond);
	}
	await limiter.acquire();
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
