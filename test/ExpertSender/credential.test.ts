import { Workflow, type INode } from 'n8n-workflow';

import { ExpertSenderApi } from '../../credentials/ExpertSenderApi.credentials';
import { nodeRegistry } from '../harness/engine';
import { EXPERTSENDER_API_KEY } from '../../sandbox/providers/expertsender';
import { NODE_TYPE, useExpertSenderSandbox } from './helpers';

describe('ExpertSender API credential', () => {
	const state = useExpertSenderSandbox();
	const credential = new ExpertSenderApi();

	/** The credential test request as n8n sends it: expressions resolved, then `authenticate` applied. */
	async function runCredentialTest(data: Record<string, string>) {
		const node: INode = { id: 'n', name: 'ExpertSender', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters: {} };
		const workflow = new Workflow({ nodes: [node], connections: {}, nodeTypes: nodeRegistry(), active: false });
		const request = credential.test.request;
		const baseURL = workflow.expression.getSimpleParameterValue(node, request.baseURL!, 'internal', { $credentials: data }, undefined, '') as string;
		const options = await credential.authenticate(data, { url: `${baseURL}${request.url}`, method: request.method ?? 'GET' });
		const url = new URL(options.url);
		for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
		const response = await fetch(url, { method: options.method });
		return { url, status: response.status };
	}

	it('tests with GET /v2/Api/Time and the key in the apiKey query parameter, trailing slashes ignored', async () => {
		const data = { apiServer: `${state.sandbox.url}/expertsender//`, apiKey: EXPERTSENDER_API_KEY };
		const { url, status } = await runCredentialTest(data);
		expect(status).toBe(200);
		expect(url.pathname).toBe('/expertsender/v2/Api/Time');
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/v2/Api/Time', { apiKey: EXPERTSENDER_API_KEY }],
		]);
	});

	it('meets a wrong key with 403, for which the test has its own message', async () => {
		const { status } = await runCredentialTest({ apiServer: `${state.sandbox.url}/expertsender`, apiKey: 'wrong-key-1234' });
		expect(status).toBe(403);
		expect(credential.test.rules).toEqual([
			{ type: 'responseCode', properties: { value: 403, message: expect.stringMatching(/^ExpertSender refused the API key/) } },
		]);
	});

	it('adds the key to GET, DELETE and a POST without a body; a POST with a body carries it in <ApiKey>', async () => {
		const data = { apiServer: 'https://api.esv2.com', apiKey: 'k-123456' };
		expect((await credential.authenticate(data, { url: 'x', method: 'DELETE', qs: { email: 'a@b.c' } })).qs).toEqual({ email: 'a@b.c', apiKey: 'k-123456' });
		expect((await credential.authenticate(data, { url: 'x', method: 'POST', body: '<ApiRequest/>' })).qs).toBeUndefined();
		// Add to suppression list: `POST /v2/Api/SuppressionLists/{id}?apiKey=…&entry=…`, no body (ExpertSender's page).
		expect((await credential.authenticate(data, { url: 'x', method: 'POST', qs: { entry: 'a@b.c' } })).qs).toEqual({ entry: 'a@b.c', apiKey: 'k-123456' });
	});
});
