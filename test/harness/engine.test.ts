import { runWorkflow } from './engine';
import { PROBE_PASSWORD, ProbeProvider } from './probeProvider';
import { useSandbox } from './sandbox';

describe('real-engine harness', () => {
	const provider = new ProbeProvider();
	const { sandbox, credentials } = useSandbox([provider]);

	it('runs a workflow through WorkflowExecute and the real HTTP helpers', async () => {
		const result = await runWorkflow({
			credentials,
			nodes: [
				{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify([{ json: { id: 'a' } }, { json: { id: 'b' } }]) } },
				{
					name: 'Probe',
					type: 'test.transportProbe',
					parameters: { method: 'POST', path: '/echo', format: 'json', body: '={{ JSON.stringify({ id: $json.id }) }}' },
					credentials: { testProbeApi: { id: '1', name: 'probe' } },
				},
			],
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Probe')).toEqual([
			{ json: { statusCode: 200, attempts: 1, body: { received: { id: 'a' } } }, pairedItem: { item: 0 } },
			{ json: { statusCode: 200, attempts: 1, body: { received: { id: 'b' } } }, pairedItem: { item: 1 } },
		]);
		const log = sandbox.requests('probe');
		expect(log.map((entry) => [entry.method, entry.path, entry.body, entry.headers['content-type']])).toEqual([
			['POST', '/echo', '{"id":"a"}', 'application/json'],
			['POST', '/echo', '{"id":"b"}', 'application/json'],
		]);
		expect(log[0].headers.authorization).toBe(`Basic ${Buffer.from(`probe@example.com:${PROBE_PASSWORD}`).toString('base64')}`);
	});
});
