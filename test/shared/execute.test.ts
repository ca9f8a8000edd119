import { mock } from 'jest-mock-extended';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fullItems, runOperation } from '../../nodes/shared/execute';
import type { ProviderModule, SandboxCredential, SandboxRequest, SandboxResponse } from '../../sandbox/framework';
import { jsonResponse } from '../../sandbox/framework';
import { runWorkflow } from '../harness/engine';
import { ProbeProvider } from '../harness/probeProvider';
import { useSandbox } from '../harness/sandbox';

/**
 * The probe provider with slow answers: every /echo takes `delayMs` (ids starting with "bad" fail after
 * `failAfterMs`), and it records how many requests were in flight at once.
 */
class SlowProvider implements ProviderModule {
	readonly name = 'probe';

	readonly prefix = '/probe';

	private readonly probe = new ProbeProvider();

	readonly deliveries = this.probe.deliveries;

	delayMs = 60;

	failAfterMs = 20;

	inFlight = 0;

	maxInFlight = 0;

	credentials(baseUrl: string): SandboxCredential[] {
		return this.probe.credentials(baseUrl);
	}

	reset(): void {
		this.probe.reset();
		this.inFlight = 0;
		this.maxInFlight = 0;
	}

	async handle(request: SandboxRequest): Promise<SandboxResponse> {
		const id = request.path === '/echo' ? ((JSON.parse(request.text || '{}') as { id?: string }).id ?? '') : '';
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		await new Promise((resolve) => setTimeout(resolve, id.startsWith('bad') ? this.failAfterMs : this.delayMs));
		this.inFlight--;
		if (id.startsWith('bad')) return jsonResponse(400, { error: { message: `rejected ${id}`, code: 'BAD' } });
		return this.probe.handle(request);
	}
}

const provider = new SlowProvider();
const { sandbox, credentials } = useSandbox([provider]);

async function probe(ids: string[], requestOptions: IDataObject | undefined, continueOnFail = false) {
	return await runWorkflow({
		credentials,
		nodes: [
			{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(ids.map((id) => ({ json: { id } }))) } },
			{
				name: 'Probe',
				type: 'test.transportProbe',
				parameters: {
					method: 'POST',
					path: '/echo',
					format: 'json',
					body: '={{ JSON.stringify($json) }}',
					...(requestOptions ? { requestOptions } : {}),
				},
				credentials: { testProbeApi: { id: '1', name: 'probe' } },
				continueOnFail,
			},
		],
	});
}

const ids = (count: number, prefix = 'i') => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

function expectInOrder(output: Array<{ json: IDataObject; pairedItem?: unknown }>, expected: string[]) {
	expect(output.map((item) => (item.json.body as { received?: { id?: string } } | undefined)?.received?.id ?? item.json.error)).toEqual(expected);
	expect(output.map((item) => item.pairedItem)).toEqual(expected.map((_, index) => ({ item: index })));
}

describe('router: Requests in Parallel', () => {
	afterEach(() => {
		provider.delayMs = 60;
	});

	// Reaching the full number in flight needs all of them to arrive while the first is held: hold answers long
	// enough (500 ms) for a busy machine to start 50 requests.
	it('keeps at most the chosen number of items in flight and the output in input order', async () => {
		provider.delayMs = 500;
		const result = await probe(ids(7), { requestsInParallel: 3 });
		expect(provider.maxInFlight).toBe(3);
		expectInOrder(result.output('Probe'), ids(7));
		expect([...provider.deliveries.values()]).toEqual(Array(7).fill(1));
	});

	it('sends 50 items at once by default', async () => {
		provider.delayMs = 500;
		const result = await probe(ids(60), undefined);
		expect(provider.maxInFlight).toBe(50);
		expectInOrder(result.output('Probe'), ids(60));
	});

	it('sends one item at a time with 1, in input order on the wire', async () => {
		await probe(ids(4), { requestsInParallel: 1 });
		expect(provider.maxInFlight).toBe(1);
		expect(sandbox.requests('probe').map((request) => JSON.parse(request.body).id)).toEqual(ids(4));
	});

	it('with Continue On Fail puts the error item in place of the failed item, and sends every item once', async () => {
		const input = ['a', 'b', 'bad-c', 'd', 'e'];
		const result = await probe(input, { requestsInParallel: 4 }, true);
		const output = result.output('Probe');
		expect(output).toHaveLength(5);
		expect(output.map((item) => item.pairedItem)).toEqual(input.map((_, index) => ({ item: index })));
		expect(output[2].json.error).toBe('Probe Probe Call failed: rejected bad-c (BAD) [item 2]');
		expect(output.filter((item) => item.json.error === undefined).map((item) => (item.json.body as IDataObject).received)).toEqual(
			['a', 'b', 'd', 'e'].map((id) => ({ id })),
		);
		expect(sandbox.requests('probe')).toHaveLength(5);
	});

	it('without it starts no item after a failure and names the later items that completed in flight', async () => {
		const result = await probe(['bad-a', 'b', 'c', 'd', 'e'], { requestsInParallel: 2 });
		const error = result.error as unknown as { message: string; description?: string };
		expect(error.message).toBe('Probe Probe Call failed: rejected bad-a (BAD) [item 0]');
		// Item 1 was in flight when item 0 failed (it takes longer), so it completed; items 2 to 4 never started.
		expect(error.description).toContain('Completed, so do not send again: item 1. Not sent: items 2-4.');
		expect(sandbox.requests('probe').map((request) => JSON.parse(request.body).id).sort()).toEqual(['b', 'bad-a']);
	});

	it('names the lower items that completed while the failed one was in flight, and the items never sent', async () => {
		// Items 0 and 2 take longer than item 1, which fails first: both were sent and completed after it.
		const result = await probe(['a', 'bad-b', 'c', 'd', 'e'], { requestsInParallel: 3 });
		const error = result.error as unknown as { message: string; description?: string };
		expect(error.message).toBe('Probe Probe Call failed: rejected bad-b (BAD) [item 1]');
		expect(error.description).toMatch(/ Completed, so do not send again: items 0, 2\. Not sent: items 3-4\.$/);
		expect(sandbox.requests('probe').map((request) => JSON.parse(request.body).id).sort()).toEqual(['a', 'bad-b', 'c']);
	});

	it('names every other item that failed in flight, with its own error', async () => {
		provider.delayMs = 200;
		const result = await probe(['bad-a', 'b', 'bad-c', 'd'], { requestsInParallel: 4 });
		const error = result.error as unknown as { message: string; description?: string };
		expect(error.message).toBe('Probe Probe Call failed: rejected bad-a (BAD) [item 0]');
		expect(error.description).toMatch(
			/ Completed, so do not send again: items 1, 3\. Also failed \(one whose answer was lost may still have been processed\): item 2: Probe Probe Call failed: rejected bad-c \(BAD\)\.$/,
		);
	});

	it('treats values outside 1..200 as the nearest bound', async () => {
		await probe(ids(3), { requestsInParallel: 0 });
		expect(provider.maxInFlight).toBe(1);
	});
});

describe('transport: the credential\'s Requests per Second', () => {
	async function timedArrivals(perSecond: number, count: number, parallel: number) {
		const arrivals: number[] = [];
		const original = provider.handle.bind(provider);
		provider.delayMs = 1;
		const spy = jest.spyOn(provider, 'handle').mockImplementation(async (request) => {
			arrivals.push(Date.now());
			return await original(request);
		});
		try {
			const creds = { ...credentials, testProbeApi: { ...credentials.testProbeApi, requestsPerSecond: perSecond } };
			const result = await runWorkflow({
				credentials: creds,
				nodes: [
					{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(ids(count).map((id) => ({ json: { id } }))) } },
					{
						name: 'Probe',
						type: 'test.transportProbe',
						parameters: { body: '={{ JSON.stringify($json) }}', requestOptions: { requestsInParallel: parallel } },
						credentials: { testProbeApi: { id: '1', name: 'probe' } },
					},
				],
			});
			expect(result.output('Probe')).toHaveLength(count);
		} finally {
			spy.mockRestore();
			provider.delayMs = 60;
		}
		return arrivals;
	}

	it('spaces the requests of parallel items at the ceiling: never faster than it allows', async () => {
		const arrivals = await timedArrivals(40, 12, 10);
		// 12 requests at 40 per second leave 25 ms apart, so the last leaves 11 × 25 ms after the first. They are timed
		// on arrival, and the first ones each open a connection while the others are in flight, which on a busy machine
		// can take more than an interval (249 ms was seen); unpaced, all 12 would arrive within a few milliseconds.
		expect(arrivals[arrivals.length - 1] - arrivals[0]).toBeGreaterThanOrEqual(8 * 25);
		// No window of one second holds more than 40 (+1 for a window closed at both ends).
		for (const start of arrivals) expect(arrivals.filter((time) => time >= start && time < start + 1000).length).toBeLessThanOrEqual(41);
	});
});

function routerContext(itemCount: number, continueOnFail = false) {
	return mock<IExecuteFunctions>({
		getInputData: () => Array.from({ length: itemCount }, () => ({ json: {} })),
		getNodeParameter: ((_name: string, _itemIndex: number, fallback?: unknown) => fallback) as IExecuteFunctions['getNodeParameter'],
		continueOnFail: () => continueOnFail,
		getNode: () => ({ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
	});
}

describe('router: provider data is never taken for an n8n item', () => {
	const hostile = { json: { id: 'x' }, binary: { data: { data: 'AAAA', mimeType: 'text/plain' } }, pairedItem: { item: 7 }, error: 'no' };

	it('puts a result with json, binary and pairedItem keys under json, whole', async () => {
		const output = await runOperation.call(routerContext(2), { description: [], execute: async () => ({ ...hostile }) });
		expect(output[0]).toEqual([0, 1].map((item) => ({ json: hostile, pairedItem: { item } })));
		expect(output[0][0].binary).toBeUndefined();
	});

	it('does the same for lists and for bulk results', async () => {
		const listed = await runOperation.call(routerContext(1), { description: [], execute: async () => [hostile, { json: 1 }] });
		expect(listed[0]).toEqual([{ json: hostile, pairedItem: { item: 0 } }, { json: { json: 1 }, pairedItem: { item: 0 } }]);
		const bulk = await runOperation.call(routerContext(2), { description: [], executeBatch: async () => [hostile, [hostile]] });
		expect(bulk[0]).toEqual([0, 1].map((item) => ({ json: hostile, pairedItem: { item } })));
	});

	it('takes items made with fullItems() as they are, paired with their input item', async () => {
		const item = { json: { fileName: 'a.txt' }, binary: { data: { data: 'AAAA', mimeType: 'text/plain' } } };
		const output = await runOperation.call(routerContext(1), { description: [], execute: async () => fullItems([item]) });
		expect(output[0]).toEqual([{ ...item, pairedItem: { item: 0 } }]);
	});
});

describe('router: a bulk request that fails some items, without Continue On Fail', () => {
	it('names the items the same request delivered', async () => {
		const operation = {
			description: [],
			executeBatch: async () => [{ ok: 0 }, new Error('Probe Send failed: rejected [item 1]'), { ok: 2 }],
		};
		await expect(runOperation.call(routerContext(3), operation)).rejects.toMatchObject({
			message: 'Probe Send failed: rejected [item 1]',
			description: 'Completed, so do not send again: items 0, 2.',
		});
	});
});

describe('router: a cancelled execution', () => {
	it('starts no further item once n8n cancels the execution', async () => {
		const controller = new AbortController();
		const started: number[] = [];
		const context = mock<IExecuteFunctions>({
			getInputData: () => Array.from({ length: 6 }, () => ({ json: {} })),
			getNodeParameter: ((name: string, _itemIndex: number, fallback?: unknown) =>
				name === 'requestOptions.requestsInParallel' ? 2 : fallback) as IExecuteFunctions['getNodeParameter'],
			continueOnFail: () => false,
			getExecutionCancelSignal: () => controller.signal,
		});
		const output = await runOperation.call(context, {
			description: [],
			execute: async (itemIndex) => {
				started.push(itemIndex);
				if (itemIndex === 1) controller.abort();
				await new Promise((resolve) => setTimeout(resolve, 5));
				return { itemIndex };
			},
		});
		// Items 0 and 1 were in flight when item 1 saw the cancellation; nothing after them started.
		expect(started).toEqual([0, 1]);
		expect(output[0].map((item) => item.json)).toEqual([{ itemIndex: 0 }, { itemIndex: 1 }]);
	});
});
