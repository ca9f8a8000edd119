/**
 * One rate ceiling per provider account for all processes of an n8n in queue mode (main and workers), kept in the
 * Redis n8n's queue runs on (queueRedis.ts), atomically by rate-limiter-flexible.
 *
 * Time is cut into slots of 1000 / (ceiling × SLOT_SHARE) ms, counted from the epoch, and a request goes only in a slot
 * it alone claimed: rate-limiter-flexible's counter for that slot's key, with 1 point, lets exactly one claimant
 * through. A process claims the next free slot that begins from now on and waits for it. The requests of all
 * processes are then at least one slot apart, so any 1000 ms holds fewer than `ceiling` slot starts, even when a
 * request reaches the provider up to (1 / SLOT_SHARE − 1) s − LATE_MS (about 75 ms) later after its slot began than
 * the one a ceiling before it (a worker's event loop or GC holding a request back); a process that wakes later than
 * LATE_MS after its slot began takes a fresh one. A fixed window of one second (the library's own unit)
 * would let twice the ceiling through across a window's edge.
 *
 * If Redis fails, each process pauses for one second (the slots already taken must leave the window first) and goes on
 * alone at the safe share: the ceiling divided by the processes that took a slot in the last 30 s (at least 2), with
 * the in-process limiter, until Redis answers again. Then it takes no slot earlier than one second after its last
 * request on the safe share, and keeps the safe share as a cap for HOLD_SAFE_SHARE_MS more, so that processes seeing
 * Redis come back at different moments never add up. (One process cut off from Redis for longer while the others
 * reach it can exceed the ceiling by its share.)
 */
import { LoggerProxy, sleep } from 'n8n-workflow';
import { RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

import { sharedRedis, whenReady, type SharedRedis } from './queueRedis';
import { RateLimiter, type RateCeiling } from './rateLimit';

/** Slots per second as a share of the ceiling; the rest is the room for a request's way to the provider. */
export const SLOT_SHARE = 0.92;

/** A slot that began longer ago than this when its process got to it is given up for a fresh one. */
export const LATE_MS = 10;

/** After Redis failed, how long requests go at the safe share before Redis is asked again. */
const RETRY_REDIS_MS = 1000;

/**
 * After Redis answers again, how long a process keeps the safe share as a cap on top of its slots: the processes see
 * Redis come back at different moments, and one still on the safe share must not add to slots used in full.
 */
export const HOLD_SAFE_SHARE_MS = 5000;

/** The fewest processes the safe share assumes: a queue-mode n8n has a main instance and at least one worker. */
const FEWEST_PEERS = 2;

/** What a process knows and does per ceiling key. */
interface KeyState {
	/** One claim at a time per process: the next waits for the one before (not for its slot to begin). */
	chain: Promise<unknown>;
	/** The earliest slot this process may claim next. */
	nextSlot: number;
	/** While Redis has failed: until when the safe share is used without asking Redis. */
	degradedUntil: number;
	/** The safe share's limiter, made on the first failure. */
	insurance?: RateLimiter;
	/** When this process last let a request go on the safe share. */
	lastInsuranceAt: number;
	/** Whether the last attempt at Redis failed (for one log line per outage). */
	failing: boolean;
	/** When Redis last failed for this process. */
	failedAt: number;
	/** The safe share begins one second after the last slot anyone may have taken, so the two never add up. */
	safeShareFrom: number;
}

/** The processes taking slots: each writes its name and time into one sorted set, at most every few seconds. */
export interface PeerCount {
	/** Notes this process as active; gives the number of active processes (this one included) when known. */
	touch(now: number): void;
	/** The last count known. */
	readonly known: number;
}

/** The count of active processes, in a Redis sorted set (ZADD / ZREMRANGEBYSCORE / ZCARD in one MULTI). */
export class RedisPeerCount implements PeerCount {
	known = 1;

	private touchedAt = -Infinity;

	private readonly name = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

	constructor(
		private readonly redis: SharedRedis,
		private readonly key = 'n8n-messaging-suite:ceiling-processes',
		private readonly windowMs = 30_000,
	) {}

	touch(now: number): void {
		if (now - this.touchedAt < 5000) return;
		this.touchedAt = now;
		this.redis
			.multi()
			.zadd(this.key, now, this.name)
			.zremrangebyscore(this.key, 0, now - this.windowMs)
			.zcard(this.key)
			.pexpire(this.key, this.windowMs * 2)
			.exec()
			.then((results) => {
				const count = Number(results?.[2]?.[1]);
				if (count > 0) this.known = count;
			})
			.catch(() => undefined);
	}
}

/** The slot counter of one key; rejects with RateLimiterRes when another process has it, with an Error when the store fails. */
export type SlotStore = Pick<RateLimiterAbstract, 'consume'>;

export class SharedCeiling {
	private readonly states = new Map<string, KeyState>();

	constructor(
		private readonly store: SlotStore,
		private readonly peers: PeerCount,
		private readonly now: () => number = Date.now,
		/** Settles once the store can be asked (the connection made, or given up on). */
		private readonly ready: Promise<void> = Promise.resolve(),
	) {}

	/**
	 * Waits for this request's slot across all processes; gives the function to call once its answer is in (which
	 * matters only on the safe share, where the in-process limiter counts by arrival).
	 */
	async take(ceiling: RateCeiling): Promise<() => void> {
		await this.ready;
		const state = this.state(ceiling.key);
		if (this.now() < state.degradedUntil) return await this.onSafeShare(state);
		// Shortly after an outage the safe share stays a cap, until every process has surely seen Redis again.
		const capped = this.now() - state.failedAt < HOLD_SAFE_SHARE_MS ? await state.insurance!.acquire() : undefined;
		const width = 1000 / (ceiling.perSecond * SLOT_SHARE);
		for (;;) {
			// Claims go one at a time per process (no two of its requests race for one slot); the waits do not.
			const claim = state.chain.then(async () => await this.claim(ceiling, width, state));
			state.chain = claim.catch(() => undefined);
			const slot = await claim;
			if (slot === undefined) {
				capped?.();
				return await this.onSafeShare(state);
			}
			const wait = slot * width - this.now();
			if (wait > 0) await sleep(wait);
			if (this.now() - slot * width <= LATE_MS) return capped ?? (() => undefined);
		}
	}

	private state(key: string): KeyState {
		let state = this.states.get(key);
		if (!state) {
			state = { chain: Promise.resolve(), nextSlot: 0, degradedUntil: 0, lastInsuranceAt: -Infinity, failing: false, failedAt: -Infinity, safeShareFrom: 0 };
			this.states.set(key, state);
		}
		return state;
	}

	/** Claims the next free slot that begins from now on; undefined when Redis failed. */
	private async claim(ceiling: RateCeiling, width: number, state: KeyState): Promise<number | undefined> {
		if (this.now() < state.degradedUntil) return undefined;
		// Not before one second after the last request on the safe share: those were counted by no one else.
		const from = Math.max(state.nextSlot, Math.ceil(Math.max(this.now(), state.lastInsuranceAt + 1000) / width));
		const slot = await this.claimFrom(ceiling, width, from, state);
		if (slot !== undefined) state.nextSlot = slot + 1;
		return slot;
	}

	/** Tries the slots from `first` on until one is this process's; undefined when Redis failed. */
	private async claimFrom(ceiling: RateCeiling, width: number, first: number, state: KeyState): Promise<number | undefined> {
		for (let slot = first; ; slot++) {
			try {
				// The key must outlive its slot, however far ahead it is claimed (a process with many requests waiting
				// claims several slots ahead), or another process could claim it again once it expired.
				const customDuration = Math.ceil((slot * width + width - this.now()) / 1000) + 1;
				await this.store.consume(`${ceiling.key}:${ceiling.perSecond}:${slot}`, 1, { customDuration });
			} catch (error) {
				if (error instanceof RateLimiterRes) continue;
				this.degrade(ceiling, state, error as Error);
				return undefined;
			}
			this.peers.touch(this.now());
			if (state.failing) {
				state.failing = false;
				LoggerProxy.info('Messaging suite: the shared rate ceiling\'s Redis answers again; this process takes its slots there.');
			}
			return slot;
		}
	}

	private degrade(ceiling: RateCeiling, state: KeyState, error: Error): void {
		state.degradedUntil = this.now() + RETRY_REDIS_MS;
		state.failedAt = this.now();
		const processes = Math.max(FEWEST_PEERS, this.peers.known);
		const share = ceiling.perSecond / processes;
		if (!state.insurance) state.insurance = new RateLimiter(share, this.now);
		else state.insurance.setRate(share);
		if (state.failing) return;
		state.failing = true;
		// Slots are claimed at most one slot ahead; those already taken count for one more second.
		state.safeShareFrom = this.now() + 1000 + 1000 / (ceiling.perSecond * SLOT_SHARE);
		LoggerProxy.warn(
			`Messaging suite: the shared rate ceiling's Redis failed (${error.message}); this process sends at ${share.toFixed(2)}/s ` +
				`(the ceiling's share for ${processes} processes) until Redis answers again.`,
		);
	}

	private async onSafeShare(state: KeyState): Promise<() => void> {
		const wait = state.safeShareFrom - this.now();
		if (wait > 0) await sleep(wait);
		const arrived = await state.insurance!.acquire();
		state.lastInsuranceAt = this.now();
		return arrived;
	}
}

let shared: SharedCeiling | undefined | null = null;

/** This process's shared ceiling, or undefined when the ceilings stay in this process (see queueRedis.ts). */
export function sharedCeiling(): SharedCeiling | undefined {
	if (shared !== null) return shared;
	const redis = sharedRedis();
	shared = redis
		? new SharedCeiling(
				new RateLimiterRedis({ storeClient: redis, points: 1, duration: 1, keyPrefix: 'n8n-messaging-suite:slot', rejectIfRedisNotReady: true }),
				new RedisPeerCount(redis),
				Date.now,
				whenReady(redis),
			)
		: undefined;
	return shared;
}

/** For tests: this shared ceiling (or none) instead of the one the environment describes; null asks the environment again. */
export function useSharedCeiling(ceiling: SharedCeiling | undefined | null): void {
	shared = ceiling;
}
