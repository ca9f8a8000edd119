/**
 * ExpertSender EMP API v2 emulator, written from ExpertSender's API documentation ("Send transactional messages",
 * "Add subscriber", "Get subscriber", "Delete subscriber", "Lists", "Status codes" on help.expertsender.com) and the
 * research notes (shared/reference/mapp-expertsender.md §0 and §2). Strict where the documents are: the key in
 * `<ApiKey>` as the first child of `<ApiRequest>` for POST and in `apiKey` for GET and DELETE (403 otherwise), XML
 * bodies without an XML declaration, the `xsi` and `xs` namespaces on `<ApiRequest>`, `xsi:type` on `Data` and on
 * typed values, elements in the documented order, at most 100 subscribers per call, and the two documented error
 * bodies. Subscribers, lists, custom fields and transactional messages (active or not) are kept in state, and the
 * activity, bounce and removed-subscriber feeds with the business unit's clock (activities.ts).
 *
 * Layout: one file per resource (subscribers.ts, transactionals.ts, lists.ts, fields.ts, activities.ts, system.ts), each with its
 * rows of the route table (routes.ts says what a row is), the account's state (account.ts), the seeded data and documented values (fixtures.ts), answer bodies and element checks (xml.ts).
 */
import { asXmlElement, parseXml, type XmlParsedElement } from '../../../nodes/shared/codec';
import {
	mediaType,
	NO_CEILING,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
} from '../../framework';
import { EsAccount } from './account';
import * as activities from './activities';
import * as dataTables from './dataTables';
import * as fields from './fields';
import { EXPERTSENDER_API_KEY, XS, XSI } from './fixtures';
import * as lists from './lists';
import * as messages from './messages';
import * as newsletters from './newsletters';
import type { Route } from './routes';
import * as subscribers from './subscribers';
import * as suppressionLists from './suppressionLists';
import * as system from './system';
import * as transactionals from './transactionals';
import * as triggers from './triggers';
import * as workflowCustomEvents from './workflowCustomEvents';
import { childNames, errorResponse, Rejection, text } from './xml';

export { EXPERTSENDER_API_KEY, MAX_SUBSCRIBERS, NO_SUCH_RECEIVER, type EsSentMessage, type EsSubscriber, type ListStatus } from './fixtures';
export { errorBody } from './xml';

/** The route table: each resource file holds its own rows. */
const ROUTES: Route[] = [system, activities, dataTables, fields, lists, messages, newsletters, subscribers, transactionals, triggers, workflowCustomEvents, suppressionLists].flatMap((resource) => resource.routes);

function routeFor(method: string, resource: string, id: string | undefined): Route | undefined {
	return ROUTES.find(
		(route) =>
			route.method === method &&
			route.resource === resource &&
			(route.id === 'optional' || (route.id === 'required') === (id !== undefined)),
	);
}

function checkQueryKey(request: SandboxRequest): void {
	const key = request.query.get('apiKey');
	if (key === null || key === '') throw new Rejection(403, 'Api key is missing.');
	if (key !== EXPERTSENDER_API_KEY) throw new Rejection(403, 'Api key is invalid.');
}

function parsedRequest(request: SandboxRequest): XmlParsedElement {
	const type = mediaType(request);
	if (type !== 'text/xml' && type !== 'application/xml') {
		throw new Rejection(400, `Content type ${type ?? '(none)'} is not supported; send text/xml.`);
	}
	if (request.text.trimStart().startsWith('<?xml')) {
		throw new Rejection(400, 'The request must not start with an XML declaration.');
	}
	const document = documentOf(request);
	if (document instanceof Error) throw new Rejection(400, `Request is not valid XML: ${document.message}`);
	return document;
}

/** A POST body parsed once per request: the rate limit's key and the route both read it. */
const documents = new WeakMap<SandboxRequest, XmlParsedElement | Error>();

function documentOf(request: SandboxRequest): XmlParsedElement | Error {
	let document = documents.get(request);
	if (document === undefined) {
		try {
			document = parseXml(request.text, { what: 'The request' });
		} catch (error) {
			document = error as Error;
		}
		documents.set(request, document);
	}
	return document;
}

/** Everything every POST body must satisfy; gives the ApiRequest element. */
function checkPostEnvelope(request: SandboxRequest): XmlParsedElement {
	if (request.query.has('apiKey')) {
		throw new Rejection(400, 'For POST requests the API key belongs in the ApiKey element of the request body.');
	}
	const document = parsedRequest(request);
	if (!('ApiRequest' in document)) throw new Rejection(400, 'The root element must be ApiRequest.');
	const start = /^\s*<ApiRequest\b([^>]*)>/.exec(request.text);
	const declared = new Map<string, string>();
	for (const attribute of (start?.[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) declared.set(attribute[1], attribute[2]);
	if (declared.get('xmlns:xsi') !== XSI || declared.get('xmlns:xs') !== XS) {
		throw new Rejection(400, `ApiRequest must declare xmlns:xsi="${XSI}" and xmlns:xs="${XS}".`);
	}
	const root = asXmlElement(document.ApiRequest);
	const key = text(root.ApiKey);
	if (key === undefined || key === '') throw new Rejection(403, 'Api key is missing.');
	if (childNames(root)[0] !== 'ApiKey') throw new Rejection(400, 'ApiKey must be the first element of ApiRequest.');
	if (key !== EXPERTSENDER_API_KEY) throw new Rejection(403, 'Api key is invalid.');
	return root;
}

export class ExpertSenderProvider extends EsAccount implements ProviderModule {
	readonly name = 'expertsender';

	readonly prefix = '/expertsender';

	constructor() {
		super();
		this.reset();
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'expertSenderApi',
				name: 'ExpertSender (sandbox)',
				data: { apiServer: baseUrl, apiKey: EXPERTSENDER_API_KEY, ...NO_CEILING },
			},
		];
	}

	/** Counted per API key: in the query for GET and DELETE, in `<ApiKey>` (entities decoded) for POST. */
	rateLimitKey(request: SandboxRequest): string {
		if (request.method !== 'POST') return request.query.get('apiKey') ?? '';
		const document = documentOf(request);
		if (document instanceof Error) return '';
		try {
			return text(asXmlElement(document.ApiRequest).ApiKey) ?? '';
		} catch {
			return '';
		}
	}

	/** ExpertSender documents no rate limit; the sandbox answers 429 in its error format. */
	overLimit(): SandboxResponse {
		return errorResponse(429, 'Too many requests. The request was not processed; try again later.');
	}

	handle(request: SandboxRequest): SandboxResponse {
		try {
			return this.route(request);
		} catch (error) {
			if (error instanceof Rejection) return errorResponse(error.status, error.message);
			throw error;
		}
	}

	/** The key is checked before the route is looked up, as ExpertSender answers 403 for any path without one. */
	private route(request: SandboxRequest): SandboxResponse {
		const match = /^\/v2\/Api\/([A-Za-z]+)(?:\/([^/]+))?$/.exec(request.path);
		if (!match) throw new Rejection(404, `No API resource at ${request.path}.`);
		const [, resource, id] = match;
		let root: XmlParsedElement | undefined;
		const route = routeFor(request.method, resource, id);
		if (request.method === 'GET' || request.method === 'DELETE' || route?.keyInQuery) checkQueryKey(request);
		else if (request.method === 'POST') root = checkPostEnvelope(request);
		if (!route) throw new Rejection(404, `No ${request.method} method for ${request.path}.`);
		return route.handle({ account: this, request, id, root });
	}
}
