import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * Redirects are never followed by the HTTP client (it would send the credential to wherever the Location points, and
 * turn a POST answered 301/302/303 into a GET). The transport follows one itself only when that is safe: to the same
 * origin (scheme, host and port, RFC 6454 §4), for a 307 or 308 (which keep the method and the body, RFC 9110
 * §15.4.8 and §15.4.9) or for a read (GET or HEAD, which no redirect changes), and at most this many times in a row.
 */
export const MAX_REDIRECT_HOPS = 3;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What to do with a 3xx: go to `follow`, or fail with `refusal` (which names the Location's origin, never its query). */
export type RedirectDecision = { follow: string } | { refusal: string } | undefined;

/** `https://host:port` of a URL, or undefined for one that cannot be read. */
export function originOf(url: string, base?: string): string | undefined {
	try {
		return new URL(url, base).origin;
	} catch {
		return undefined;
	}
}

/**
 * Decides a response of `status` with `location` to a `method` request to `from`, after `hops` redirects already
 * followed. Undefined when the response is not a redirect (it is then an error like any other non-2xx answer).
 */
export function redirectDecision(
	method: IHttpRequestMethods,
	from: string,
	status: number,
	location: string | undefined,
	hops: number,
): RedirectDecision {
	if (!REDIRECT_STATUSES.has(status) || location === undefined || location.trim() === '') return undefined;
	const target = originOf(location.trim(), from);
	if (target === undefined || target === 'null') {
		return { refusal: `a redirect (HTTP ${status}) to a Location that is not an http(s) URL` };
	}
	if (target !== originOf(from)) {
		return { refusal: `a redirect (HTTP ${status}) to another origin, ${target}, which is not followed: the credential was not sent there` };
	}
	if (hops >= MAX_REDIRECT_HOPS) {
		return { refusal: `a redirect (HTTP ${status}) after ${hops} redirects already followed, at ${target}` };
	}
	const keepsMethod = status === 307 || status === 308 || method === 'GET' || method === 'HEAD';
	if (!keepsMethod) {
		return {
			refusal: `a redirect (HTTP ${status}) of a ${method} to ${target}, which is not followed: it would turn the ${method} into a GET (RFC 9110 §15.4)`,
		};
	}
	return { follow: new URL(location.trim(), from).href };
}
