import type { IDataObject } from 'n8n-workflow';

import { Sandbox, type LoggedRequest } from '../../sandbox/framework';
import { BIRD_WORKSPACE_ID, BirdProvider } from '../../sandbox/providers/bird';
import { runWorkflow, type WorkflowRun } from '../harness/engine';

export const NODE_TYPE = 'n8n-nodes-messaging-suite.birdChannels';
export const WS = `/workspaces/${BIRD_WORKSPACE_ID}`;

export interface BirdTestContext {
	sandbox: Sandbox;
	bird: BirdProvider;
	credentials(): Record<string, string | number | boolean>;
	/** Runs Items → Bird Channels with the given node parameters. */
	run(
		parameters: Record<string, unknown>,
		items?: Array<{ json: IDataObject; binary?: Record<string, { base64?: string; text?: string; fileName?: string; mimeType?: string }> }>,
		options?: { continueOnFail?: boolean; credentials?: Record<string, string | number | boolean> },
	): Promise<WorkflowRun>;
	/** The Bird log entries (method, path, query, parsed JSON body). */
	calls(): Array<{ method: string; path: string; query: Record<string, string | string[]>; body: unknown }>;
	log(): LoggedRequest[];
}

/** Starts one sandbox with the Bird module for the test file; state and log are reset before each test. */
export function birdSandbox(): BirdTestContext {
	const bird = new BirdProvider();
	const sandbox = new Sandbox([bird]);
	let credentials: Record<string, string | number | boolean> = {};

	beforeAll(async () => {
		await sandbox.start();
		credentials = sandbox.credentials().find((credential) => credential.type === 'birdChannelsApi')!.data;
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	return {
		sandbox,
		bird,
		credentials: () => credentials,
		async run(parameters, items = [{ json: {} }], options = {}) {
			return await runWorkflow({
				credentials: { birdChannelsApi: options.credentials ?? credentials },
				nodes: [
					{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(items) } },
					{
						name: 'Bird',
						type: NODE_TYPE,
						parameters: parameters as IDataObject,
						credentials: { birdChannelsApi: { id: '1', name: 'Bird sandbox' } },
						continueOnFail: options.continueOnFail,
					},
				],
			});
		},
		calls() {
			return sandbox.requests('bird').map((entry) => ({
				method: entry.method,
				path: entry.path,
				query: entry.query,
				body: entry.headers['content-type']?.startsWith('application/json') ? (JSON.parse(entry.body) as unknown) : entry.body || undefined,
			}));
		},
		log: () => sandbox.requests('bird'),
	};
}

/** The JSON of each output item with its pairedItem. */
export function outputOf(run: WorkflowRun, node = 'Bird'): Array<{ json: IDataObject; pairedItem: unknown }> {
	return run.output(node).map((item) => ({ json: item.json, pairedItem: item.pairedItem }));
}

export function channelById(id: string): IDataObject {
	return { __rl: true, mode: 'id', value: id };
}

export function smsTo(phone: string): IDataObject {
	return { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: phone }] };
}
