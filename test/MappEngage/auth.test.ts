import { Workflow, type INode } from 'n8n-workflow';

import { MappEngageApi } from '../../credentials/MappEngageApi.credentials';
import { nodeRegistry } from '../harness/engine';
import { emptyResponse } from '../../sandbox/framework';
import { MAPP_GUI_PASSWORD, MAPP_GUI_USER, MAPP_PASSWORD, MAPP_USER } from '../../sandbox/providers/mapp';
import { APIS, basic, runMapp, useMappSandbox, type Api } from './helpers';

const GET_JOHN = {
	resource: 'contact',
	operation: 'get',
	identifierType: 'EMAIL',
	identifierValue: 'j.mcexample@example.com',
};

const WRONG_PASSWORD = 'Wrong-Pass-5521&<x>';

/** Every form a secret could take in an item or message. */
function leaks(text: string, secret: string, user: string): string[] {
	const forms = [secret, encodeURIComponent(secret), Buffer.from(`${user}:${secret}`).toString('base64')];
	return forms.filter((form) => text.includes(form));
}

describe.each(APIS)('Authentication over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();

	it('sends HTTP Basic with the system user on every call', async () => {
		const result = await runMapp(credentials(), { api, ...GET_JOHN });
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('mapp')[0].headers.authorization).toBe(basic(MAPP_USER, MAPP_PASSWORD));
		expect(sandbox.requests('mapp')[0].headers.accept).toBe(api === 'rest' ? 'application/json' : 'text/xml');
	});

	it('explains a 403 (wrong password or a user not of type API/Hybrid) without showing the password', async () => {
		const result = await runMapp(credentials(), { api, ...GET_JOHN }, { credentials: { password: WRONG_PASSWORD } });
		expect(result.error?.message).toBe('Mapp Engage Get Contact failed: HTTP 403 with no body [item 0]');
		expect(result.error?.description).toBe(
			'Mapp refused the system user: either the password is wrong, or the system user is not of type API or Hybrid (Administration > System Users).',
		);
		expect(sandbox.requests('mapp')).toHaveLength(1);
	});

	it('refuses a system user of type GUI with a 403', async () => {
		const result = await runMapp(
			credentials(),
			{ api, ...GET_JOHN },
			{ credentials: { user: MAPP_GUI_USER, password: MAPP_GUI_PASSWORD } },
		);
		expect(result.error?.message).toBe('Mapp Engage Get Contact failed: HTTP 403 with no body [item 0]');
	});

	it('explains a 401 (no usable Authorization header)', async () => {
		sandbox.injectFault({ provider: 'mapp', respond: emptyResponse(401, { 'WWW-Authenticate': 'Basic realm="ecm"' }) });
		const result = await runMapp(credentials(), { api, ...GET_JOHN });
		expect(result.error?.message).toBe('Mapp Engage Get Contact failed: HTTP 401 with no body [item 0]');
		expect(result.error?.description).toContain('check the System User Email and Password of the credential');
	});

	it('never shows the password, in plain, URL or Basic form, in error items or messages', async () => {
		// The password also travels inside the parameters, as a user might paste it by mistake.
		const result = await runMapp(
			credentials(),
			{ api, resource: 'contact', operation: 'get', identifierType: 'EXTERNAL', identifierValue: WRONG_PASSWORD },
			{ continueOnFail: true, credentials: { password: WRONG_PASSWORD } },
		);
		const output = JSON.stringify(result.output('Mapp'));
		expect(result.output('Mapp')[0].json.error).toBe('Mapp Engage Get Contact failed: HTTP 403 with no body [item 0]');
		expect(leaks(output, WRONG_PASSWORD, MAPP_USER)).toEqual([]);

		const failing = await runMapp(
			credentials(),
			{ api, resource: 'contact', operation: 'get', identifierType: 'EXTERNAL', identifierValue: MAPP_PASSWORD },
		);
		const message = `${failing.error?.message} ${failing.error?.description}`;
		expect(message).toContain('does not exist');
		expect(leaks(message, MAPP_PASSWORD, MAPP_USER)).toEqual([]);
		expect(message).toContain('***');
	});
});

describe('SOAP endpoint', () => {
	const { sandbox, credentials } = useMappSandbox();

	it('is derived from the API base URL by default (…/api/rest/v19 → …/api/soap/v19)', async () => {
		await runMapp(credentials(), { api: 'soap', ...GET_JOHN });
		expect(sandbox.requests('mapp').map((entry) => entry.path)).toEqual(['/api/soap/v19']);
	});

	it('can be set in the credential', async () => {
		const result = await runMapp(
			credentials(),
			{ api: 'soap', ...GET_JOHN },
			{ credentials: { soapEndpoint: `${sandbox.url}/mapp/api/soap/v19/` } },
		);
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('mapp').map((entry) => entry.path)).toEqual(['/api/soap/v19/']);
	});

	it('must be set when it cannot be derived: the node says so before any request', async () => {
		const result = await runMapp(
			credentials(),
			{ api: 'soap', ...GET_JOHN },
			{ credentials: { baseUrl: `${sandbox.url}/mapp/custom/api` } },
		);
		expect(result.error?.message).toBe(
			`SOAP Endpoint: cannot be derived from the API Base URL "${sandbox.url}/mapp/custom/api" [item 0]`,
		);
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('a trailing slash on the API base URL is harmless for REST', async () => {
		const result = await runMapp(
			credentials(),
			{ api: 'rest', ...GET_JOHN },
			{ credentials: { baseUrl: `${sandbox.url}/mapp/api/rest/v19/` } },
		);
		expect(result.error).toBeUndefined();
		expect(sandbox.requests('mapp').map((entry) => entry.path)).toEqual(['/api/rest/v19/contact/get']);
	});
});

describe('Credential test', () => {
	const { sandbox, credentials } = useMappSandbox();
	const credential = new MappEngageApi();

	it('makes the documented cheap call, GET /system/getApiVersion, which the sandbox answers for the API user only', async () => {
		expect(credential.test.request).toMatchObject({ url: '/system/getApiVersion', method: 'GET' });
		const baseUrl = String(credentials().mappEngageApi.baseUrl);
		const call = async (user: string, password: string) =>
			(await fetch(`${baseUrl}${credential.test.request.url}`, { headers: { Accept: 'application/json', Authorization: basic(user, password) } })).status;
		expect(await call(MAPP_USER, MAPP_PASSWORD)).toBe(200);
		expect(await call(MAPP_USER, WRONG_PASSWORD)).toBe(403);
		expect(await call(MAPP_GUI_USER, MAPP_GUI_PASSWORD)).toBe(403);
		expect(sandbox.requests('mapp').map((entry) => [entry.method, entry.path])).toEqual([
			['GET', '/api/rest/v19/system/getApiVersion'],
			['GET', '/api/rest/v19/system/getApiVersion'],
			['GET', '/api/rest/v19/system/getApiVersion'],
		]);
	});

	it('resolves its base URL from the credential, without a trailing slash', () => {
		const workflow = new Workflow({ nodes: [], connections: {}, active: false, nodeTypes: nodeRegistry() });
		const node: INode = { id: '1', name: 'Mapp', type: 'n8n-nodes-messaging-suite.mappEngage', typeVersion: 1, position: [0, 0], parameters: {} };
		const resolve = (baseUrl: string) =>
			workflow.expression.getSimpleParameterValue(node, String(credential.test.request.baseURL), 'internal', { $credentials: { baseUrl } }, undefined, '');
		expect(resolve('https://h.example.com/cm66/api/rest/v19/')).toBe('https://h.example.com/cm66/api/rest/v19');
		expect(resolve('https://h.example.com/api/rest/v19')).toBe('https://h.example.com/api/rest/v19');
	});

	it('turns 401 and 403 into messages that say what to fix', () => {
		const messages = Object.fromEntries(
			(credential.test.rules ?? []).map((rule) => [(rule.properties as { value: number }).value, rule.properties.message]),
		);
		expect(messages[401]).toContain('fill in the System User Email and Password');
		expect(messages[403]).toContain('check the password, and that the system user is of type API or Hybrid');
	});

	it('authenticates with HTTP Basic from the user and password', () => {
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { auth: { username: '={{$credentials.user}}', password: '={{$credentials.password}}' } },
		});
	});
});
