import { DEFAULT_RATE_LIMITS } from '../../sandbox/cli';
import { jsonResponse, Sandbox, type ProviderModule } from '../../sandbox/framework';
import { createSandbox } from '../../sandbox';
import { BIRD_ACCESS_KEY, BIRD_CHANNELS, BIRD_WORKSPACE_ID, type BirdProvider } from '../../sandbox/providers/bird';
import { CORDIAL_API_KEY } from '../../sandbox/providers/cordial';
import { EXPERTSENDER_API_KEY, type ExpertSenderProvider } from '../../sandbox/providers/expertsender';
import { MAPP_ECM_NAMESPACE, MAPP_PASSWORD, MAPP_USER, type MappProvider } from '../../sandbox/providers/mapp';

const OTHER_WORKSPACE_ID = '00000000-1111-4222-8333-444444444444';

function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

function xmlEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sends all at once; with the sandbox clock frozen they arrive "in one instant". */
async function burst(count: number, send: (index: number) => Promise<Response>): Promise<Response[]> {
	return await Promise.all(Array.from({ length: count }, (_, index) => send(index)));
}

function statuses(responses: Response[]): Record<number, number> {
	const counts: Record<number, number> = {};
	for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
	return counts;
}

describe('sandbox rate limits', () => {
	const sandbox = createSandbox();
	let now = 0;
	const bird = sandbox.provider<BirdProvider>('bird');
	const mapp = sandbox.provider<MappProvider>('mapp');
	const expertSender = sandbox.provider<ExpertSenderProvider>('expertsender');

	const birdSend = (index: number, workspaceId = BIRD_WORKSPACE_ID) =>
		fetch(`${sandbox.url}/bird/workspaces/${workspaceId}/channels/${BIRD_CHANNELS.sms.id}/messages`, {
			method: 'POST',
			headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: `+3161${String(index).padStart(7, '0')}` }] },
				body: { type: 'text', text: { text: `Message ${index}` } },
			}),
		});
	const birdGet = (workspaceId = BIRD_WORKSPACE_ID) =>
		fetch(`${sandbox.url}/bird/workspaces/${workspaceId}/channels`, { headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}` } });
	const cordialGet = (apiKey = CORDIAL_API_KEY) =>
		fetch(`${sandbox.url}/cordial/v2/contacts`, { headers: { Authorization: basic(apiKey, '') } });
	const mappCreate = (index: number) =>
		fetch(`${sandbox.url}/mapp/api/rest/v19/contact/create`, {
			method: 'POST',
			headers: { Authorization: basic(MAPP_USER, MAPP_PASSWORD), 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ emailAddress: `rate${index}@example.com` }),
		});
	const mappSoapGet = () =>
		fetch(`${sandbox.url}/mapp/api/soap/v19`, {
			method: 'POST',
			headers: { Authorization: basic(MAPP_USER, MAPP_PASSWORD), 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' },
			body:
				`<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><ecm:contactGet xmlns:ecm="${MAPP_ECM_NAMESPACE}">` +
				'<identifier><type>ID</type><value>33457</value></identifier></ecm:contactGet></S:Body></S:Envelope>',
		});
	const expertSenderTime = (apiKey = EXPERTSENDER_API_KEY) =>
		fetch(`${sandbox.url}/expertsender/v2/Api/Time?apiKey=${encodeURIComponent(apiKey)}`);
	const expertSenderPost = (apiKey = EXPERTSENDER_API_KEY) =>
		fetch(`${sandbox.url}/expertsender/v2/Api/Transactionals/77`, {
			method: 'POST',
			headers: { 'Content-Type': 'text/xml' },
			body:
				'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">' +
				`<ApiKey>${xmlEscape(apiKey)}</ApiKey><Data><Receiver><Email>rate@example.com</Email></Receiver></Data></ApiRequest>`,
		});

	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());
	beforeEach(() => {
		sandbox.reset();
		now = 1_000_000;
		sandbox.clock = () => now;
	});

	it('lets everything through while under the limit', async () => {
		sandbox.setRateLimits([{ provider: 'cordial', perSecond: 10 }]);
		const responses = await burst(10, () => cordialGet());
		expect(statuses(responses)).toEqual({ 200: 10 });
		expect(sandbox.requests('cordial').every((entry) => entry.processed && !entry.overLimit)).toBe(true);
		expect(sandbox.rateStats().cordial).toEqual({ requests: 10, rejected: 0, peakPerSecond: 10, peakAdmittedPerSecond: 10 });
	});

	it("refuses exactly the requests over Bird's POST limit with its 429, unprocessed, and counts them", async () => {
		sandbox.setRateLimits(DEFAULT_RATE_LIMITS);
		const responses = await burst(503, (index) => birdSend(index));
		expect(statuses(responses)).toEqual({ 202: 500, 429: 3 });
		const refused = responses.find((response) => response.status === 429)!;
		expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await refused.json()).toEqual({
			code: 'TooManyRequests',
			message: 'Too many requests: the request has not been processed and can be retried',
		});
		expect(bird.messages.size).toBe(500);
		const log = sandbox.requests('bird');
		expect(log.filter((entry) => entry.overLimit)).toHaveLength(3);
		expect(log.filter((entry) => entry.overLimit).every((entry) => entry.status === 429 && !entry.processed)).toBe(true);
		expect(sandbox.rateStats().bird).toEqual({ requests: 503, rejected: 3, peakPerSecond: 503, peakAdmittedPerSecond: 500 });
	});

	it("keeps Bird's GET limit (50/s) apart from its POST limit", async () => {
		sandbox.setRateLimits(DEFAULT_RATE_LIMITS);
		expect(statuses(await burst(52, () => birdGet()))).toEqual({ 200: 50, 429: 2 });
		expect((await birdSend(0)).status).toBe(202);
	});

	it('counts Bird per workspace: one exhausted workspace does not hold up another', async () => {
		sandbox.setRateLimits([{ provider: 'bird', perSecond: 3, methods: ['GET'] }]);
		expect(statuses(await burst(4, () => birdGet()))).toEqual({ 200: 3, 429: 1 });
		// The other workspace is not the sandbox's (so 404), but it is not refused for the rate.
		expect(statuses(await burst(3, () => birdGet(OTHER_WORKSPACE_ID)))).toEqual({ 404: 3 });
		expect((await birdGet(OTHER_WORKSPACE_ID)).status).toBe(429);
		expect(sandbox.rateStats().bird).toMatchObject({ requests: 8, rejected: 2, peakPerSecond: 4 });
	});

	it('refills the bucket over time, up to its capacity only', async () => {
		sandbox.setRateLimits([{ provider: 'cordial', perSecond: 10 }]);
		expect(statuses(await burst(11, () => cordialGet()))).toEqual({ 200: 10, 429: 1 });
		now += 100; // one token back
		expect(statuses(await burst(2, () => cordialGet()))).toEqual({ 200: 1, 429: 1 });
		now += 250; // two and a half
		expect(statuses(await burst(3, () => cordialGet()))).toEqual({ 200: 2, 429: 1 });
		now += 5_000; // a long pause refills to 10, not 50
		expect(statuses(await burst(11, () => cordialGet()))).toEqual({ 200: 10, 429: 1 });
	});

	it("answers over Cordial's limit with 429 and its X-Rate-Limit headers and Retry-After", async () => {
		sandbox.setRateLimits([{ provider: 'cordial', perSecond: 4 }]);
		await burst(4, () => cordialGet());
		const refused = await cordialGet();
		expect(refused.status).toBe(429);
		expect(refused.headers.get('x-rate-limit-limit')).toBe('4');
		expect(refused.headers.get('x-rate-limit-remaining')).toBe('0');
		expect(refused.headers.get('x-rate-limit-reset')).toBe('1');
		expect(refused.headers.get('retry-after')).toBe('1');
		expect(await refused.json()).toEqual({ error: true, errorKey: 'TOO_MANY_REQUESTS', message: 'API rate limit exceeded' });
		// Each credential has its own bucket.
		expect((await cordialGet('another-key')).status).toBe(401);
	});

	it('answers over Mapp\'s limit with HTTP 500 "Database Access Limit Exceeded" (REST body, SOAP fault), unprocessed', async () => {
		sandbox.setRateLimits([{ provider: 'mapp', perSecond: 2 }]);
		const responses = await burst(3, (index) => mappCreate(index));
		expect(statuses(responses)).toEqual({ 200: 2, 500: 1 });
		expect(await responses.find((response) => response.status === 500)!.json()).toEqual({
			errorActor: 'SERVER',
			errorCode: 'UNEXPECTED_ERROR',
			message: 'Database Access Limit Exceeded',
			errorId: null,
		});
		expect(mapp.changes.filter((change) => change.startsWith('create:'))).toHaveLength(2);

		const soap = await mappSoapGet();
		expect(soap.status).toBe(500);
		expect(soap.headers.get('content-type')).toMatch(/^text\/xml/);
		const fault = await soap.text();
		expect(fault).toContain('<S:Fault><faultcode>S:Server</faultcode><faultstring>Database Access Limit Exceeded</faultstring></S:Fault>');
		expect(fault).not.toContain('<detail>');
		expect(sandbox.requests('mapp').map((entry) => entry.overLimit)).toEqual([false, false, true, true]);
	});

	it("answers over ExpertSender's (caller-chosen) limit with 429 in its error XML, counted per API key", async () => {
		sandbox.setRateLimits([{ provider: 'expertsender', perSecond: 2 }]);
		// GET carries the key in the query, POST in <ApiKey> (escaped): both land in the same bucket.
		expect((await expertSenderTime()).status).toBe(200);
		expect((await expertSenderPost()).status).not.toBe(429);
		const refused = await expertSenderTime();
		expect(refused.status).toBe(429);
		expect(await refused.text()).toBe(
			'<ApiResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
				'<ErrorMessage><Code>429</Code><Message>Too many requests. The request was not processed; try again later.</Message></ErrorMessage></ApiResponse>',
		);
		expect((await expertSenderPost()).status).toBe(429);
		expect(expertSender.sent).toHaveLength(0);
		// Another key has its own bucket (and is refused as invalid, not for the rate).
		expect((await expertSenderPost('other-key')).status).toBe(403);
	});

	it('does not limit methods outside every limit, nor the storage side of Bird uploads', async () => {
		sandbox.setRateLimits([{ provider: 'bird', perSecond: 1, methods: ['post'] }]);
		expect(statuses(await burst(3, () => birdGet()))).toEqual({ 200: 3 });
		expect((await fetch(`${sandbox.url}/bird/storage-upload`, { method: 'POST' })).status).not.toBe(429);
		expect(sandbox.rateStats().bird.requests).toBe(3);
	});

	it('measures the peak per key in any sliding 1000 ms window, rejected requests included', async () => {
		await burst(5, () => cordialGet());
		now += 600;
		await burst(4, () => cordialGet());
		await burst(7, () => cordialGet('someone-else'));
		now += 500; // the first five fall out of the window
		await burst(3, () => cordialGet());
		expect(sandbox.rateStats()).toEqual({
			cordial: { requests: 19, rejected: 0, peakPerSecond: 9, peakAdmittedPerSecond: 9 },
		});

		sandbox.setRateLimits([{ provider: 'cordial', perSecond: 2 }]);
		now += 2_000;
		await burst(12, () => cordialGet());
		expect(sandbox.rateStats().cordial).toEqual({ requests: 31, rejected: 10, peakPerSecond: 12, peakAdmittedPerSecond: 9 });
	});

	it('switches off with setRateLimits([]) and with reset(), which also clears the statistics', async () => {
		sandbox.setRateLimits([{ provider: 'cordial', perSecond: 1 }]);
		expect(statuses(await burst(2, () => cordialGet()))).toEqual({ 200: 1, 429: 1 });
		sandbox.setRateLimits([]);
		expect(statuses(await burst(3, () => cordialGet()))).toEqual({ 200: 3 });
		expect(sandbox.rateStats().cordial).toMatchObject({ requests: 5, rejected: 1 });

		sandbox.setRateLimits([{ provider: 'cordial', perSecond: 1 }]);
		sandbox.reset();
		expect(sandbox.rateStats()).toEqual({});
		expect(statuses(await burst(3, () => cordialGet()))).toEqual({ 200: 3 });
	});

	it('rejects a limit for an unknown provider or without a positive rate', () => {
		expect(() => sandbox.setRateLimits([{ provider: 'nobody', perSecond: 1 }])).toThrow('No sandbox provider "nobody"');
		expect(() => sandbox.setRateLimits([{ provider: 'bird', perSecond: 0 }])).toThrow('positive perSecond');
	});

	it('declares the documented defaults for `npm run sandbox -- --rate-limits`', () => {
		expect(DEFAULT_RATE_LIMITS).toEqual([
			{ provider: 'bird', perSecond: 500, methods: ['POST'] },
			{ provider: 'bird', perSecond: 50, methods: ['GET'] },
			{ provider: 'mapp', perSecond: 10 },
			{ provider: 'cordial', perSecond: 10 },
			{ provider: 'expertsender', perSecond: 10 },
		]);
	});
});

describe('sandbox rate limits for a provider without its own over-limit answer', () => {
	const echo: ProviderModule = {
		name: 'echo',
		prefix: '/echo',
		handle: () => jsonResponse(200, {}),
		reset: () => undefined,
		credentials: () => [],
	};
	const sandbox = new Sandbox([echo]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('answers a bare 429 with Retry-After, keyed on the Authorization header', async () => {
		let now = 0;
		sandbox.clock = () => now;
		sandbox.setRateLimits([{ provider: 'echo', perSecond: 0.5 }]);
		const send = (authorization: string) => fetch(`${sandbox.url}/echo/x`, { headers: { Authorization: authorization } });
		expect((await send('a')).status).toBe(200);
		expect((await send('b')).status).toBe(200);
		const refused = await send('a');
		expect(refused.status).toBe(429);
		// Half a token a second: the next one is two seconds away.
		expect(refused.headers.get('retry-after')).toBe('2');
		now += 2_000;
		expect((await send('a')).status).toBe(200);
	});
});
