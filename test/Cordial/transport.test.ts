import { CordialApi } from '../../credentials/CordialApi.credentials';
import { cordialBaseUrl, parseCordialError } from '../../nodes/Cordial/transport';
import { allText, CORDIAL_API_KEY, cordialSandbox, rl } from './helpers';

const getDraft = { resource: 'batchMessage', operation: 'get', batchMessageId: rl('252:594ac3d2f0c360031181a7f0:ot') };

describe('Cordial transport, credential and errors', () => {
	const { run, sandbox, wire } = cordialSandbox();

	it('a wrong key gets the 401 "Access Denied" with both usual causes, and no key in the output', async () => {
		const wrongKey = 'wrong-Key-0000111122223333';
		const result = await run(getDraft, { continueOnFail: true, credentials: { apiKey: wrongKey } });
		expect(result.items).toEqual([
			{
				json: {
					error: 'Cordial Get Batch Message failed: Access Denied: Authentication Failure [item 0]',
					description: expect.stringMatching(/key is wrong.*allowed IP list/),
					httpCode: '401',
				},
				pairedItem: { item: 0 },
			},
		]);
		const text = allText(result.items);
		expect(text).not.toContain(wrongKey);
		expect(text).not.toContain(Buffer.from(`${wrongKey}:`).toString('base64'));
		expect(sandbox.requests('cordial')).toHaveLength(1);
	});

	it('never shows the key, even when Cordial echoes it in an error', async () => {
		sandbox.injectFault({
			provider: 'cordial',
			respond: {
				status: 422,
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({
					error: true,
					errorKey: 'GENERIC_ERROR_KEY',
					message: `bad request with Authorization: Basic ${Buffer.from(`${CORDIAL_API_KEY}:`).toString('base64')} for ${CORDIAL_API_KEY}`,
				}),
			},
		});
		const result = await run(getDraft, { continueOnFail: true });
		const text = allText(result.items);
		expect(text).toContain('bad request with Authorization: Basic *** for ***');
		expect(text).not.toContain(CORDIAL_API_KEY);
		sandbox.injectFault({
			provider: 'cordial',
			respond: { status: 500, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: `key ${CORDIAL_API_KEY} refused` }) },
		});
		const stopped = await run(getDraft);
		expect(stopped.error?.message).toBe('Cordial Get Batch Message failed: key *** refused [item 0]');
		expect(`${stopped.error?.message} ${stopped.error?.description} ${allText(stopped.run.data.resultData)}`).not.toContain(CORDIAL_API_KEY);
	});

	it('retries a 429 after Retry-After and sends the request once more only', async () => {
		sandbox.injectFault({
			provider: 'cordial',
			times: 2,
			respond: {
				status: 429,
				headers: { 'Content-Type': 'application/json', 'Retry-After': '0' },
				body: '{"error":true,"errorKey":"EXCEEDED_RATE_LIMIT","message":"Too many requests"}',
			},
		});
		const result = await run({ resource: 'contact', operation: 'upsert', email: 'rate@example.com' });
		expect(result.items[0].json).toMatchObject({ success: true, message: 'contact created' });
		expect(sandbox.requests('cordial').map((entry) => [entry.status, entry.processed])).toEqual([
			[429, false],
			[429, false],
			[201, true],
		]);
	});

	it('gives up after the attempts and says Cordial did not process it', async () => {
		sandbox.injectFault({
			provider: 'cordial',
			times: 10,
			respond: { status: 429, headers: { 'Retry-After': '0', 'Content-Type': 'application/json' }, body: '{"error":true,"message":"Too many requests"}' },
		});
		const result = await run(getDraft, { continueOnFail: true });
		expect(result.items[0].json.error).toBe('Cordial Get Batch Message failed: Too many requests [item 0]');
		expect(result.items[0].json.description).toContain('did not process the request; it was tried 4 times');
		expect(wire()).toHaveLength(4);
	});

	it('does not resend a batch-message send after the connection drops', async () => {
		sandbox.injectFault({ provider: 'cordial', path: '/send', process: true, reset: true });
		const result = await run(
			{ resource: 'batchMessage', operation: 'send', batchMessageId: rl('252:594ac3d2f0c360031181a7f0:ot') },
			{ continueOnFail: true },
		);
		expect(result.items[0].json.error).toMatch(/^Cordial gave no complete answer to Send Batch Message/);
		expect(sandbox.requests('cordial')).toHaveLength(1);
	});

	it('reads every documented error form', () => {
		const check = (statusCode: number, body: unknown) => parseCordialError({ statusCode, body, headers: {}, text: '' });
		expect(check(200, { success: true })).toBeUndefined();
		expect(check(200, [{ error: true }])).toBeUndefined();
		expect(check(401, { error: 'Access Denied: Authentication Failure' })).toMatchObject({ message: 'Access Denied: Authentication Failure' });
		expect(check(404, { error: true, message: 'record not found' })).toMatchObject({ message: 'record not found', code: undefined });
		expect(check(422, { error: true, messages: 'KEY must be unique' })).toMatchObject({ message: 'KEY must be unique' });
		expect(check(200, { error: true, errorKey: 'X', errors: ['a', 'b'] })).toMatchObject({ message: 'a; b', code: 'X' });
		expect(check(500, { error: 'an error has occurred' })).toMatchObject({ message: 'an error has occurred' });
		// Only Cordial's own error keys have a hint, not names that a plain object would answer from its prototype.
		expect(check(422, { error: true, errorKey: 'BATCH_MESSAGES_SCHEDULE_ERROR', message: 'x' })?.description).toContain('future');
		for (const errorKey of ['constructor', 'toString', '__proto__']) {
			expect(check(422, { error: true, errorKey, message: 'x' })?.description).toBeUndefined();
		}
	});

	it('takes a region only from its own list of base URLs', () => {
		expect(cordialBaseUrl({ region: 'toString' })).toBe(cordialBaseUrl({ region: 'usEast' }));
	});

	it('the credential: Basic with the key and an empty password, regions, and a test call that explains 401', () => {
		const credential = new CordialApi();
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { auth: { username: '={{$credentials.apiKey}}', password: '' } },
		});
		expect(credential.test.request.url).toBe('/accountcontactattributes');
		expect(credential.test.rules?.[0]).toMatchObject({ type: 'responseCode', properties: { value: 401 } });
		expect(JSON.stringify(credential.test.rules)).toMatch(/key is wrong.*allowed IP list/);
		expect(credential.properties.find((property) => property.name === 'apiKey')?.typeOptions).toEqual({ password: true });
		expect(cordialBaseUrl({ region: 'usEast' })).toBe('https://api.cordial.io/v2');
		expect(cordialBaseUrl({ region: 'usWest' })).toBe('https://api.usw2.cordial.io/v2');
		expect(cordialBaseUrl({ region: 'custom', baseUrl: 'https://api.stg.cordialdev.com/v2/' })).toBe('https://api.stg.cordialdev.com/v2');
	});

	it('the sandbox answers the credential test call', async () => {
		const base = sandbox.credentials()[0].data.baseUrl as string;
		const response = await fetch(`${base}/accountcontactattributes`, {
			headers: { Authorization: `Basic ${Buffer.from(`${CORDIAL_API_KEY}:`).toString('base64')}` },
		});
		expect(response.status).toBe(200);
		const denied = await fetch(`${base}/accountcontactattributes`, {
			headers: { Authorization: `Basic ${Buffer.from(`${CORDIAL_API_KEY}:x`).toString('base64')}` },
		});
		expect([denied.status, await denied.json()]).toEqual([401, { error: 'Access Denied: Authentication Failure' }]);
	});
});
