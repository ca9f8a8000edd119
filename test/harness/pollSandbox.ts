/**
 * The sandbox set-up of the polling-trigger tests: one sandbox with one provider module per test file, reset before
 * each test, and (unless told otherwise) Date frozen at T0 for the tests to move with `at()`.
 */
import type { Config } from '@jest/types';

import { Sandbox, type ProviderModule } from '../../sandbox/framework';

/** Only Date is frozen (and moved by the tests); timers stay real, so that the HTTP client works. */
export const KEEP_REAL: Config.FakeableAPI[] = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];

export const T0 = '2026-06-01T12:00:00Z';

export function at(iso: string): void {
	jest.setSystemTime(new Date(iso));
}

export interface PollSandbox<P extends ProviderModule> {
	sandbox: Sandbox;
	provider: P;
	/** The sandbox's credentials by type, set once it has started. */
	credentials: Record<string, Record<string, string | number | boolean>>;
}

/** `freezeDate: false` leaves Date alone (a provider whose clock the tests set themselves). */
export function pollSandbox<P extends ProviderModule>(provider: P, options: { freezeDate?: boolean } = {}): PollSandbox<P> {
	const freeze = options.freezeDate ?? true;
	const sandbox = new Sandbox([provider]);
	const state: PollSandbox<P> = { sandbox, provider, credentials: {} };
	beforeAll(async () => {
		if (freeze) jest.useFakeTimers({ now: new Date(T0), doNotFake: KEEP_REAL });
		await sandbox.start();
		state.credentials = Object.fromEntries(sandbox.credentials().map((c) => [c.type, c.data]));
	});
	afterAll(async () => {
		if (freeze) jest.useRealTimers();
		await sandbox.stop();
	});
	beforeEach(() => {
		sandbox.reset();
		if (freeze) at(T0);
	});
	return state;
}
