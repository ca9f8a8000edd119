import type { IDataObject } from 'n8n-workflow';

import { CordialProvider } from '../../../sandbox/providers/cordial';
import { poller, type Poller } from '../../harness/poll';
import { at, pollSandbox, T0, type PollSandbox } from '../../harness/pollSandbox';

export { at, T0 };

/** One sandbox with the Cordial module per test file; reset before each test, the clock (Date only) set to T0. */
export function cordialTriggerSandbox(): PollSandbox<CordialProvider> {
	return pollSandbox(new CordialProvider());
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
