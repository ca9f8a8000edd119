import type { Config } from '@jest/types';
import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { CordialProvider } from '../../../sandbox/providers/cordial';
import { poller, type Poller } from '../../harness/poll';

/** Only Date is frozen (and moved by the tests); timers stay real, so that the HTTP client works. */
export const KEEP_REAL: Config.FakeableAPI[] = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];

export const T0 = '2026-06-01T12:00:00Z';

export function at(iso: string): void {
	jest.setSystemTime(new Date(iso));
}

/** One sandbox with the Cordial module per test file; reset before each test, the clock set to T0. */
export function cordialTriggerSandbox() {
	const provider = new CordialProvider();
	const sandbox = new Sandbox([provider]);
	const state = { sandbox, provider, credentials: {} as Record<string, Record<string, string | number | boolean>> };
	beforeAll(async () => {
		jest.useFakeTimers({ now: new Date(T0), doNotFake: KEEP_REAL });
		await sandbox.start();
		state.credentials = Object.fromEntries(sandbox.credentials().map((c) => [c.type, c.data]));
	});
	afterAll(async () => {
		jest.useRealTimers();
		await sandbox.stop();
	});
	beforeEach(() => {
		sandbox.reset();
		at(T0);
	});
	return state;
}

export function cordialPoller(state: ReturnType<typeof cordialTriggerSandbox>, parameters: IDataObject, credentials: IDataObject = {}): Poller {
	return poller({
		type: 'n8n-nodes-messaging-suite.cordialTrigger',
		parameters,
		credentialType: 'cordialApi',
		credentials: { cordialApi: { ...state.credentials.cordialApi, ...credentials } as Record<string, string> },
	});
}

/** The query of each contact-activities request on the wire, in order. */
export function activityQueries(state: ReturnType<typeof cordialTriggerSandbox>): Array<Record<string, string | string[]>> {
	return state.sandbox
		.requests('cordial')
		.filter((request) => request.path === '/v2/contactactivities')
		.map((request) => request.query);
}
