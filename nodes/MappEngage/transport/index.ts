import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { xmlText, type XmlElement, type XmlParsed } from '../../shared/codec';
import { lookupTable } from '../../shared/lookupTable';
import {
	accountFingerprint,
	normalizedBaseUrl,
	providerRequest,
	requestsPerSecond,
	type ProviderErrorInfo,
	type ProviderProfile,
	type RequestContext,
	type ResponseForErrorCheck,
} from '../../shared/transport';
import { invalidParameter, itemSuffix } from '../../shared/validation';

export const CREDENTIAL_TYPE = 'mappEngageApi';

/**
 * The ecm namespace of Mapp's WSDL (targetNamespace of EcmWS). Mapp's "Sending a Single Prepared Email" and "Sending a
 * Single Prepared SMS" pages write `https://<your-engage-domain>/developer/ecmapi` (and an https SOAP envelope
 * namespace): a find-and-replace error in Mapp's newer docs; the older page, Mapp's SOAP API page and WSDL-generated
 * clients all use this one. The envelope namespace is the SOAP 1.1 one from the shared codec.
 */
export const ECM_NAMESPACE = 'http://ecircle.com/developer/ecmapi';

export type MappApi = 'rest' | 'soap';

const RATE_LIMIT = /Database Access Limit Exceeded/i;

const HINTS: Record<string, string> = lookupTable({
	NO_SUCH_OBJECT:
		'Mapp has no such object. For a contact, check the identifier type and value (Mapp answers 400, not 404, for an unknown contact); for a message or group, check its ID.',
	OBJECT_ALREADY_EXISTS: 'Use Create or Update, or Update, for a contact that may already exist.',
	MISSING_PARAMETER: 'Fill in the parameter Mapp names.',
	INVALID_PARAMETER: 'Correct the value Mapp names; attribute values also have length limits (for example 50 for FirstName).',
	PERMISSION_DENIED: 'Give the system user the permission Mapp names (Administration > System Users).',
});

function typedFields(source: IDataObject): IDataObject {
	const fields: IDataObject = {};
	for (const [key, value] of Object.entries(source)) {
		if (key !== 'message' && !key.startsWith('@')) fields[key] = value;
	}
	return fields;
}

function parseMappError({ statusCode, body, text, fault }: ResponseForErrorCheck): ProviderErrorInfo | undefined {
	if (fault) {
		// A fault's <detail> holds the same typed exception as the REST error body.
		const fields = (fault.detail?.fields ?? {}) as IDataObject;
		const code = xmlText(fields.errorCode as XmlParsed) ?? fault.faultCode;
		return {
			message: xmlText(fields.message as XmlParsed) || fault.faultString || fault.faultCode,
			code,
			description: HINTS[code],
			details: { ...(fault.detail ? { exceptionType: fault.detail.type } : {}), ...typedFields(fields) },
		};
	}
	const json = body as IDataObject | undefined;
	const isObject = Boolean(json) && typeof json === 'object' && !Array.isArray(json);
	// Mapp's typed exception (errorActor CLIENT or SERVER with an errorCode) is an error whatever the status: a proxy
	// or an older instance may answer it with 200.
	const inBand = isObject && typeof json!.errorActor === 'string' && typeof json!.errorCode === 'string';
	if (statusCode < 300 && !inBand) return undefined;
	if (json && isObject && (json.errorCode || json.message)) {
		const code = json.errorCode === undefined || json.errorCode === null ? undefined : String(json.errorCode);
		return {
			message: String(json.message ?? code),
			code,
			description: code ? HINTS[code] : undefined,
			details: typedFields(json),
		};
	}
	if (RATE_LIMIT.test(text)) return { message: 'Database Access Limit Exceeded' };
	return undefined;
}

export const mappProfile: ProviderProfile = {
	name: 'Mapp Engage',
	credentialType: CREDENTIAL_TYPE,
	secrets: (credentials) => [String(credentials.password ?? '')],
	basicAuth: (credentials) => ({ user: String(credentials.user ?? ''), password: String(credentials.password ?? '') }),
	// Mapp counts about 10 calls per second per account (its instance), REST and SOAP together, whichever system user
	// makes them.
	rateCeiling: (credentials) => ({
		key: `mapp:${accountFingerprint(normalizedBaseUrl(credentials.baseUrl))}`,
		perSecond: requestsPerSecond(credentials.requestsPerSecond, 10),
	}),
	parseError: parseMappError,
	// Mapp's only "not processed" answer is its rate limit: an HTTP 500 saying "Database Access Limit Exceeded", as
	// a REST error body or as the fault string of a SOAP fault. Any other 5xx or fault may have been processed, so
	// the transport does not repeat a send after it.
	isNotProcessed: ({ statusCode, text, fault }) =>
		statusCode === 500 && (fault ? RATE_LIMIT.test(fault.faultString) : RATE_LIMIT.test(text)),
	statusHint(statusCode) {
		switch (statusCode) {
			case 401:
				return 'Mapp received no usable Authorization header: check the System User Email and Password of the credential.';
			case 403:
				return 'Mapp refused the system user: either the password is wrong, or the system user is not of type API or Hybrid (Administration > System Users).';
			case 404:
				return 'Check the API Base URL (and SOAP Endpoint) of the credential, e.g. https://your-engage-domain.com/api/rest/v19.';
			case 417:
				return 'The Mapp Engage account has expired.';
			default:
				return undefined;
		}
	},
	// Mapp asks to wait at least 30 seconds after "Database Access Limit Exceeded" and sends no Retry-After; equal
	// jitter on a 60 s step waits 30–60 s, then 60–120 s.
	retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 120_000 },
};

export function restBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
}

/** The SOAP endpoint of the credential, or the one derived from the REST base URL (`/api/rest/vNN` → `/api/soap/vNN`). */
export function soapEndpoint(credentials: ICredentialDataDecryptedObject): string | undefined {
	const explicit = String(credentials.soapEndpoint ?? '').trim();
	if (explicit !== '') return explicit;
	const base = restBaseUrl(credentials);
	const match = /^(.*)\/api\/rest\/(v\d+)$/.exec(base);
	return match ? `${match[1]}/api/soap/${match[2]}` : undefined;
}

/**
 * One Mapp method with both of its encodings. Operations build one of these and never look at the API choice.
 * REST calls go to `path` below the base URL with `query`, as POSTs unless `method` says otherwise (Mapp's read
 * methods such as group/getPreparedMessages are GETs); SOAP calls go to the endpoint as `ecm:<operation>` with
 * unqualified children in schema order. A method the SOAP API does not have (e.g. user/updateProfile in a v2-era WSDL)
 * leaves `soap` out and goes over REST whichever API is chosen: both are the same account behind the same credential.
 */
export interface MappCall<T> {
	/** The operation as the user sees it, for error messages. */
	label: string;
	idempotent: boolean;
	rest: { method?: 'GET' | 'POST'; path: string; query?: Record<string, string | undefined>; body?: IDataObject };
	soap?: { operation: string; body: XmlElement; arrays?: readonly string[] };
	read: { rest(body: unknown): T; soap?(value: XmlParsed): T };
}

export function selectedApi(context: IExecuteFunctions, itemIndex: number): MappApi {
	return context.getNodeParameter('api', itemIndex, 'rest') as MappApi;
}

export async function callMapp<T>(context: IExecuteFunctions, itemIndex: number, call: MappCall<T>): Promise<T> {
	return await requestMapp(context, selectedApi(context, itemIndex), call, itemIndex);
}

/**
 * One Mapp call from any context: an operation's item (with its index), or the editor's list search (without one,
 * so that its errors name no item). A method without a SOAP encoding goes over REST whichever API is chosen.
 */
export async function requestMapp<T>(context: RequestContext, api: MappApi, call: MappCall<T>, itemIndex?: number): Promise<T> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE, itemIndex);
	return api === 'soap' && call.soap
		? await requestSoap(context, credentials, call, call.soap, itemIndex)
		: await requestRest(context, credentials, call, itemIndex);
}

/** The credential's SOAP endpoint; without one the error names the field (and the item, where there is one). */
function soapUrl(context: RequestContext, credentials: ICredentialDataDecryptedObject, itemIndex: number | undefined): string {
	const url = soapEndpoint(credentials);
	if (url) return url;
	const problem = `cannot be derived from the API Base URL "${restBaseUrl(credentials)}"`;
	const fix = 'Enter the SOAP endpoint in the Mapp Engage credential, e.g. https://your-engage-domain.com/api/soap/v19, or choose API: REST (JSON).';
	throw itemIndex === undefined
		? new NodeOperationError(context.getNode(), `SOAP Endpoint: ${problem}`, { description: fix })
		: invalidParameter(context, itemIndex, 'SOAP Endpoint', problem, fix);
}

async function requestSoap<T>(
	context: RequestContext,
	credentials: ICredentialDataDecryptedObject,
	call: MappCall<T>,
	soapCall: NonNullable<MappCall<T>['soap']>,
	itemIndex: number | undefined,
): Promise<T> {
	const response = await providerRequest.call(context, mappProfile, {
		operation: call.label,
		itemIndex,
		method: 'POST',
		url: soapUrl(context, credentials, itemIndex),
		body: { soap: { namespace: ECM_NAMESPACE, prefix: 'ecm', operation: soapCall.operation, body: soapCall.body } },
		response: 'soap',
		xmlArrays: soapCall.arrays,
		idempotent: call.idempotent,
	});
	return readAnswer(context, itemIndex, call, () => {
		// A method with a result must answer with its response element: an empty answer is not an empty list.
		const expected = `${soapCall.operation}Response`;
		if ((call.read as object) !== NO_RESULT && response.soapOperation !== expected) {
			throw new Error(`the answer holds no ${expected}`);
		}
		if (!call.read.soap) throw new Error(`the node cannot read ${expected}`);
		return call.read.soap(response.body as XmlParsed);
	});
}

async function requestRest<T>(context: RequestContext, credentials: ICredentialDataDecryptedObject, call: MappCall<T>, itemIndex: number | undefined): Promise<T> {
	const query: IDataObject = {};
	for (const [key, value] of Object.entries(call.rest.query ?? {})) if (value !== undefined) query[key] = value;
	const response = await providerRequest.call(context, mappProfile, {
		operation: call.label,
		itemIndex,
		method: call.rest.method ?? 'POST',
		url: `${restBaseUrl(credentials)}${call.rest.path}`,
		qs: Object.keys(query).length > 0 ? query : undefined,
		body: call.rest.body === undefined ? undefined : { json: call.rest.body },
		response: 'json',
		idempotent: call.idempotent,
	});
	return readAnswer(context, itemIndex, call, () => call.read.rest(response.body));
}

/**
 * An answer Mapp gave that the node cannot use (e.g. a contact without a contact ID), in the shared transport's form:
 * provider, operation, problem, item (when there is one).
 */
export function mappAnswerError(
	context: Pick<RequestContext, 'getNode'>,
	itemIndex: number | undefined,
	label: string,
	problem: string,
	description: string,
): NodeApiError {
	const message = `${mappProfile.name} ${label}: ${problem}${itemSuffix(itemIndex)}`;
	const error = new NodeApiError(context.getNode(), {} as JsonObject, { message, description, itemIndex });
	error.message = message;
	return error;
}

/** Reads a successful answer; one the node cannot read fails naming Mapp, the operation and the item. */
function readAnswer<T>(context: RequestContext, itemIndex: number | undefined, call: MappCall<T>, read: () => T): T {
	try {
		return read();
	} catch (error) {
		throw mappAnswerError(
			context,
			itemIndex,
			call.label,
			(error as Error).message,
			// A read changed nothing and may simply be run again; after a change the request was not repeated.
			call.rest.method === 'GET'
				? 'Mapp answered with success, but not with what its API documents; nothing was changed. Run it again; if it persists, check the API Base URL (and SOAP Endpoint) of the credential.'
				: 'Mapp answered with success, but the answer could not be used and the request was not sent again. Check the contact in Mapp Engage before running this item again.',
		);
	}
}

/** Reads nothing: for methods that answer 204 (REST) or an empty response element (SOAP). */
export const NO_RESULT = { rest: (): void => undefined, soap: (): void => undefined };

