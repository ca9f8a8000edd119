import type { IDataObject } from 'n8n-workflow';

import { MappProvider } from '../../../sandbox/providers/mapp';
import { poller, type Poller } from '../../harness/poll';
import { at, pollSandbox, T0, type PollSandbox } from '../../harness/pollSandbox';

export { at, T0 };

export const TRIGGER_TYPE = 'n8n-nodes-messaging-suite.mappEngageTrigger';

/** One sandbox with the Mapp module per test file; reset before each test, the clock (Date only) set to T0. */
export function mappTriggerSandbox(): PollSandbox<MappProvider> {
	return pollSandbox(new MappProvider());
}

export function mappPoller(state: ReturnType<typeof mappTriggerSandbox>, parameters: IDataObject, credentials: IDataObject = {}): Poller {
	return poller({
		type: TRIGGER_TYPE,
		parameters,
		credentialType: 'mappEngageApi',
		credentials: { mappEngageApi: { ...state.credentials.mappEngageApi, ...credentials } as Record<string, string> },
	});
}

/** Each pollByRange request on the wire, in order: its path and query. */
export function pollRequests(state: ReturnType<typeof mappTriggerSandbox>): Array<{ method: string; path: string; query: Record<string, string | string[]> }> {
	return state.sandbox
		.requests('mapp')
		.filter((request) => request.path.includes('/async/'))
		.map((request) => ({ method: request.method, path: request.path, query: request.query }));
}

/** Unix seconds of an ISO time. */
export function unix(iso: string): string {
	return String(Date.parse(iso) / 1000);
}
