import { MAX_REDIRECT_HOPS, redirectDecision } from '../../../nodes/shared/transport';

// RFC 9110 §15.4: 307 and 308 keep the method and body; 301, 302 and 303 let a client turn a POST into a GET.
// RFC 6454 §4: an origin is scheme, host and port.
describe('redirectDecision', () => {
	const from = 'https://api.example.test/v2/contacts/1';

	it('is no decision for an answer that is not a redirect, or a redirect without a Location', () => {
		expect(redirectDecision('GET', from, 200, '/x', 0)).toBeUndefined();
		expect(redirectDecision('GET', from, 304, '/x', 0)).toBeUndefined();
		expect(redirectDecision('GET', from, 302, undefined, 0)).toBeUndefined();
		expect(redirectDecision('GET', from, 302, '  ', 0)).toBeUndefined();
	});

	it.each([301, 302, 303, 307, 308])('follows a %i of a GET to the same origin, relative or absolute', (status) => {
		expect(redirectDecision('GET', from, status, '/v2/contacts/2?a=1', 0)).toEqual({ follow: 'https://api.example.test/v2/contacts/2?a=1' });
		expect(redirectDecision('GET', from, status, 'https://API.example.test:443/v3', 0)).toEqual({ follow: 'https://api.example.test/v3' });
	});

	it.each([307, 308])('follows a %i of a POST to the same origin (method and body are kept)', (status) => {
		expect(redirectDecision('POST', from, status, '/v2/send', 0)).toEqual({ follow: 'https://api.example.test/v2/send' });
	});

	it.each([301, 302, 303])('refuses a %i of a POST, which would turn it into a GET', (status) => {
		const decision = redirectDecision('POST', from, status, '/v2/send', 0);
		expect(decision).toEqual({ refusal: expect.stringContaining(`it would turn the POST into a GET`) });
	});

	it.each([
		['another host', 'https://evil.example.test/collect?key=secret'],
		['another scheme', 'http://api.example.test/v2/contacts/1'],
		['another port', 'https://api.example.test:8443/v2/contacts/1'],
	])('refuses a redirect to %s, naming its origin and never its query', (_what, location) => {
		const decision = redirectDecision('GET', from, 307, location, 0) as { refusal: string };
		expect(decision.refusal).toContain(`to another origin, ${new URL(location).origin}, which is not followed`);
		expect(decision.refusal).not.toContain('secret');
		expect(decision.refusal).not.toContain('/v2');
	});

	it('refuses a Location that is no http(s) URL, and the hop after the last one allowed', () => {
		expect(redirectDecision('GET', from, 302, 'javascript:alert(1)', 0)).toEqual({ refusal: expect.stringContaining('not an http(s) URL') });
		expect(redirectDecision('GET', from, 302, '/next', MAX_REDIRECT_HOPS - 1)).toEqual({ follow: 'https://api.example.test/next' });
		expect(redirectDecision('GET', from, 302, '/next', MAX_REDIRECT_HOPS)).toEqual({
			refusal: expect.stringContaining(`after ${MAX_REDIRECT_HOPS} redirects already followed`),
		});
	});
});
