import { sleep } from 'n8n-workflow';

/** A ceiling of requests per second for one provider account (or workspace), and the key it is counted under. */
export interface RateCeiling {
	/** What shares the ceiling, e.g. the provider, the workspace and the method group. */
	key: string;
	/** Requests per second; 0 or less means no ceiling. */
	perSecond: number;
}

/**
 * Spaces requests evenly at `perSecond`: each request gets the next free slot, 1/perSecond after the previous one.
 * Even spacing (rather than a full bucket at the start) keeps every one-second window at or under the ceiling, so a
 * provider that counts requests per second never sees a burst above it.
 */
export class RateLimiter {
	private nextSlot = 0;

	constructor(private perSecond: number) {}

	/** A credential may change its ceiling between runs; the new value applies from the next request. */
	setRate(perSecond: number): void {
		this.perSecond = perSecond;
	}

	/** Waits for this request's slot. */
	async acquire(now: () => number = Date.now): Promise<void> {
		if (!(this.perSecond > 0)) return;
		const current = now();
		const slot = Math.max(current, this.nextSlot);
		this.nextSlot = slot + 1000 / this.perSecond;
		if (slot > current) await sleep(slot - current);
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
