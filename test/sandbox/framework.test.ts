import { emptyResponse, jsonResponse, Sandbox, type ProviderModule } from '../../sandbox/framework';

class EchoProvider implements ProviderModule {
	readonly name = 'echo';

	readonly prefix = '/echo';

	handled = 0;

	reset(): void {
		this.handled = 0;
	}

	credentials(baseUrl: string) {
		return [{ type: 'echoApi', name: 'Echo', data: { baseUrl } }];
	}

	handle(request: { method: string; path: string; text: string }) {
		this.handled++;
		return request.path === '/empty' ? emptyResponse(204) : jsonResponse(200, { path: request.path, body: request.text });
	}
}

describe('sandbox framework', () => {
	const echo = new EchoProvider();
	const sandbox = new Sandbox([echo]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	it('routes by prefix, logs every request and hands out credentials with the provider base URL', async () => {
		const response = await fetch(`${sandbox.url}/echo/a/b?x=1&x=2&y=3`, { method: 'POST', body: 'hello' });
		expect(await response.json()).toEqual({ path: '/a/b', body: 'hello' });
		expect(sandbox.requests('echo')).toEqual([
			expect.objectContaining({ method: 'POST', path: '/a/b', query: { x: ['1', '2'], y: '3' }, body: 'hello', status: 200, faulted: false, processed: true }),
		]);
		expect(sandbox.credentials()).toEqual([{ type: 'echoApi', name: 'Echo', data: { baseUrl: `${sandbox.url}/echo` } }]);
	});

	it('answers 404 outside every provider', async () => {
		expect((await fetch(`${sandbox.url}/nothing`)).status).toBe(404);
	});

	it('injects a status with headers in place of the provider, for as many requests as asked', async () => {
		sandbox.injectFault({ provider: 'echo', path: '/a', times: 2, respond: { status: 429, headers: { 'Retry-After': '7' }, body: 'slow' } });
		const statuses: number[] = [];
		for (let index = 0; index < 3; index++) {
			const response = await fetch(`${sandbox.url}/echo/a`, { method: 'POST' });
			statuses.push(response.status);
			if (response.status === 429) expect(response.headers.get('retry-after')).toBe('7');
		}
		expect(statuses).toEqual([429, 429, 200]);
		expect(echo.handled).toBe(1);
		expect(sandbox.requests().map((r) => [r.faulted, r.processed])).toEqual([[true, false], [true, false], [false, true]]);
	});

	it('can let the provider process the request and then cut the connection', async () => {
		sandbox.injectFault({ path: '/a', process: true, reset: true });
		await expect(fetch(`${sandbox.url}/echo/a`, { method: 'POST' })).rejects.toThrow();
		expect(echo.handled).toBe(1);
		expect(sandbox.requests()[0]).toMatchObject({ status: 'reset', processed: true });
	});

	it('truncates a body after the headers promised more', async () => {
		sandbox.injectFault({ path: '/a', process: true, truncateTo: 5 });
		const response = await fetch(`${sandbox.url}/echo/a`, { method: 'POST', body: 'x' });
		await expect(response.text()).rejects.toThrow();
	});

	it('delays an answer', async () => {
		sandbox.injectFault({ path: '/a', delayMs: 300 });
		const started = Date.now();
		await fetch(`${sandbox.url}/echo/a`);
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});
});
