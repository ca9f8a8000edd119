import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	asXmlElement,
	asXmlList,
	parseXml,
	xmlText,
	type XmlElement,
	type XmlParsed,
	type XmlParsedElement,
} from '../../shared/codec';
import {
	accountFingerprint,
	normalizedBaseUrl,
	providerRequest,
	requestsPerSecond,
	xmlDocument,
	type ProviderErrorInfo,
	type ProviderProfile,
	type ProviderResponse,
	type RequestContext,
	type ResponseForErrorCheck,
} from '../../shared/transport';

export const CREDENTIAL_TYPE = 'expertSenderApi';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
export const XS_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';

/** ExpertSender's documented cap for one Subscribers call ("should not add/update more than 100 subscribers"). */
export const MAX_SUBSCRIBERS_PER_CALL = 100;

/** One row error of a MultiData request: `<Message for="Row 3">` (rows are counted from 1, as the docs' example). */
export interface RowError {
	row: number;
	message: string;
}

function rowErrorsOf(errorMessage: XmlParsedElement): RowError[] {
	return asXmlList(asXmlElement(errorMessage.Messages).Message).flatMap((entry) => {
		const element = asXmlElement(entry);
		const match = /^Row\s+(\d+)$/i.exec(String(element['@for'] ?? '').trim());
		const message = xmlText(entry) ?? '';
		return match ? [{ row: Number(match[1]), message }] : [{ row: 0, message }];
	});
}

/**
 * ExpertSender answers errors as `<ApiResponse><ErrorMessage><Code/><Message/></ErrorMessage></ApiResponse>`, or, for
 * MultiData with VerboseErrors, with `<Messages><Message for="Row N">` instead of one `<Message>`.
 */
export function parseExpertSenderError(response: ResponseForErrorCheck): ProviderErrorInfo | undefined {
	const document = asXmlElement(response.body as XmlParsed | undefined);
	const errorMessage = asXmlElement(asXmlElement(document.ApiResponse).ErrorMessage);
	if (!('Message' in errorMessage) && !('Messages' in errorMessage)) return undefined;
	const code = xmlText(errorMessage.Code);
	if ('Messages' in errorMessage) {
		const rows = rowErrorsOf(errorMessage);
		return {
			message: rows.map((row) => (row.row > 0 ? `Row ${row.row}: ${row.message}` : row.message)).join('; '),
			code,
			details: { rowErrors: rows as unknown as IDataObject[] },
		};
	}
	return { message: xmlText(errorMessage.Message) ?? '', code };
}

export const expertSenderProfile: ProviderProfile = {
	name: 'ExpertSender',
	credentialType: CREDENTIAL_TYPE,
	secrets: (credentials: ICredentialDataDecryptedObject) => [String(credentials.apiKey ?? '')],
	rateCeiling: (credentials) => ({
		key: `expertsender:${accountFingerprint(normalizedBaseUrl(credentials.apiServer), credentials.apiKey)}`,
		perSecond: requestsPerSecond(credentials.requestsPerSecond, 10),
	}),
	parseError: parseExpertSenderError,
	// ExpertSender documents no throttling answer; only 429 says "not processed" for certain. A 503 may come from a
	// gateway after ExpertSender did the work, so it is not retried: that could send a message twice.
	isNotProcessed: ({ statusCode }) => statusCode === 429,
	statusHint(statusCode) {
		if (statusCode === 403) {
			return 'ExpertSender refused the API key. Copy the key again from the ExpertSender panel (Settings → API) into the credential, and check that the API server URL is the one shown there.';
		}
		if (statusCode === 404) return 'ExpertSender has no such object, or nothing matched it.';
		return undefined;
	},
};

/**
 * The profile for CSV answers (the activity feeds, data table rows): the body is read as text, and an error, which
 * ExpertSender answers in its XML error format (`<ApiResponse><ErrorMessage>…`), is parsed from that text, so that
 * its own message reaches the user.
 */
export const expertSenderCsvProfile: ProviderProfile = {
	...expertSenderProfile,
	parseError(response: ResponseForErrorCheck) {
		const text = typeof response.body === 'string' ? response.body : response.text;
		if (!text.trimStart().startsWith('<')) return undefined;
		try {
			return parseExpertSenderError({ ...response, body: parseXml(text) });
		} catch {
			return undefined;
		}
	},
};

export interface ExpertSenderRequest {
	operation: string;
	itemIndex?: number;
	method: IHttpRequestMethods;
	/** The path below `/v2/Api/`, e.g. `Transactionals/123`. */
	resource: string;
	/** Query parameters of a GET or DELETE (the API key is added by the credential). */
	qs?: IDataObject;
	/** The children of `<ApiRequest>` after `<ApiKey>`, in schema order (POST only). */
	request?: XmlElement;
	/** List elements of the response, as paths from `ApiResponse`. */
	xmlArrays?: readonly string[];
}

/** `https://api.esv2.com/` → `https://api.esv2.com`: the server URL of the credential without trailing slashes. */
export function apiServerOf(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.apiServer ?? '').trim().replace(/\/+$/, '');
}

/**
 * Sends one ExpertSender API v2 request. For a POST the key is written as the first child of `<ApiRequest>` (with the
 * `xsi` and `xs` namespaces that typed values refer to, and no XML declaration, as the API wants); for GET and DELETE
 * the credential puts it in the `apiKey` query parameter.
 */
export async function expertSenderRequest(
	this: RequestContext,
	request: ExpertSenderRequest,
): Promise<ProviderResponse<XmlParsedElement>> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, request.itemIndex ?? 0);
	const server = apiServerOf(credentials);
	if (!/^https?:\/\/[^/\s]+/i.test(server)) {
		throw new NodeOperationError(this.getNode(), `The API Server URL of the ExpertSender credential is not a URL: "${server}"`, {
			itemIndex: request.itemIndex,
			description: 'Enter the full API server URL shown in the ExpertSender panel under Settings → API, e.g. https://api.esv2.com.',
		});
	}
	const body =
		request.method === 'POST'
			? {
					xml: {
						root: 'ApiRequest',
						value: {
							'@xmlns:xsi': XSI_NAMESPACE,
							'@xmlns:xs': XS_NAMESPACE,
							ApiKey: String(credentials.apiKey ?? ''),
							...request.request,
						},
						declaration: false,
					},
				}
			: undefined;
	const response = await providerRequest.call(this, expertSenderProfile, {
		operation: request.operation,
		itemIndex: request.itemIndex,
		method: request.method,
		url: `${server}/v2/Api/${request.resource}`,
		qs: request.qs,
		body,
		response: 'xml',
		xmlArrays: request.xmlArrays?.map((path) => `ApiResponse.${path}`),
	});
	return { ...response, body: xmlDocument(response) };
}

/**
 * A successful answer without the element the operation reads (an empty 200, say): the error names the provider,
 * the operation and the item, as the shared transport's errors do.
 */
export function missingInAnswer(
	context: RequestContext,
	response: ProviderResponse,
	operation: string,
	itemIndex: number | undefined,
	what: string,
): NodeApiError {
	const message = `ExpertSender ${operation}: the answer (HTTP ${response.statusCode}) has no ${what}${itemIndex === undefined ? '' : ` [item ${itemIndex}]`}`;
	const error = new NodeApiError(context.getNode(), { httpCode: response.statusCode } as JsonObject, {
		message,
		description: `ExpertSender accepted the request but its answer does not contain the ${what}, so nothing can be returned. Run the item again; reading does not change anything in ExpertSender.`,
		httpCode: String(response.statusCode),
		itemIndex,
	});
	error.message = message;
	return error;
}

/** The `<Data>` of a response: an element, a text (a GUID or an ID), or undefined for an empty 201/204. */
export function responseData(response: ProviderResponse<XmlParsedElement>): XmlParsed | undefined {
	return asXmlElement(response.body.ApiResponse).Data;
}

// Only ExpertSender's own numeric IDs become numbers; CustomSubscriberId and the like are the user's text.
const NUMERIC_KEYS = new Set(['Id', 'ListId', 'MessageId', 'SubscriberId']);

/**
 * Turns a parsed ExpertSender element into plain JSON: list containers (`<Lists><List/>…</Lists>`) become arrays,
 * "true"/"false" become booleans and IDs become numbers; everything else stays text, so that values such as phone
 * numbers keep their leading zeros. Attributes other than `xsi:type` become fields without the `@`.
 */
export function toJson(value: XmlParsed | undefined, key = '', containers: Record<string, string> = {}): unknown {
	if (value === undefined || value === null) return null;
	if (Array.isArray(value)) return value.map((entry) => toJson(entry, key, containers));
	// Own entries only: an element named like an Object.prototype member (`toString`) is no container.
	const childName = Object.prototype.hasOwnProperty.call(containers, key) ? containers[key] : undefined;
	if (typeof value === 'string') {
		if (childName !== undefined) return [];
		if (value === 'true' || value === 'false') return value === 'true';
		if (NUMERIC_KEYS.has(key) && /^-?\d{1,15}$/.test(value)) return Number(value);
		return value;
	}
	if (childName !== undefined) {
		return asXmlList(value[childName]).map((entry) => toJson(entry, childName, containers));
	}
	const result: IDataObject = {};
	for (const [name, child] of Object.entries(value)) {
		if (name === '@xsi:type') continue;
		const field = name.startsWith('@') ? name.slice(1) : name === '#text' ? 'value' : name;
		result[field] = toJson(child, name, containers) as IDataObject[string];
	}
	return result;
}
