import { RateLimiter, type RateCeiling } from './rateLimit';
import { sharedCeiling } from './sharedCeiling';

/**
 * One limiter per key for the whole n8n process: every execution and every node using the same credential shares it.
 * In queue mode the processes share one ceiling on top of it (sharedCeiling.ts).
 */
const limiters = new Map<string, RateLimiter>();

function processLimiter(ceiling: RateCeiling): RateLimiter {
	let limiter = limiters.get(ceiling.key);
	if (!limiter) {
		limiter = new RateLimiter(ceiling.perSecond);
		limiters.set(ceiling.key, limiter);
	} else {
		limiter.setRate(ceiling.perSecond);
	}
	return limiter;
}

/**
 * Waits for a slot under the ceiling, in this process and, in queue mode, across all of n8n's processes; gives the
 * function to call once the request's answer (headers) or failure is in. Without a ceiling it gives at once.
 */
export async function waitForRateSlot(ceiling: RateCeiling | undefined): Promise<() => void> {
	if (!ceiling || !(ceiling.perSecond > 0)) return () => undefined;
	const arrivedHere = await processLimiter(ceiling).acquire();
	const shared = sharedCeiling();
	if (!shared) return arrivedHere;
	// A failed wait must still free this process's slot, or every later request would wait for it.
	const arrivedShared = await shared.take(ceiling).catch(async (error: unknown) => {
		arrivedHere();
		return await Promise.reject(error);
	});
	return () => {
		arrivedHere();
		arrivedShared();
	};
}
