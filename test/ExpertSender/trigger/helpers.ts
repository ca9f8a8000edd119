import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { poller, type Poller } from '../../harness/poll';

/** One sandbox with the ExpertSender module per test file; reset before each test (clock 2026-01-15T10:00:00). */
export function esTriggerSandbox() {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	const state = { sandbox, provider, credentials: {} as Record<string, Record<string, string | number | boolean>> };
	beforeAll(async () => {
		await sandbox.start();
		state.credentials = Object.fromEntries(sandbox.credentials().map((c) => [c.type, c.data]));
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());
	return state;
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
