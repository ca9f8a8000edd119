/** The emulator's route tables: what a handler gets, and how a route is written. */
import type { SandboxRequest, SandboxResponse } from '../../framework';
import type { BirdAccount } from './account';
import type { Json } from './answers';

export interface Call {
	account: BirdAccount;
	request: SandboxRequest;
	/** The `{name}` segments of the route's path, as sent (still percent-encoded). */
	params: Record<string, string>;
	/** The checked JSON object of a POST, PATCH or PUT. */
	body: Json;
	/** The emulator's own base URL, for media URLs. */
	base: string;
}

export interface Route {
	/** An HTTP method, or `*` for any (after the routes of the same path that take a method). */
	method: string;
	/** `{name}` matches one segment; a trailing `/**` any number of further segments, or none. */
	path: string;
	handle(call: Call): SandboxResponse;
}
