import type { IDataObject } from 'n8n-workflow';

import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { poller, type Poller } from '../../harness/poll';
import { pollSandbox, type PollSandbox } from '../../harness/pollSandbox';

/** One sandbox with the ExpertSender module per test file; reset before each test (its own clock 2026-01-15T10:00:00). */
export function esTriggerSandbox(): PollSandbox<ExpertSenderProvider> {
	return pollSandbox(new ExpertSenderProvider(), { freezeDate: false });
}

export function esPoller(state: ReturnType<typeof esTriggerSandbox>, parameters: IDataObject, credentials: IDataObject = {}): Poller {
	return poller({
		type: 'n8n-nodes-messaging-suite.expertSenderTrigger',
		parameters,
		credentialType: 'expertSenderApi',
		credentials: { expertSenderApi: { ...state.credentials.expertSenderApi, ...credentials } as Record<string, string> },
	});
}

/** Each request on the wire as `resource?query` without the API key, in order. */
export function wire(state: ReturnType<typeof esTriggerSandbox>): string[] {
	return state.sandbox.requests('expertsender').map((request) => {
		const query = Object.entries(request.query)
			.filter(([key]) => key !== 'apiKey')
			.map(([key, value]) => `${key}=${String(value)}`)
			.join('&');
		return `${request.path.replace('/v2/Api/', '')}${query ? `?${query}` : ''}`;
	});
}
