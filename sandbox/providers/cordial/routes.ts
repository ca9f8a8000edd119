/**
 * Routes written as path patterns below `/v2` (`orders/{id}`, `contacts/{key}/cartitems/{productID}/{qty}/{sku}`):
 * each `{name}` matches one segment, given to the handler URL-decoded. The resources in files of their own
 * (orders.ts, carts.ts, …) export tables of these.
 */
import type { SandboxRequest, SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import type { Json } from './fixtures';

export interface PatternCall {
	account: CordialAccount;
	request: SandboxRequest;
	/** The parsed JSON object of a POST, or of a PUT with a body ({} otherwise). */
	body: Json;
	/** The `{name}` segments, URL-decoded. */
	params: Record<string, string>;
}

export interface PatternRoute {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	handle(call: PatternCall): SandboxResponse;
}

/** The first route whose method and pattern fit the decoded segments below `/v2`, with its parameters. */
export function matchPattern(routes: PatternRoute[], method: string, segments: string[]): { route: PatternRoute; params: Record<string, string> } | undefined {
	for (const route of routes) {
		if (route.method !== method) continue;
		const parts = route.path.split('/');
		if (parts.length !== segments.length) continue;
		const params: Record<string, string> = {};
		const fits = parts.every((part, index) => {
			if (part.startsWith('{')) {
				params[part.slice(1, -1)] = segments[index];
				return true;
			}
			return part === segments[index];
		});
		if (fits) return { route, params };
	}
	return undefined;
}
