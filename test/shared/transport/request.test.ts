import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine';
import { fault, PROBE_PASSWORD, PROBE_USER, ProbeProvider } from '../../harness/probeProvider';
import { useSandbox } from '../../harness/sandbox';

const provider = new ProbeProvider();
const { sandbox, credentials } = useSandbox([provider]);

const BASIC = Buffer.from(`${PROBE_USER}:${PROBE_PASSWORD}`).toString('base64');

async function probe(parameters: IDataObject, items: IDataObject[] = [{ id: 'a' }], continueOnFail = false, creds = credentials) {
	return await runWorkflow({
		credentials: creds,
		nodes: [
			{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(items.map((json) => ({ json }))) } },
			{
				name: 'Probe',
				type: 'test.transportProbe',
				parameters: { method: 'POST', path: '/echo', format: 'json', body: '={{ JSON.stringify($json) }}', ...parameters },
				credentials: { testProbeApi: { id: '1', name: 'probe' } },
				continueOnFail,
			},
		],
	});
}

function errorOf(result: Awaited<ReturnType<typeof probe>>) {
	const error = result.error as unknown as { message: string; description?: string; httpCode?: string; context?: IDataObject };
	expect(error).toBeDefined();
	return error;
}

describe('shared transport: requests and decoding', () => {
	it('sends JSON with the credential, the content type and the Accept header, and decodes the answer', async () => {
		const result = await probe({});
		expect(result.output('Probe')).toEqual([
			{ json: { statusCode: 200, attempts: 1, body: { received: { id: 'a' } } }, pairedItem: { item: 0 } },
		]);
		const [request] = sandbox.requests('probe');
		expect(request).toMatchObject({ method: 'POST', path: '/echo', body: '{"id":"a"}' });
		expect(request.headers).toMatchObject({
			'content-type': 'application/json',
			accept: 'application/json',
			authorization: `Basic ${BASIC}`,
		});
	});

	it('sends XML built by the codec and decodes an XML answer with ids kept as strings', async () => {
		const result = await probe({ path: '/xml', format: 'xml', body: JSON.stringify({ Id: '00123', Html: 'a<b>&' }) });
		expect(sandbox.requests('probe')[0].body).toBe('<Request><Id>00123</Id><Html>a&lt;b&gt;&amp;</Html></Request>');
		expect(sandbox.requests('probe')[0].headers['content-type']).toBe('text/xml; charset=utf-8');
		expect(result.output('Probe')[0].json).toEqual({
			statusCode: 200,
			attempts: 1,
			body: { Response: { Echo: { Id: '00123', Html: 'a<b>&' }, Parsed: 'Request' } },
		});
	});

	it('sends a SOAP 1.1 envelope with SOAPAction and unwraps the response element', async () => {
		const result = await probe({ path: '/soap', format: 'soap', body: JSON.stringify({ id: '7' }) });
		const [request] = sandbox.requests('probe');
		expect(request.body).toBe(
			'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:p="urn:probe"><soapenv:Header/>' +
				'<soapenv:Body><p:probeCall><id>7</id></p:probeCall></soapenv:Body></soapenv:Envelope>',
		);
		expect(request.headers.soapaction).toBe('""');
		expect(result.output('Probe')[0].json).toEqual({
			statusCode: 200,
			attempts: 1,
			soapOperation: 'probeCallResponse',
			body: { return: { id: '00123', tag: 'a' } },
		});
	});
});

describe('shared transport: unauthenticated requests', () => {
	it('sends no credential to a URL the provider handed out (such as a presigned upload)', async () => {
		const error = errorOf(await probe({ authenticate: false }));
		expect(sandbox.requests('probe')[0].headers.authorization).toBeUndefined();
		expect(error.httpCode).toBe('401');
	});
});

describe('shared transport: retries', () => {
	it('retries a 429 after the Retry-After the provider asked for, then succeeds', async () => {
		sandbox.injectFault({ path: '/echo', respond: { status: 429, headers: { 'Retry-After': '1' }, body: '' } });
		const started = Date.now();
		const result = await probe({});
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(result.output('Probe')[0].json).toMatchObject({ statusCode: 200, attempts: 2 });
		expect(sandbox.requests('probe').map((r) => r.status)).toEqual([429, 200]);
		expect(provider.deliveries.get('a')).toBe(1);
	});

	it('retries a 429 without Retry-After with back-off, within the attempt bound', async () => {
		sandbox.injectFault({ path: '/echo', times: 3, respond: { status: 429, body: '' } });
		const result = await probe({});
		expect(result.output('Probe')[0].json).toMatchObject({ statusCode: 200, attempts: 4 });
		expect(sandbox.requests('probe').map((r) => r.status)).toEqual([429, 429, 429, 200]);
	});

	it('fails clearly once the attempts are used up, saying the provider did not process it', async () => {
		sandbox.injectFault({
			path: '/echo',
			times: 10,
			respond: { status: 429, headers: { 'Content-Type': 'application/json' }, body: '{"error":{"message":"Slow down","code":"RATE"}}' },
		});
		const error = errorOf(await probe({}));
		expect(error.message).toBe('Probe Probe Call failed: Slow down (RATE) [item 0]');
		expect(error.description).toBe('Probe did not process the request; it was tried 4 times. Try again later or lower the request rate.');
		expect(error.httpCode).toBe('429');
		expect(sandbox.requests('probe')).toHaveLength(4);
		expect(provider.deliveries.size).toBe(0);
	});

	it('does not wait for a Retry-After longer than the policy allows', async () => {
		sandbox.injectFault({ path: '/echo', respond: { status: 429, headers: { 'Retry-After': '3600' }, body: '' } });
		const error = errorOf(await probe({}));
		expect(error.description).toMatch(/asked to wait 3600 seconds/);
		expect(sandbox.requests('probe')).toHaveLength(1);
	});

	it('never repeats a send after a connection reset once the provider had it (ambiguous)', async () => {
		sandbox.injectFault({ path: '/echo', process: true, reset: true });
		const error = errorOf(await probe({}));
		expect(error.message).toBe('Probe gave no complete answer to Probe Call (ECONNRESET) [item 0]');
		expect(error.description).toMatch(/may or may not have been processed, so it was not sent again/);
		expect(sandbox.requests('probe')).toHaveLength(1);
		expect(provider.deliveries.get('a')).toBe(1);
	});

	it('never repeats a send after a timeout once the request was sent (ambiguous)', async () => {
		sandbox.injectFault({ path: '/echo', process: true, delayMs: 800 });
		const error = errorOf(await probe({ timeoutMs: 200 }));
		expect(error.message).toMatch(/^Probe gave no complete answer to Probe Call \(ECONNABORTED\) \[item 0\]$/);
		expect(sandbox.requests('probe')).toHaveLength(1);
		expect(provider.deliveries.get('a')).toBe(1);
	});

	it('never repeats a send after another 5xx, which may have been processed', async () => {
		sandbox.injectFault({ path: '/echo', process: true, respond: { status: 503, body: '' } });
		const error = errorOf(await probe({}));
		expect(error.message).toBe('Probe Probe Call failed: HTTP 503 with no body [item 0]');
		expect(sandbox.requests('probe')).toHaveLength(1);
		expect(provider.deliveries.get('a')).toBe(1);
	});

	it('repeats an idempotent read after a reset', async () => {
		sandbox.injectFault({ path: '/items', reset: true });
		const result = await probe({ method: 'GET', path: '/items', idempotent: true });
		expect(result.output('Probe')[0].json).toEqual({ statusCode: 200, attempts: 2, body: { items: [{ id: '00123' }] } });
		expect(sandbox.requests('probe').map((r) => r.status)).toEqual(['reset', 200]);
	});

	it('retries a refused connection (nothing was sent) and then says the host cannot be reached', async () => {
		const closed = { testProbeApi: { ...credentials.testProbeApi, baseUrl: 'http://127.0.0.1:9' } };
		const error = errorOf(await probe({}, [{ id: 'a' }], false, closed));
		expect(error.message).toBe('Probe could not be reached for Probe Call (ECONNREFUSED) [item 0]');
		expect(error.description).toMatch(/^Nothing was sent\. Check the base URL/);
	});
});

describe('shared transport: provider errors', () => {
	it('reads an error body that arrives with a 2xx status as an error', async () => {
		sandbox.injectFault({ path: '/echo', respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"error":{"message":"Quota reached","code":"QUOTA"}}' } });
		const error = errorOf(await probe({}));
		expect(error.message).toBe('Probe Probe Call failed: Quota reached (QUOTA) [item 0]');
		expect(sandbox.requests('probe')).toHaveLength(1);
	});

	it('gives the status hint of the provider for a 401', async () => {
		// A password without an ordinary word in it: any run of 8 characters of a secret is hidden, "password" too.
		const wrong = { testProbeApi: { ...credentials.testProbeApi, password: 'wrong-pw-9x7k' } };
		const error = errorOf(await probe({}, [{ id: 'a' }], false, wrong));
		expect(error.message).toBe('Probe Probe Call failed: Wrong user or password (AUTH) [item 0]');
		expect(error.description).toBe('Check the user and password of the credential.');
		expect(error.httpCode).toBe('401');
	});

	it('reports a malformed success body without retrying it', async () => {
		sandbox.injectFault({ path: '/echo', process: true, respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"received": {"id"' } });
		const error = errorOf(await probe({}));
		expect(error.message).toMatch(/^Probe Probe Call: The Probe response to Probe Call is not valid JSON \(.*\) \[item 0\]$/);
		expect(error.description).toMatch(/^The request was accepted \(HTTP 200\) but the answer could not be read/);
		expect(provider.deliveries.get('a')).toBe(1);
		expect(sandbox.requests('probe')).toHaveLength(1);
	});

	it('quotes a short excerpt of an HTML error page where JSON was expected', async () => {
		sandbox.injectFault({ path: '/echo', respond: { status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' } });
		const error = errorOf(await probe({}));
		expect(error.message).toBe(
			'Probe Probe Call failed: HTTP 502 with a body that could not be read (<html><body><h1>502 Bad Gateway</h1></body></html>) [item 0]',
		);
	});

	it('turns a SOAP Fault into an error with the fault string and its typed detail', async () => {
		const detail = '<detail><ns2:InvalidParameterException xmlns:ns2="urn:probe"><errorActor>CLIENT</errorActor><errorCode>MISSING_PARAMETER</errorCode><parameterName>messageId</parameterName></ns2:InvalidParameterException></detail>';
		sandbox.injectFault({ path: '/soap', respond: { status: 500, headers: { 'Content-Type': 'text/xml' }, body: fault('S:Client', "Parameter 'messageId' is mandatory", detail) } });
		const result = await probe({ path: '/soap', format: 'soap', body: '{"id":"1"}' }, [{ id: 'a' }], true);
		expect(result.output('Probe')).toEqual([
			{
				json: {
					error: "Probe Probe Call failed: Parameter 'messageId' is mandatory (S:Client) [item 0]",
					description: 'HTTP 500.',
					httpCode: '500',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(sandbox.requests('probe')).toHaveLength(1);
	});

	it('refuses to write a value XML cannot hold, before sending anything', async () => {
		const error = errorOf(await probe({ path: '/xml', format: 'xml', body: JSON.stringify({ Name: 'a\u0001b' }) }));
		expect(error.message).toBe(
			'Probe Probe Call: the request could not be written: The value of Request/Name contains the character U+0001 at position 1, which XML 1.0 does not allow; remove it from the value [item 0]',
		);
		expect(sandbox.requests('probe')).toHaveLength(0);
	});

	it('redacts the password and the Basic header value from messages, descriptions and details', async () => {
		const leak = `user ${PROBE_USER} password ${PROBE_PASSWORD} header Basic ${BASIC} encoded ${encodeURIComponent(PROBE_PASSWORD)}`;
		sandbox.injectFault({ path: '/echo', respond: { status: 400, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: { message: leak, code: leak } }) } });
		const result = await probe({}, [{ id: 'a' }], true);
		const text = JSON.stringify(result.output('Probe'));
		expect(text).toContain('password ***');
		expect(text).not.toContain(PROBE_PASSWORD);
		expect(text).not.toContain(BASIC);
	});
});

describe('shared router: one output item per input item', () => {
	it('keeps order and pairedItem, with the failed item in its place under Continue On Fail', async () => {
		sandbox.injectFault({ path: '/echo', method: 'POST', respond: { status: 400, headers: { 'Content-Type': 'application/json' }, body: '{"error":{"message":"Invalid id"}}' }, times: 1, process: false });
		// The fault hits the first request; items b and c go through.
		const result = await probe({}, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], true);
		expect(result.output('Probe')).toEqual([
			{ json: { error: 'Probe Probe Call failed: Invalid id [item 0]', description: 'HTTP 400.', httpCode: '400' }, pairedItem: { item: 0 } },
			{ json: { statusCode: 200, attempts: 1, body: { received: { id: 'b' } } }, pairedItem: { item: 1 } },
			{ json: { statusCode: 200, attempts: 1, body: { received: { id: 'c' } } }, pairedItem: { item: 2 } },
		]);
	});

	it('stops at the first failure without Continue On Fail, naming the item (one item at a time: nothing after it is sent)', async () => {
		sandbox.injectFault({ path: '/echo', respond: { status: 400, headers: { 'Content-Type': 'application/json' }, body: '{"error":{"message":"Invalid id"}}' }, times: 1 });
		const result = await probe({ requestOptions: { requestsInParallel: 1 } }, [{ id: 'a' }, { id: 'b' }]);
		const error = errorOf(result);
		expect(error.message).toBe('Probe Probe Call failed: Invalid id [item 0]');
		expect(error.context?.itemIndex).toBe(0);
		expect(sandbox.requests('probe')).toHaveLength(1);
	});
});
