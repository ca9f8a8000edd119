import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { CordialProvider, CORDIAL_API_KEY } from '../../sandbox/providers/cordial';
import { Sandbox, type LoggedRequest } from '../../sandbox/framework';
import { runWorkflow, type WorkflowRun } from '../harness/engine';

export { CORDIAL_API_KEY };

export const BASIC = `Basic ${Buffer.from(`${CORDIAL_API_KEY}:`).toString('base64')}`;

/** One sandbox per test file, with the Cordial module; reset before each test. */
export function cordialSandbox() {
	const provider = new CordialProvider();
	const sandbox = new Sandbox([provider]);
	const state: { credentials: Record<string, Record<string, string | number | boolean>> } = { credentials: {} };
	beforeAll(async () => {
		await sandbox.start();
		state.credentials = Object.fromEntries(sandbox.credentials().map((c) => [c.type, c.data]));
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	async function run(
		parameters: IDataObject,
		options: { items?: IDataObject[]; continueOnFail?: boolean; credentials?: Record<string, string> } = {},
	): Promise<WorkflowRun & { items: INodeExecutionData[] }> {
		const result = await runWorkflow({
			credentials: { cordialApi: { ...state.credentials.cordialApi, ...options.credentials } },
			nodes: [
				{
					name: 'Items',
					type: 'test.items',
					parameters: { items: JSON.stringify((options.items ?? [{}]).map((json) => ({ json }))) },
				},
				{
					name: 'Cordial',
					type: 'n8n-nodes-messaging-suite.cordial',
					parameters,
					credentials: { cordialApi: { id: '1', name: 'Cordial' } },
					continueOnFail: options.continueOnFail,
				},
			],
		});
		return Object.assign(result, { items: result.error ? [] : result.output('Cordial') });
	}

	/** The log as [method, path, query entries, parsed body]; query entries keep their order on the wire. */
	function wire(): Array<[string, string, Array<[string, string | string[]]>, unknown]> {
		return sandbox.requests('cordial').map((entry: LoggedRequest) => [
			entry.method,
			entry.path,
			Object.entries(entry.query),
			entry.body === '' ? undefined : JSON.parse(entry.body),
		]);
	}

	return { sandbox, provider, run, wire, state };
}

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Every string inside a value, for secret scans. */
export function allText(value: unknown): string {
	return JSON.stringify(value) ?? '';
}
