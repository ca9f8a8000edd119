/**
 * Hostile answers, generated from the operation catalogue so that every operation of every node (and every one added
 * later) is attacked: redirects to another origin and same-origin redirects, a gzip bomb, deeply nested bodies, an
 * answer in ISO-8859-1, and per provider the rate ceiling under two spellings of one base URL. It prints one line per
 * category, and the requests and credentials that reached another origin.
 */
import { gzipSync } from 'node:zlib';

import type { IDataObject } from 'n8n-workflow';

import type { SandboxRequest, SandboxResponse } from '../../sandbox';
import { Catcher } from '../harness/catcher';
import type { WorkflowRun } from '../harness/engine';
import type { OperationSpec, ProviderCatalogue } from './catalogue/types';
import { catalogues, everyOperation, secretsOf, useCatalogueSuite } from './harness';

const catcher = new Catcher();
/** Requests (and credential values among them) that reached another origin. */
const escaped = { requests: 0, credentials: 0 };

const suite = useCatalogueSuite('hostile', () => {
	process.stdout.write(`\nhostile redirects: requests that reached another origin ${escaped.requests}, credential values there ${escaped.credentials}\n`);
});
const { sandbox, run, tally } = suite;

beforeAll(async () => await catcher.start());
afterAll(async () => await catcher.stop());
beforeEach(() => {
	catcher.caught.length = 0;
});

/** What the user sees of item 0: its error text (Continue On Fail) or the node's error, else undefined. */
function errorOf(result: WorkflowRun): string | undefined {
	const error = result.error as unknown as { message?: string } | undefined;
	if (error) return error.message;
	const first = result.output('Node')[0]?.json;
	return typeof first?.error === 'string' ? first.error : undefined;
}

function countEscapes(catalogue: ProviderCatalogue): void {
	escaped.requests += catcher.caught.length;
	const seen = JSON.stringify(catcher.caught);
	for (const secret of secretsOf(catalogue, suite.credentials())) escaped.credentials += seen.split(secret).length - 1;
}


const one = (spec: OperationSpec) => spec.items.slice(0, 1);

describe('redirects', () => {
	describe.each(everyOperation)('%s', (_label, catalogue, spec) => {
		it.each([301, 302, 303, 307, 308])('HTTP %i to another origin: nothing reaches it, the error names the origin and the item', async (status) => {
			sandbox.injectFault({
				provider: spec.provider,
				respond: { status, headers: { Location: `${catcher.origin}/collect?token=QUERY-MARK` }, body: '' },
			});
			const result = await run(spec, { continueOnFail: true, items: one(spec) });
			const f = tally('redirect away');
			f.cases++;
			f.itemsIn++;
			f.itemsOut += result.output('Node').length;
			countEscapes(catalogue);
			const message = errorOf(result) ?? '';
			expect(catcher.caught).toEqual([]);
			expect(message).toMatch(new RegExp(`^${spec.providerName} .+ failed: the answer is a redirect \\(HTTP ${status}\\) to another origin, ${catcher.origin},`));
			expect(message).toContain('[item 0]');
			expect(message).not.toContain('QUERY-MARK');
		});

		it('HTTP 307 to the same origin is followed once, with the same method and body', async () => {
			const { prefix } = sandbox.provider(spec.provider);
			const redirected: SandboxRequest[] = [];
			sandbox.injectFault({ provider: spec.provider, answer: (request) => sameOriginRedirect(307, prefix, request, redirected) });
			const result = await run(spec, { continueOnFail: true, items: one(spec) });
			const f = tally('redirect same');
			f.cases++;
			f.itemsIn++;
			f.itemsOut += result.output('Node').length;
			expect(errorOf(result)).toBeUndefined();
			const [first] = redirected;
			const again = sandbox.requests(spec.provider).filter((entry) => entry.path === first.path && entry.method === first.method && entry.body === first.text);
			expect(again).toHaveLength(2);
			expect(suite.duplicatesOf(spec)).toBe(0);
		});

		it('HTTP 302 to the same origin is followed for a read and refused for a send (it would become a GET)', async () => {
			const { prefix } = sandbox.provider(spec.provider);
			const redirected: SandboxRequest[] = [];
			sandbox.injectFault({ provider: spec.provider, answer: (request) => sameOriginRedirect(302, prefix, request, redirected) });
			const result = await run(spec, { continueOnFail: true, items: one(spec) });
			tally('redirect same').cases++;
			const method = redirected[0].method;
			if (method === 'GET' || method === 'HEAD') {
				expect(errorOf(result)).toBeUndefined();
			} else {
				expect(errorOf(result)).toMatch(new RegExp(`^${spec.providerName} .+ failed: the answer is a redirect \\(HTTP 302\\) of a ${method} to ${sandbox.url}, which is not followed: it would turn the ${method} into a GET.*\\[item 0\\]$`));
				expect(sandbox.requests(spec.provider).filter((entry) => entry.path === redirected[0].path)).toHaveLength(1);
			}
		});
	});
});

/** A redirect to the request's own path and query (without a key the credential adds to the query again). */
function sameOriginRedirect(status: number, prefix: string, request: SandboxRequest, seen: SandboxRequest[]): SandboxResponse {
	seen.push(request);
	const query = new URLSearchParams(request.query);
	query.delete('apiKey');
	const search = query.toString();
	return { status, headers: { Location: `${prefix}${request.path}${search ? `?${search}` : ''}` }, body: '' };
}

/** 600 gzip members of 1 MiB of zeros each: about 600 KB that inflates to 600 MiB. */
const GZIP_BOMB = Buffer.concat(Array.from({ length: 600 }, () => gzipSync(Buffer.alloc(1024 * 1024))));

function contentTypeOf(spec: OperationSpec): string {
	return spec.xml ? 'text/xml' : 'application/json';
}

describe('gzip bomb', () => {
	it.each(everyOperation)('%s: refused after 32 MiB, memory stays bounded, the error names provider and item', async (_label, _catalogue, spec) => {
		sandbox.injectFault({
			provider: spec.provider,
			process: true,
			respond: { status: 200, headers: { 'Content-Type': contentTypeOf(spec), 'Content-Encoding': 'gzip' }, body: GZIP_BOMB },
		});
		const before = process.memoryUsage().rss;
		const result = await run(spec, { continueOnFail: true, items: one(spec) });
		const grown = process.memoryUsage().rss - before;
		const f = tally('gzip bomb');
		f.cases++;
		f.itemsIn++;
		f.itemsOut += result.output('Node').length;
		expect(GZIP_BOMB.length).toBeLessThan(1024 * 1024);
		expect(errorOf(result)).toMatch(new RegExp(`^${spec.providerName} .+ failed: the answer is larger than 32 MiB \\(counted after decompression\\).*\\[item 0\\]$`));
		expect(grown).toBeLessThan(200 * 1024 * 1024);
	});
});

const DEEP = 100_000;
function deepBody(spec: OperationSpec): string {
	if (!spec.xml) return `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
	const inner = `${'<a>'.repeat(DEEP)}${'</a>'.repeat(DEEP)}`;
	return spec.provider === 'mapp'
		? `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><r>${inner}</r></soapenv:Body></soapenv:Envelope>`
		: `<ApiResponse><Data>${inner}</Data></ApiResponse>`;
}

describe('deeply nested bodies', () => {
	describe.each(everyOperation)('%s', (_label, _catalogue, spec) => {
		it.each([200, 400])('HTTP %i with 100,000 levels: a clear error naming provider and item, output serialisable', async (status) => {
			sandbox.injectFault({ provider: spec.provider, process: status === 200, respond: { status, headers: { 'Content-Type': contentTypeOf(spec) }, body: deepBody(spec) } });
			const result = await run(spec, { continueOnFail: true, items: one(spec) });
			const f = tally('deep nesting');
			f.cases++;
			f.itemsIn++;
			f.itemsOut += result.output('Node').length;
			const message = errorOf(result) ?? '';
			expect(() => JSON.stringify(result.output('Node'))).not.toThrow();
			expect(message).not.toContain('call stack');
			expect(message).toMatch(new RegExp(`^${spec.providerName} .*\\[item 0\\]$`));
			// The codec's bound (64 levels), or fast-xml-parser's own ("Maximum nested tags exceeded"), whichever comes first.
			if (status === 200) expect(message).toMatch(/nested deeper than 64|Maximum nested tags/);
		});
	});
});

const NOTE = 'Grüße, café';

/** Adds NOTE where operations show what they read: a field of every JSON object, the end of every JSON or XML text. */
function withNote(text: string, xml: boolean): string {
	if (!xml) {
		// Every object at any depth gets a field, and every text the XML rule below would mark gets NOTE at its end: a
		// Get Many shows the records of its answer's list, and a node that keeps only the fields it knows still shows
		// their text.
		const note = (entry: unknown): unknown => {
			if (Array.isArray(entry)) return entry.map(note);
			if (typeof entry === 'string') return /[A-Za-z]/.test(entry) && !/^\d|^(true|false)$/.test(entry) ? `${entry} ${NOTE}` : entry;
			if (!entry || typeof entry !== 'object') return entry;
			return { ...Object.fromEntries(Object.entries(entry as IDataObject).map(([key, child]) => [key, note(child)])), note: NOTE };
		};
		return JSON.stringify(note(JSON.parse(text) as unknown));
	}
	return text.replace(/>([^<>]*[A-Za-z][^<>]*)</g, (whole, inner: string) => (/^\d|^(true|false)$/.test(inner) ? whole : `>${inner} ${NOTE}<`));
}

/** The module's answer with NOTE, in UTF-8 or in ISO-8859-1 declared in the Content-Type or (XML) the declaration. */
function recoded(spec: OperationSpec, encoding: 'utf-8' | 'latin1-header' | 'latin1-declaration') {
	return (response: SandboxResponse): SandboxResponse => {
		const text = Buffer.from(response.body ?? '').toString('utf8');
		if (text.trim() === '') return response;
		const body = withNote(text, Boolean(spec.xml));
		// The answer's own media type (ExpertSender's activity feeds are text/csv), with the charset under test.
		const type = (Object.entries(response.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? contentTypeOf(spec)).split(';')[0].trim();
		const withType = (charset: string, bytes: string | Buffer): SandboxResponse => ({ ...response, headers: { ...withoutContentType(response.headers), 'Content-Type': `${type}${charset}` }, body: bytes });
		if (encoding === 'utf-8') return withType('; charset=utf-8', body);
		// Only an XML answer has a declaration; a CSV feed declares its charset in the header alone.
		if (encoding === 'latin1-header' || !text.trimStart().startsWith('<')) return withType('; charset=ISO-8859-1', Buffer.from(body, 'latin1'));
		const declared = `<?xml version="1.0" encoding="ISO-8859-1"?>${body.replace(/^<\?xml[^>]*\?>/, '')}`;
		return withType('', Buffer.from(declared, 'latin1'));
	};
}

function withoutContentType(headers: Record<string, string> | undefined): Record<string, string> {
	return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-type'));
}

async function outputWith(spec: OperationSpec, encoding: Parameters<typeof recoded>[1]): Promise<string> {
	sandbox.reset();
	sandbox.injectFault({ provider: spec.provider, process: true, transform: recoded(spec, encoding) });
	const result = await run(spec, { continueOnFail: true, items: one(spec) });
	// Timestamps the sandbox stamps differ between the two runs.
	return JSON.stringify(result.error ? (result.error as Error).message : result.output('Node')).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z?/g, '<time>');
}

describe('declared charset', () => {
	let showing = 0;
	afterAll(() => {
		// The attack means something only where operations show what they read: most of them do.
		expect(showing).toBeGreaterThanOrEqual(Math.ceil(everyOperation.length / 2));
	});

	it.each(everyOperation)('%s: an ISO-8859-1 answer reads as the same UTF-8 answer', async (_label, _catalogue, spec) => {
		const utf8 = await outputWith(spec, 'utf-8');
		const encodings = spec.xml ? (['latin1-header', 'latin1-declaration'] as const) : (['latin1-header'] as const);
		for (const encoding of encodings) {
			const latin1 = await outputWith(spec, encoding);
			const f = tally('charset');
			f.cases++;
			f.itemsIn++;
			expect(latin1).toBe(utf8);
		}
		if (utf8.includes(NOTE)) showing++;
	});
});

describe('rate ceiling', () => {
	const urlField: Record<string, string> = { mapp: 'baseUrl', expertsender: 'apiServer', bird: 'baseUrl', cordial: 'baseUrl' };
	const perProvider = catalogues.map((catalogue) => [catalogue.operations[0].provider, catalogue, catalogue.operations[0]] as const);

	it.each(perProvider)('%s: two spellings of one base URL share one ceiling of 4/s', async (provider, catalogue, spec) => {
		const credential = suite.credentials()[catalogue.profile.credentialType];
		const field = urlField[provider];
		const plain = String(credential[field]);
		const respelled = `${plain.replace(/^http:\/\//, 'HTTP://')}/`;
		const ceiling = { requestsPerSecond: 4, readRequestsPerSecond: 4 };
		const items = Array.from({ length: 8 }, (_, index) => spec.items[index % spec.items.length]);
		await Promise.all([
			run(spec, { continueOnFail: true, items, credential: { ...ceiling, [field]: plain } }),
			run(spec, { continueOnFail: true, items, credential: { ...ceiling, [field]: respelled } }),
		]);
		const stats = sandbox.rateStats()[provider];
		const f = tally('rate ceiling');
		f.cases++;
		f.itemsIn += 16;
		expect(respelled).not.toBe(plain);
		expect(stats.requests).toBeGreaterThanOrEqual(16);
		expect(stats.peakPerSecond).toBeLessThanOrEqual(4);
	}, 30_000);
});

describe('secrets', () => {
	it('no credential value reached another origin or appears in anything the suite saw', () => {
		expect(escaped).toEqual({ requests: 0, credentials: 0 });
		expect(suite.countLeaks()).toBe(0);
	});
});
