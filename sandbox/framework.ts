/**
 * The local stand-in for the providers: one loopback HTTP server, one module per provider mounted under its own
 * path prefix, a request log that tests assert on, fault injection, and opt-in rate limits (a token bucket per
 * provider, method group and key, answered with the provider's own over-limit response). Provider modules are
 * strict: they check auth, content type and body shape as the real API documents them, and keep state.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { RateGate, type OverLimitState, type ProviderRateStats, type RateLimit } from './rateLimit';

export type { OverLimitState, ProviderRateStats, RateLimit } from './rateLimit';

export interface SandboxRequest {
	method: string;
	/** Path below the provider's prefix, without the query string, e.g. `/api/rest/v19/contact/get`. */
	path: string;
	query: URLSearchParams;
	/** Header names in lower case. */
	headers: Record<string, string | undefined>;
	body: Buffer;
	text: string;
}

export interface SandboxResponse {
	status: number;
	headers?: Record<string, string>;
	body?: string | Buffer;
}

export interface ProviderModule {
	/** Short name, used in the log and for faults: `mapp`, `expertsender`, `bird`, `cordial`. */
	readonly name: string;
	/** Where it is mounted, e.g. `/mapp`. */
	readonly prefix: string;
	handle(request: SandboxRequest): SandboxResponse | Promise<SandboxResponse>;
	/** Forgets all state (and re-seeds fixtures). */
	reset(): void;
	/** Ready-to-use n8n credentials pointing at this module. */
	credentials(baseUrl: string): SandboxCredential[];
	/**
	 * What the provider counts its rate limit per (a workspace, a credential), or undefined for a request its limits
	 * do not apply to. Without this method: the Authorization header.
	 */
	rateLimitKey?(request: SandboxRequest): string | undefined;
	/**
	 * The provider's documented answer to a request over its rate limit, which it did not process. Without this
	 * method: a bare 429 with Retry-After.
	 */
	overLimit?(request: SandboxRequest, state: OverLimitState): SandboxResponse;
}

export interface SandboxCredential {
	type: string;
	name: string;
	data: Record<string, string | number | boolean>;
}

export interface LoggedRequest {
	provider: string;
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | undefined>;
	body: string;
	/** What the client got: an HTTP status, or `reset` when the connection was cut. */
	status: number | 'reset';
	/** Whether a fault shaped the answer. */
	faulted: boolean;
	/** Whether the provider module processed the request (false when a fault answered in its place). */
	processed: boolean;
	/** Whether a rate limit refused the request: the provider's over-limit answer, not processed, not a delivery. */
	overLimit: boolean;
	/** When it arrived (its body complete), in ms on the sandbox's clock: what rate limits and rate statistics count. */
	receivedAt: number;
}

export interface FaultSpec {
	provider?: string;
	method?: string;
	/** Matches the path below the provider prefix: a substring or a regular expression. */
	path?: string | RegExp;
	/** Matches requests whose body contains this text (e.g. a SOAP operation name on a shared endpoint). */
	bodyIncludes?: string;
	/** How many matching requests it applies to; default 1. */
	times?: number;
	/** Let the provider module process the request first (the provider did the work), then apply the fault. */
	process?: boolean;
	/** Answer with this instead of the module's answer. */
	respond?: SandboxResponse;
	/** Answer with what this gives for the request (e.g. a redirect to its own path), instead of the module's answer. */
	answer?: (request: SandboxRequest) => SandboxResponse;
	/** With `process`: answer with the module's answer changed by this (e.g. re-encoded in another charset). */
	transform?: (response: SandboxResponse) => SandboxResponse;
	/** Wait this long before answering (or before cutting the connection). */
	delayMs?: number;
	/** Cut the connection instead of answering (after `delayMs`). */
	reset?: boolean;
	/** Send the headers and only this many bytes of the body, then cut the connection. */
	truncateTo?: number;
}

/**
 * The sandbox enforces no rate limit unless `setRateLimits` asks it to, so its ready-made credentials set no ceiling
 * ("Requests per Second" 0); a test of the ceiling sets one itself.
 */
export const NO_CEILING = { requestsPerSecond: 0 } as const;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
	return {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
		body: body === undefined ? '' : JSON.stringify(body),
	};
}

export function xmlResponse(status: number, body: string, headers: Record<string, string> = {}): SandboxResponse {
	return { status, headers: { 'Content-Type': 'text/xml; charset=utf-8', ...headers }, body };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): SandboxResponse {
	return { status, headers, body: '' };
}

/** Decodes an `Authorization: Basic` header into its user and password, or undefined when absent or malformed. */
export function basicCredentials(request: SandboxRequest): { user: string; password: string } | undefined {
	const header = request.headers.authorization;
	const match = header ? /^Basic ([A-Za-z0-9+/=]+)$/.exec(header) : null;
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon === -1) return undefined;
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The media type of the request body, lower case, without parameters. */
export function mediaType(request: SandboxRequest): string | undefined {
	return request.headers['content-type']?.split(';')[0].trim().toLowerCase();
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
	const record: Record<string, string | string[]> = {};
	for (const key of new Set(query.keys())) {
		const values = query.getAll(key);
		record[key] = values.length === 1 ? values[0] : values;
	}
	return record;
}

function matches(fault: FaultSpec, provider: string, request: SandboxRequest): boolean {
	if (fault.provider && fault.provider !== provider) return false;
	if (fault.method && fault.method.toUpperCase() !== request.method) return false;
	if (fault.bodyIncludes !== undefined && !request.text.includes(fault.bodyIncludes)) return false;
	if (fault.path instanceof RegExp) return fault.path.test(request.path);
	if (typeof fault.path === 'string') return request.path.includes(fault.path);
	return true;
}

function defaultOverLimit(state: OverLimitState): SandboxResponse {
	return jsonResponse(429, { error: 'Too Many Requests' }, { 'Retry-After': String(state.retryAfterSeconds) });
}

export class Sandbox {
	readonly log: LoggedRequest[] = [];

	private readonly providers: ProviderModule[];

	private readonly faults: Array<FaultSpec & { remaining: number }> = [];

	private server: Server | undefined;

	private readonly sockets = new Set<Socket>();

	private address = '';

	/** Milliseconds on a monotonic clock; tests may replace it to freeze or advance time. */
	clock: () => number = () => performance.now();

	private rates = new RateGate(() => this.clock());

	constructor(providers: ProviderModule[]) {
		this.providers = providers;
	}

	get url(): string {
		return this.address;
	}

	provider<T extends ProviderModule>(name: string): T {
		const found = this.providers.find((provider) => provider.name === name);
		if (!found) throw new Error(`No sandbox provider "${name}"`);
		return found as T;
	}

	/** Ready-to-use credentials for every provider, keyed by credential type. */
	credentials(): SandboxCredential[] {
		return this.providers.flatMap((provider) => provider.credentials(`${this.address}${provider.prefix}`));
	}

	injectFault(fault: FaultSpec): void {
		this.faults.push({ ...fault, remaining: fault.times ?? 1 });
	}

	/** Log entries of one provider (all when omitted). */
	requests(provider?: string): LoggedRequest[] {
		return provider ? this.log.filter((entry) => entry.provider === provider) : [...this.log];
	}

	/**
	 * Enforces these rate limits from now on, with full buckets (an empty list switches them off). A request over a
	 * limit is not processed and gets the provider's over-limit answer. Rate statistics are kept either way.
	 */
	setRateLimits(limits: RateLimit[]): void {
		for (const limit of limits) this.provider(limit.provider);
		this.rates.setLimits(limits);
	}

	/** Per provider name: requests counted, refused over the limit, and the highest per-key rate in any 1000 ms. */
	rateStats(): Record<string, ProviderRateStats> {
		return this.rates.stats();
	}

	reset(): void {
		this.log.length = 0;
		this.faults.length = 0;
		this.rates = new RateGate(() => this.clock());
		for (const provider of this.providers) provider.reset();
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((request, response) => {
			this.dispatch(request, response).catch((error: Error) => {
				if (!response.headersSent) {
					response.writeHead(500, { 'Content-Type': 'text/plain' });
					// The frames say where the emulator broke, so that a failing test points at it.
					response.end(`Sandbox failure: ${error.message} ${String(error.stack ?? '').split('\n').slice(1, 4).join(' ').replace(/\s+/g, ' ')}`);
				} else {
					response.destroy();
				}
			});
		});
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		const { port: bound } = this.server.address() as AddressInfo;
		this.address = `http://${host}:${bound}`;
		return this.address;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
		this.server = undefined;
	}

	private async dispatch(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of incoming) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks);
		const url = new URL(incoming.url ?? '/', 'http://sandbox');
		const provider = this.providers.find(
			(candidate) => url.pathname === candidate.prefix || url.pathname.startsWith(`${candidate.prefix}/`),
		);
		const headers: Record<string, string | undefined> = {};
		for (const [name, value] of Object.entries(incoming.headers)) {
			headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
		}
		const request: SandboxRequest = {
			method: (incoming.method ?? 'GET').toUpperCase(),
			path: provider ? url.pathname.slice(provider.prefix.length) || '/' : url.pathname,
			query: url.searchParams,
			headers,
			body,
			text: body.toString('utf8'),
		};
		const entry: LoggedRequest = {
			provider: provider?.name ?? 'unknown',
			method: request.method,
			path: request.path,
			query: queryRecord(request.query),
			headers,
			body: request.text,
			status: 404,
			faulted: false,
			processed: false,
			overLimit: false,
			receivedAt: this.clock(),
		};
		this.log.push(entry);

		if (!provider) {
			this.send(outgoing, entry, jsonResponse(404, { error: `No sandbox provider at ${url.pathname}` }));
			return;
		}

		// The provider's gateway refuses a request over the limit before anything else happens to it.
		const refusedBy = this.rates.admit(provider, request);
		if (refusedBy) {
			entry.overLimit = true;
			this.send(outgoing, entry, provider.overLimit ? provider.overLimit(request, refusedBy) : defaultOverLimit(refusedBy));
			return;
		}

		const fault = this.faults.find((candidate) => candidate.remaining > 0 && matches(candidate, provider.name, request));
		if (!fault) {
			entry.processed = true;
			this.send(outgoing, entry, await provider.handle(request));
			return;
		}

		fault.remaining -= 1;
		entry.faulted = true;
		let response = fault.answer?.(request) ?? fault.respond;
		if (fault.process || !response) {
			entry.processed = Boolean(fault.process);
			const real = fault.process ? await provider.handle(request) : undefined;
			response = response ?? (real && fault.transform ? fault.transform(real) : real);
		}
		if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
		if (fault.reset) {
			entry.status = 'reset';
			outgoing.socket?.destroy();
			return;
		}
		response ??= emptyResponse(200);
		if (fault.truncateTo !== undefined) {
			const full = Buffer.from(response.body ?? '');
			entry.status = response.status;
			outgoing.writeHead(response.status, { ...response.headers, 'Content-Length': String(full.length) });
			outgoing.write(full.subarray(0, fault.truncateTo));
			await new Promise((resolve) => setTimeout(resolve, 20));
			outgoing.socket?.destroy();
			return;
		}
		this.send(outgoing, entry, response);
	}

	private send(outgoing: ServerResponse, entry: LoggedRequest, response: SandboxResponse): void {
		entry.status = response.status;
		const body = response.body ?? '';
		outgoing.writeHead(response.status, {
			...response.headers,
			'Content-Length': String(Buffer.byteLength(body)),
		});
		outgoing.end(body);
	}
}
