import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { CordialProvider, CORDIAL_API_KEY, type BatchStatus } from '../../sandbox/providers/cordial';
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

	/** A batch-message operation on one message, with Continue On Fail so that a refusal is the output item. */
	const action = (operation: string, id: string, extra: IDataObject = {}) =>
		run({ resource: 'batchMessage', operation, batchMessageId: rl(id), ...extra }, { continueOnFail: true });

	/**
	 * A batch message brought to `status` through the node and the sandbox's workers: a draft of FULL_CREATE
	 * (scheduled in the future), or without its schedule for `pending` and `sent`. Returns its ID.
	 */
	async function batchMessageIn(status: BatchStatus): Promise<string> {
		const scheduled = !['pending', 'sent'].includes(status);
		const created = await run(scheduled ? FULL_CREATE : UNSCHEDULED_CREATE);
		const id = created.items[0].json.id as string;
		if (status === 'draft') return id;
		await action('send', id);
		if (status === 'scheduled' || status === 'pending') return id;
		provider.progress(id);
		if (status === 'sent') provider.progress(id);
		if (status === 'paused' || status === 'cancelled') await action('pause', id);
		if (status === 'cancelled') await action('cancel', id);
		return id;
	}

	return { sandbox, provider, run, wire, state, action, batchMessageIn };
}

/** A Create of an e-mail batch message with every setting, scheduled after the sandbox's "now". */
export const FULL_CREATE = {
	resource: 'batchMessage',
	operation: 'create',
	channel: 'email',
	classification: 'promotional',
	subject: 'Buy one ticket',
	fromEmail: 'skiguy@example.com',
	fromDesc: 'Ski Promotions Team',
	replyEmail: 'reply@example.com',
	html: '<div>Hi {$contact.first_name}</div>',
	additionalFields: {
		name: 'promo_01',
		tags: 'promo, winter',
		audienceKey: '30_day_engaged',
		schedule: '2026-07-01T09:00:00+00:00',
		scheduleType: 'contactTZ',
		transportId: '57d098b66c8766fd53ad19d7',
		trackLinks: 'enabled',
		tests: { test: [{ type: '250ok', enabled: true }] },
	},
};

/** FULL_CREATE without Schedule and Schedule Type: Send makes it pending at once. */
export const UNSCHEDULED_CREATE = (() => {
	const rest: IDataObject = { ...FULL_CREATE.additionalFields };
	delete rest.schedule;
	delete rest.scheduleType;
	return { ...FULL_CREATE, additionalFields: rest };
})();

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Every string inside a value, for secret scans. */
export function allText(value: unknown): string {
	return JSON.stringify(value) ?? '';
}
