import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import {
	buildSoapEnvelopeParts,
	buildXmlParts,
	CodecError,
	decodeJson,
	encodeJsonParts,
	encodedByteLength,
	encodeParts,
	excerptOf,
	parseSoapEnvelope,
	parseXml,
	SoapFault,
	type EncodedPart,
	type SoapRequest,
	type XmlParsedElement,
	type XmlValue,
} from '../codec';
import { itemSuffix } from '../validation';
import { bodyBudget } from './bodyBudget';
import { type RateCeiling } from './rateLimit';
import { waitForRateSlot } from './rateSlot';
import { Redactor } from './redact';
import { MAX_REDIRECT_HOPS, redirectDecision } from './redirect';
import { decodeText, discardBody, MAX_RESPONSE_BYTES, readBounded, ResponseTooLarge } from './responseBody';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, type RetryPolicy } from './retry';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

/** What a request carries; the transport encodes it through the shared codec and sets the content type. */
export type RequestBody =
	| { json: unknown }
	| { xml: { root: string; value: XmlValue; declaration?: boolean }; contentType?: string }
	| { soap: SoapRequest; soapAction?: string }
	/** A multipart form (the global FormData); the HTTP client writes the boundary and content type. */
	| { form: FormData }
	| { raw: string | Buffer; contentType: string };

export type ResponseFormat = 'json' | 'xml' | 'soap' | 'text' | 'binary';

export interface ProviderRequest {
	/** The operation as the user sees it, e.g. "Send Prepared Message": it names the failure in every error. */
	operation: string;
	/** The input item this request serves (absent for list searches and batch calls covering many items). */
	itemIndex?: number;
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	headers?: Record<string, string>;
	body?: RequestBody;
	/** How the response body is decoded; decides the Accept header too. */
	response: ResponseFormat;
	/** For XML and SOAP responses: elements that are lists in the schema (see XmlParseOptions.arrays). */
	xmlArrays?: readonly string[];
	/**
	 * Whether sending the request twice is harmless. Only then is it repeated after an ambiguous failure (a
	 * timeout or a reset once the request was on its way). Defaults to true for GET and HEAD, false otherwise.
	 */
	idempotent?: boolean;
	timeoutMs?: number;
	/**
	 * Whether the credential authenticates this request (default true). False for URLs the provider hands out that
	 * must not receive the credential, such as a presigned upload URL.
	 */
	authenticate?: boolean;
}

export interface ProviderResponse<T = unknown> {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	/** Decoded body: a JSON value, `{ [root]: … }` for XML, the operation's content for SOAP, text or a Buffer. */
	body: T;
	/** For SOAP: the local name of the response element. */
	soapOperation?: string;
	/** The raw text, for error excerpts. */
	text: string;
	/** Number of attempts it took (1 when no retry was needed). */
	attempts: number;
}

/** A provider's error, as its documents describe it. */
export interface ProviderErrorInfo {
	/** The provider's own message. */
	message: string;
	/** The provider's own error code or key, e.g. NO_SUCH_OBJECT. */
	code?: string;
	/** How to fix it, when that can be said. */
	description?: string;
	/** Typed fields of the error body; shown in n8n's error details (after redaction). */
	details?: IDataObject;
}

export interface ResponseForErrorCheck {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	/** Decoded body, or undefined when it could not be decoded. */
	body: unknown;
	text: string;
	/** A SOAP Fault in the body. */
	fault?: SoapFault;
}

/** Everything the shared transport needs to know about one provider. */
export interface ProviderProfile {
	/** Name used in every message, e.g. "Mapp Engage". */
	name: string;
	credentialType: string;
	/** Credential values that must never be shown; their URL-encoded, XML-escaped and base64 forms are hidden too. */
	secrets(credentials: ICredentialDataDecryptedObject): string[];
	/** Basic-auth pairs derived from the credentials, so that the header value is hidden as well. */
	basicAuth?(credentials: ICredentialDataDecryptedObject): { user: string; password: string } | undefined;
	/**
	 * The provider's error in a response, for any status: some providers answer errors with 200 or 201. Return
	 * undefined for a success. Non-2xx responses for which this returns undefined still fail, with a generic text.
	 */
	parseError(response: ResponseForErrorCheck): ProviderErrorInfo | undefined;
	/** Whether the provider documents this response as "not processed", so that sending it again is safe. */
	isNotProcessed(response: ResponseForErrorCheck): boolean;
	/** A hint per HTTP status for the error description (e.g. what a 401 means for this provider). */
	statusHint?(statusCode: number, response: ResponseForErrorCheck): string | undefined;
	/** Back-off for responses the provider documents as not processed (e.g. Mapp asks for 30 s and more). */
	retry?: Partial<RetryPolicy>;
	/**
	 * Back-off for network failures (connection refused, host not found; resets on idempotent reads). These have
	 * nothing to do with the provider's rate limit, so they keep the short default unless a profile says otherwise.
	 */
	networkRetry?: Partial<RetryPolicy>;
	timeoutMs?: number;
	/**
	 * The documented request ceiling a request counts against, from the credential's "Requests per Second"; every
	 * attempt waits for its slot (see rateLimit.ts). Requests that are not authenticated (presigned uploads to another
	 * host) do not count.
	 */
	rateCeiling?(credentials: ICredentialDataDecryptedObject, method: IHttpRequestMethods): RateCeiling | undefined;
}

/** Network failures where the request certainly did not reach the provider. */
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENETDOWN',
	'UND_ERR_CONNECT_TIMEOUT',
]);

const ACCEPT: Record<ResponseFormat, string> = {
	json: 'application/json',
	xml: 'text/xml, application/xml',
	soap: 'text/xml',
	text: '*/*',
	binary: '*/*',
};

interface EncodedBody {
	body?: string | Buffer | object;
	headers: Record<string, string>;
	/** Gives back the body's share of the process's budget for bodies with binary content. */
	release?: () => void;
}

/**
 * A codec document as a body: its text as UTF-8 bytes, or when it holds binary content (attachments) one buffer of
 * exactly its length with the base64 encoded into place (see encodeParts), so that neither a base64 string of a file
 * nor the document as text is made. The HTTP client sends a buffer as it is, and every attempt sends it again.
 */
async function partsBody(parts: EncodedPart[], headers: Record<string, string>): Promise<EncodedBody> {
	if (parts.every((part) => typeof part === 'string')) {
		// As bytes: axios parses a JSON body given as text once more to check it (stringifySafely), a buffer goes as it is.
		return { body: Buffer.from(parts.join(''), 'utf8'), headers };
	}
	const release = await bodyBudget.acquire(encodedByteLength(parts));
	let body: Buffer | undefined;
	try {
		body = await encodeParts(parts);
	} finally {
		// A body that could not be written (a file that changed size) gives its share back at once.
		if (!body) release();
	}
	return { body, headers, release };
}

async function encodeBody(body: RequestBody | undefined): Promise<EncodedBody> {
	if (body === undefined) return { headers: {} };
	if ('json' in body) return await partsBody(encodeJsonParts(body.json), { 'Content-Type': 'application/json' });
	if ('xml' in body) {
		const { root, value, declaration } = body.xml;
		return await partsBody(buildXmlParts(root, value, { declaration }), {
			'Content-Type': body.contentType ?? 'text/xml; charset=utf-8',
		});
	}
	if ('soap' in body) {
		return await partsBody(buildSoapEnvelopeParts(body.soap), {
			'Content-Type': 'text/xml; charset=utf-8',
			SOAPAction: `"${body.soapAction ?? ''}"`,
		});
	}
	if ('form' in body) return { body: body.form, headers: {} };
	return { body: body.raw, headers: { 'Content-Type': body.contentType } };
}

function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

interface Decoded {
	body: unknown;
	soapOperation?: string;
	fault?: SoapFault;
	decodeError?: CodecError;
}

function decodeBody(
	format: ResponseFormat,
	buffer: Buffer,
	text: string,
	what: string,
	arrays: readonly string[] | undefined,
): Decoded {
	try {
		switch (format) {
			case 'binary':
				return { body: buffer };
			case 'text':
				return { body: text };
			case 'json':
				return { body: decodeJson(text, what) };
			case 'xml':
				return { body: text.trim() === '' ? undefined : parseXml(text, { arrays, what }) };
			case 'soap': {
				if (text.trim() === '') return { body: undefined };
				const { operation, value } = parseSoapEnvelope(text, { arrays, what });
				return { body: value, soapOperation: operation };
			}
		}
	} catch (error) {
		if (error instanceof SoapFault) return { body: undefined, fault: error };
		if (error instanceof CodecError) return { body: undefined, decodeError: error };
		// Anything else is a fault of ours, not of the body: keep its message, drop nothing silently.
		return { body: undefined, decodeError: new CodecError(`${what} could not be decoded: ${(error as Error).message}`) };
	}
}

/** The answer's text in its declared charset, and its body decoded by format; an unknown charset is a decode error. */
function readAnswer(
	request: ProviderRequest,
	raw: RawAnswer,
	what: string,
): { text: string; decoded: Decoded } {
	if (request.response === 'binary') return { text: '', decoded: { body: raw.buffer } };
	const xml = request.response === 'xml' || request.response === 'soap';
	let text: string;
	try {
		text = decodeText(raw.buffer, headerValue(raw.headers, 'content-type'), xml, what);
	} catch (error) {
		return { text: raw.buffer.toString('latin1'), decoded: { body: undefined, decodeError: error as CodecError } };
	}
	return { text, decoded: decodeBody(request.response, raw.buffer, text, what, request.xmlArrays) };
}

function networkErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

/**
 * One HTTP exchange: authenticated by the credential type, or (for URLs the provider hands out, such as presigned
 * uploads) not authenticated at all, so that the credential never reaches a third-party host.
 */
async function send(
	this: RequestContext,
	credentialType: string | undefined,
	options: IHttpRequestOptions,
): Promise<unknown> {
	return credentialType === undefined
		? await this.helpers.httpRequest(options)
		: await this.helpers.httpRequestWithAuthentication.call(this, credentialType, options);
}

interface RawAnswer {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	buffer: Buffer;
}

/** An answer the transport does not accept as one: a redirect it does not follow. */
interface RefusedAnswer {
	statusCode: number;
	refusal: string;
}

/**
 * One attempt: the exchange, and the same-origin redirects redirect.ts allows, each hop through the same
 * authenticated path and each waiting for its rate slot, which it holds until its answer's headers are in (the latest
 * the provider can have counted it). The body is read up to MAX_RESPONSE_BYTES after decompression.
 */
async function exchange(
	this: RequestContext,
	profile: ProviderProfile,
	ceiling: RateCeiling | undefined,
	request: ProviderRequest,
	options: IHttpRequestOptions,
): Promise<RawAnswer | RefusedAnswer> {
	const credentialType = request.authenticate === false ? undefined : profile.credentialType;
	let { url, qs } = options;
	for (let hops = 0; ; hops++) {
		const arrived = await waitForRateSlot(ceiling);
		let raw: { body: unknown; headers: RawAnswer['headers']; statusCode: number };
		try {
			raw = (await send.call(this, credentialType, { ...options, url, qs, headers: { ...options.headers } })) as typeof raw;
		} finally {
			arrived();
		}
		const decision = redirectDecision(request.method, url, raw.statusCode, headerValue(raw.headers, 'location'), hops);
		if (decision) discardBody(raw.body);
		if (decision && 'refusal' in decision) return { statusCode: raw.statusCode, refusal: decision.refusal };
		if (decision) {
			// The Location carries its own query: the request's query is not added to it again.
			url = decision.follow;
			qs = undefined;
			continue;
		}
		const buffer = await readBounded(raw.body, MAX_RESPONSE_BYTES, headerValue(raw.headers, 'content-encoding'));
		return { statusCode: raw.statusCode, headers: raw.headers, buffer };
	}
}

// One per credentials object: a node run reads its credential once (see runContext), so its requests share one.
const redactors = new WeakMap<ICredentialDataDecryptedObject, Map<ProviderProfile, Redactor>>();

/** Hides the profile's secrets of these credentials, and the Basic header derived from them. */
function redactorFor(profile: ProviderProfile, credentials: ICredentialDataDecryptedObject): Redactor {
	let byProfile = redactors.get(credentials);
	if (!byProfile) {
		byProfile = new Map();
		redactors.set(credentials, byProfile);
	}
	let redactor = byProfile.get(profile);
	if (!redactor) {
		const basic = profile.basicAuth?.(credentials);
		redactor = new Redactor([
			...profile.secrets(credentials),
			...(basic ? [Redactor.basicAuthValue(basic.user, basic.password)] : []),
		]);
		byProfile.set(profile, redactor);
	}
	return redactor;
}

/** What the steps of one providerRequest share. */
interface Call {
	context: RequestContext;
	profile: ProviderProfile;
	request: ProviderRequest;
	credentials: ICredentialDataDecryptedObject;
	redactor: Redactor;
	idempotent: boolean;
	/** "The <provider> response to <operation>", for decode errors. */
	what: string;
}

/** A failure of the call as a NodeApiError naming provider, operation and item, with every secret hidden. */
function callFailure(call: Call, message: string, description: string, httpCode?: number, details: IDataObject = {}): NodeApiError {
	const { redactor, request } = call;
	const text = redactor.text(`${message}${itemSuffix(request.itemIndex)}`);
	const error = new NodeApiError(call.context.getNode(), redactor.value({ ...details, httpCode }) as JsonObject, {
		message: text,
		description: redactor.text(description),
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: request.itemIndex,
	});
	// NodeApiError swaps a message that mentions a network code (ECONNRESET…) for a generic sentence; ours
	// already says what happened and to which operation and item.
	error.message = text;
	return error;
}

/** Step 1: the body through the shared codec; a value the codec refuses fails before anything is sent. */
async function encodeRequest(call: Call): Promise<EncodedBody> {
	try {
		return await encodeBody(call.request.body);
	} catch (error) {
		throw callFailure(
			call,
			`${call.profile.name} ${call.request.operation}: the request could not be written: ${(error as Error).message}`,
			'Change the value named above; nothing was sent.',
		);
	}
}

function httpOptions(call: Call, encoded: EncodedBody): IHttpRequestOptions {
	const { request, profile } = call;
	return {
		method: request.method,
		url: request.url,
		qs: request.qs,
		headers: { Accept: ACCEPT[request.response], ...encoded.headers, ...request.headers },
		body: encoded.body as IHttpRequestOptions['body'],
		// A stream, so that the body is read up to a bound (readBounded) and never inflated whole.
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// The client follows no redirect: exchange() decides which to follow (see redirect.ts).
		disableFollowRedirect: true,
		timeout: request.timeoutMs ?? profile.timeoutMs ?? 120_000,
	};
}

/** What to do after a network failure: try again after `delayMs`, or fail with `error`. */
type NetworkVerdict = { retryInMs: number } | { error: NodeApiError };

function networkFailure(call: Call, error: unknown, attempt: number, policy: RetryPolicy): NetworkVerdict {
	const { profile, request, idempotent } = call;
	if (error instanceof ResponseTooLarge) {
		return {
			error: callFailure(
				call,
				`${profile.name} ${request.operation} failed: ${error.message}, so it was not read further`,
				idempotent
					? 'Nothing was changed. The address in the credential may not be the provider\'s API: check its base URL.'
					: `The request may have been processed, so it was not sent again. Check in ${profile.name} before running this item again, and check the base URL in the credential.`,
				undefined,
				{ limitBytes: error.limit },
			),
		};
	}
	const code = networkErrorCode(error) ?? 'UNKNOWN';
	const notSent = NOT_SENT_CODES.has(code);
	if ((notSent || idempotent) && attempt < policy.maxAttempts) return { retryInMs: retryDelay(policy, attempt, undefined) };
	const detail = call.redactor.text(String((error as Error).message ?? error));
	return {
		error: callFailure(
			call,
			notSent
				? `${profile.name} could not be reached for ${request.operation} (${code})`
				: `${profile.name} gave no complete answer to ${request.operation} (${code})`,
			notSent
				? `Nothing was sent. Check the base URL in the credential and that the host is reachable. ${detail}`
				: idempotent
					? `The request was tried ${attempt} times. ${detail}`
					: `The request may or may not have been processed, so it was not sent again (that could deliver it twice). Check in ${profile.name} before running this item again. ${detail}`,
			undefined,
			{ networkError: code, attempts: attempt },
		),
	};
}

/**
 * Step 2: an answer from the wire, starting at attempt `first` and making the further attempts the network policy
 * allows (attempts are counted across both kinds of retry); a refused redirect fails here.
 */
async function sendOnce(call: Call, options: IHttpRequestOptions, policy: RetryPolicy, first: number): Promise<{ raw: RawAnswer; attempt: number }> {
	const { profile, request, credentials } = call;
	for (let attempt = first; ; attempt++) {
		const ceiling = request.authenticate === false ? undefined : profile.rateCeiling?.(credentials, request.method);
		let answer: RawAnswer | RefusedAnswer;
		try {
			answer = await exchange.call(call.context, profile, ceiling, request, options);
		} catch (error) {
			const verdict = networkFailure(call, error, attempt, policy);
			if ('error' in verdict) throw verdict.error;
			await sleep(verdict.retryInMs);
			continue;
		}
		if ('refusal' in answer) {
			throw callFailure(
				call,
				`${profile.name} ${request.operation} failed: the answer is ${answer.refusal}`,
				`The package follows a redirect only to the same origin, for a read or a 307/308, and at most ${MAX_REDIRECT_HOPS} times; nothing was sent to another host. If the API has moved, enter its new address in the credential.`,
				answer.statusCode,
			);
		}
		return { raw: answer, attempt };
	}
}

/** Step 3's outcome for one answer: the response, a wait before the next attempt, or the failure. */
type Verdict<T> = { response: ProviderResponse<T> } | { retryInMs: number } | { error: NodeApiError };

/** Step 3: reads the answer and decides whether it is the result, worth another attempt, or the call's failure. */
function classifyAnswer<T>(call: Call, raw: RawAnswer, attempt: number, policy: RetryPolicy): Verdict<T> {
	const { profile, request } = call;
	const { text, decoded } = readAnswer(request, raw, call.what);
	const check: ResponseForErrorCheck = { statusCode: raw.statusCode, headers: raw.headers, body: decoded.body, text, fault: decoded.fault };
	const providerError = profile.parseError(check);
	const ok = raw.statusCode >= 200 && raw.statusCode < 300;
	if (ok && !providerError && !decoded.fault) {
		if (decoded.decodeError) {
			return {
				error: callFailure(
					call,
					`${profile.name} ${request.operation}: ${decoded.decodeError.message}`,
					`The request was accepted (HTTP ${raw.statusCode}) but the answer could not be read, so its result is unknown; it was not sent again. Excerpt: ${decoded.decodeError.excerpt ?? ''}`,
					raw.statusCode,
				),
			};
		}
		const response: ProviderResponse<T> = {
			statusCode: raw.statusCode,
			headers: raw.headers,
			// An answer that echoes a secret must not carry it into the output items (Buffers stay as they are).
			body: call.redactor.value(decoded.body) as T,
			soapOperation: decoded.soapOperation,
			text,
			attempts: attempt,
		};
		return { response };
	}
	const notProcessed = profile.isNotProcessed(check);
	const retryAfter = headerValue(raw.headers, 'retry-after');
	if (notProcessed && attempt < policy.maxAttempts) {
		const retryAfterMs = parseRetryAfter(retryAfter);
		if (retryAfterMs === undefined || retryAfterMs <= policy.maxRetryAfterMs) return { retryInMs: retryDelay(policy, attempt, retryAfterMs) };
	}
	const info = providerError ?? genericError(raw.statusCode, text, decoded);
	return { error: providerFailure(call, { check, info, attempt, notProcessed, retryAfter }) };
}

/** The error of an answer the profile does not recognise: its SOAP fault, or the status with an excerpt. */
function genericError(statusCode: number, text: string, decoded: Decoded): ProviderErrorInfo {
	if (decoded.fault) {
		return {
			message: decoded.fault.faultString || decoded.fault.faultCode,
			code: decoded.fault.faultCode,
			details: decoded.fault.detail?.fields as IDataObject,
		};
	}
	return {
		message: decoded.decodeError
			? `HTTP ${statusCode} with a body that could not be read (${excerptOf(text)})`
			: `HTTP ${statusCode}${text.trim() ? `: ${excerptOf(text)}` : ' with no body'}`,
	};
}

/** Step 4: the provider's error as the call's failure, with the provider's message, code and hints. */
function providerFailure(
	call: Call,
	failure: { check: ResponseForErrorCheck; info: ProviderErrorInfo; attempt: number; notProcessed: boolean; retryAfter?: string },
): NodeApiError {
	const { profile, request } = call;
	const { check, info, attempt, notProcessed, retryAfter } = failure;
	const hints = [
		info.description,
		profile.statusHint?.(check.statusCode, check),
		notProcessed
			? `${profile.name} did not process the request; it was tried ${attempt} times${retryAfter ? ` and asked to wait ${retryAfter} seconds` : ''}. Try again later or lower the request rate.`
			: undefined,
	].filter((hint): hint is string => Boolean(hint));
	return callFailure(
		call,
		`${profile.name} ${request.operation} failed: ${info.message}${info.code ? ` (${info.code})` : ''}`,
		hints.join(' ') || `HTTP ${check.statusCode}.`,
		check.statusCode,
		{ ...info.details, ...(info.code ? { code: info.code } : {}), attempts: attempt },
	);
}

/**
 * Sends one request to a provider through n8n's `httpRequestWithAuthentication`: encodes the body with the shared
 * codec, decodes the response by format, retries what the provider documents as not processed (bounded exponential
 * back-off with jitter, honouring Retry-After), never repeats a non-idempotent request after an ambiguous failure,
 * and turns every failure into a NodeApiError that names the provider, the operation and the item, quotes the
 * provider's own message, and contains no credential value.
 */
export async function providerRequest<T = unknown>(
	this: RequestContext,
	profile: ProviderProfile,
	request: ProviderRequest,
): Promise<ProviderResponse<T>> {
	const credentials = await this.getCredentials(profile.credentialType, request.itemIndex ?? 0);
	const call: Call = {
		context: this,
		profile,
		request,
		credentials,
		redactor: redactorFor(profile, credentials),
		idempotent: request.idempotent ?? (request.method === 'GET' || request.method === 'HEAD'),
		what: `The ${profile.name} response to ${request.operation}`,
	};
	const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...profile.retry };
	const networkPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...profile.networkRetry };
	const encoded = await encodeRequest(call);
	const options = httpOptions(call, encoded);
	// The body's share of the budget for bodies with attachments is held until the last attempt is over.
	try {
		for (let next = 1; ; ) {
			const { raw, attempt } = await sendOnce(call, options, networkPolicy, next);
			const verdict = classifyAnswer<T>(call, raw, attempt, policy);
			if ('response' in verdict) return verdict.response;
			if ('error' in verdict) throw verdict.error;
			await sleep(verdict.retryInMs);
			next = attempt + 1;
		}
	} finally {
		encoded.release?.();
	}
}

/** For callers that read XML bodies: the decoded document, or an empty object for an empty body. */
export function xmlDocument(response: ProviderResponse): XmlParsedElement {
	return (response.body as XmlParsedElement | undefined) ?? {};
}
