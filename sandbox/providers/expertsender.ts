/**
 * ExpertSender EMP API v2 emulator, written from the Transactionals seed and the research notes
 * (shared/reference/mapp-expertsender.md §0 and §2). Strict where the documents are: the key in `<ApiKey>` as the
 * first child of `<ApiRequest>` for POST and in `apiKey` for GET and DELETE (403 otherwise), XML bodies without an XML
 * declaration, the `xsi` and `xs` namespaces on `<ApiRequest>`, `xsi:type` on `Data` and on typed values, elements in
 * the documented order, at most 100 subscribers per call, and the two documented error bodies. Subscribers, lists,
 * custom fields and transactional messages (active or not) are kept in state.
 */
import { createHash, randomUUID } from 'node:crypto';

import {
	asXmlElement,
	asXmlList,
	buildXml,
	parseXml,
	xmlText,
	type XmlElement,
	type XmlParsed,
	type XmlParsedElement,
} from '../../nodes/shared/codec';
import { lookupTable } from '../../nodes/shared/lookupTable';
import {
	emptyResponse,
	mediaType,
	NO_CEILING,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
	xmlResponse,
} from '../framework';

/** Contains characters that must be escaped in XML and encoded in URLs, so that both forms are exercised. */
/**
 * Base64 with at most two `=` at the end, checked by searching for a character that may not be there: a single
 * anchored pattern over a file of megabytes backtracks through V8's regexp stack and can overflow it.
 */
function isBase64Body(content: string): boolean {
	const unpadded = content.replace(/={1,2}$/, '');
	return unpadded !== '' && !/[^A-Za-z0-9+/]/.test(unpadded);
}

export const EXPERTSENDER_API_KEY = 'es7731-Sandbox+Key/&<q>';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XS = 'http://www.w3.org/2001/XMLSchema';
export const MAX_SUBSCRIBERS = 100;
/** The documented answer for an unknown or unsubscribed receiver of a transactional message. */
export const NO_SUCH_RECEIVER = 'Subscriber does not exist in the database or has unsubscribed.';

export type ListStatus = 'Active' | 'Unsubscribed';

export interface EsSubscriber {
	id: number;
	email?: string;
	firstname?: string;
	lastname?: string;
	name?: string;
	phone?: string;
	customSubscriberId?: string;
	trackingCode?: string;
	vendor?: string;
	ip?: string;
	/** Custom property values by field ID; null is a cleared value. */
	properties: Map<number, string | null>;
	lists: Map<number, { status: ListStatus; date: string }>;
	events: Array<{ date: string; type: string; messageId: number }>;
	subscriptions: Array<{ date: string; listId: number; type: string }>;
}

export interface EsSentMessage {
	kind: 'Transactionals' | 'SystemTransactionals';
	messageId: number;
	subscriberId: number;
	listId?: number;
	bcc?: string;
	snippets: Array<{ name: string; value: string }>;
	attachments: Array<{ fileName: string; mimeType: string; content: Buffer }>;
	guid: string;
}

interface EsList {
	id: number;
	name: string;
	friendlyName: string;
	language: string;
	optInMode: 'SingleOptIn' | 'DoubleOptIn';
	seed: boolean;
}

interface EsField {
	id: number;
	name: string;
	type: 'Text' | 'Number' | 'Money' | 'Boolean' | 'Date' | 'Datetime';
	xsType: string;
}

const FIELDS: EsField[] = [
	{ id: 1, name: 'points', type: 'Number', xsType: 'xs:int' },
	{ id: 2, name: 'city', type: 'Text', xsType: 'xs:string' },
	{ id: 3, name: 'vip', type: 'Boolean', xsType: 'xs:boolean' },
	{ id: 4, name: 'birthday', type: 'Date', xsType: 'xs:date' },
	{ id: 5, name: 'lastOrderAt', type: 'Datetime', xsType: 'xs:dateTime' },
	{ id: 6, name: 'balance', type: 'Money', xsType: 'xs:double' },
];

const LISTS: EsList[] = [
	{ id: 1, name: 'Newsletter', friendlyName: 'Our newsletter', language: 'en-US', optInMode: 'SingleOptIn', seed: false },
	{ id: 2, name: 'Customers', friendlyName: 'Customers', language: 'en-US', optInMode: 'DoubleOptIn', seed: false },
	{ id: 7, name: 'Internal seeds', friendlyName: 'Seeds', language: 'en-US', optInMode: 'SingleOptIn', seed: true },
];

/** Transactional messages by ID, for `Transactionals` and `SystemTransactionals`: whether each is active. */
const MESSAGES: Record<EsSentMessage['kind'], Record<number, boolean>> = {
	Transactionals: { 123: true, 124: false },
	SystemTransactionals: { 200: true, 201: false },
};

const MODES = ['AddAndUpdate', 'AddAndReplace', 'AddAndIgnore', 'IgnoreAndUpdate', 'IgnoreAndReplace'];
const MATCHING_MODES = ['Email', 'CustomSubscriberId', 'Id', 'Phone'];
const DETAIL_OPTIONS = ['Short', 'Long', 'Full', 'EventsHistory', 'SubscriptionsHistory'];
const SUBSCRIBER_ORDER = [
	'Mode',
	'Force',
	'ListId',
	'AllowUnsubscribed',
	'AllowRemoved',
	'MatchingMode',
	'Id',
	'Email',
	'Phone',
	'CustomSubscriberId',
	'Firstname',
	'Lastname',
	'TrackingCode',
	'Name',
	'Vendor',
	'Ip',
	'Properties',
];
const NOW = '2026-01-15T10:00:00';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const INTEGER = /^\d{1,10}$/;
const BOOLEAN = /^(true|false)$/;

const VALUE_CHECKS: Record<string, RegExp> = lookupTable({
	'xs:string': /^[\s\S]*$/,
	'xs:int': /^[-+]?\d{1,10}$/,
	'xs:double': /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/,
	'xs:boolean': BOOLEAN,
	'xs:date': /^\d{4}-\d{2}-\d{2}$/,
	'xs:dateTime': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
});

class Rejection extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

function reply(status: number, data?: XmlElement | string): SandboxResponse {
	return xmlResponse(
		status,
		buildXml('ApiResponse', { '@xmlns:xsi': XSI, '@xmlns:xsd': XS, ...(data === undefined ? {} : { Data: data }) }),
	);
}

export function errorBody(code: number, message: string): string {
	return buildXml('ApiResponse', {
		'@xmlns:xsi': XSI,
		'@xmlns:xsd': XS,
		ErrorMessage: { Code: code, Message: message },
	});
}

function errorResponse(code: number, message: string): SandboxResponse {
	return xmlResponse(code, errorBody(code, message));
}

function rowErrorsResponse(rows: Array<{ row: number; message: string }>): SandboxResponse {
	return xmlResponse(
		400,
		buildXml('ApiResponse', {
			'@xmlns:xsi': XSI,
			'@xmlns:xsd': XS,
			ErrorMessage: {
				Code: 400,
				Messages: { Message: rows.map((row) => ({ '@for': `Row ${row.row}`, '#text': row.message })) },
			},
		}),
	);
}

function childNames(element: XmlParsedElement): string[] {
	return Object.keys(element).filter((key) => !key.startsWith('@') && key !== '#text');
}

/** Element children must be known and in schema order (ExpertSender's XML deserialiser skips anything out of order). */
function assertOrder(element: XmlParsedElement, order: readonly string[], where: string): void {
	let last = -1;
	for (const name of childNames(element)) {
		const position = order.indexOf(name);
		if (position === -1) throw new Rejection(400, `Unexpected element ${name} in ${where}.`);
		if (position < last) throw new Rejection(400, `Element ${name} is out of order in ${where}; expected order: ${order.join(', ')}.`);
		if (Array.isArray(element[name])) throw new Rejection(400, `Element ${name} appears more than once in ${where}.`);
		last = position;
	}
}

function text(value: XmlParsed | undefined): string | undefined {
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && childNames(value).length > 0) {
		return undefined;
	}
	return xmlText(value);
}

function md5(value: string): string {
	return createHash('md5').update(value).digest('hex');
}

export class ExpertSenderProvider implements ProviderModule {
	readonly name = 'expertsender';

	readonly prefix = '/expertsender';

	readonly subscribers = new Map<number, EsSubscriber>();

	/** Subscriber ID by lower-case e-mail, so that a batch of 10,000 is not 10,000 scans (checked on every read). */
	private readonly byEmail = new Map<string, number>();

	readonly sent: EsSentMessage[] = [];

	private nextId = 5000;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.subscribers.clear();
		this.byEmail.clear();
		this.sent.length = 0;
		this.nextId = 5000;
		this.addSubscriber({
			id: 1001,
			email: 'patrick@mydomain.com',
			firstname: 'Patrick',
			lastname: 'Jones',
			properties: new Map([[1, '2076']]),
			lists: new Map([[1, { status: 'Active', date: '2025-03-01T09:00:00' }]]),
			events: [],
			subscriptions: [{ date: '2025-03-01T09:00:00', listId: 1, type: 'Subscribed' }],
		});
		this.addSubscriber({
			id: 1002,
			email: 'gone@example.com',
			properties: new Map(),
			lists: new Map([[1, { status: 'Unsubscribed', date: '2025-06-01T09:00:00' }]]),
			events: [],
			subscriptions: [
				{ date: '2025-03-01T09:00:00', listId: 1, type: 'Subscribed' },
				{ date: '2025-06-01T09:00:00', listId: 1, type: 'Unsubscribed' },
			],
		});
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

	findByEmail(email: string): EsSubscriber | undefined {
		const wanted = email.toLowerCase();
		const id = this.byEmail.get(wanted);
		const subscriber = id === undefined ? undefined : this.subscribers.get(id);
		// An entry is stale when the subscriber was deleted or its address changed since.
		return subscriber?.email?.toLowerCase() === wanted ? subscriber : undefined;
	}

	/** Stores a subscriber (new or changed) and indexes its e-mail; tests seed subscribers with it too. */
	addSubscriber(subscriber: EsSubscriber): void {
		this.subscribers.set(subscriber.id, subscriber);
		if (subscriber.email) this.byEmail.set(subscriber.email.toLowerCase(), subscriber.id);
	}

	/** Counted per API key: in the query for GET and DELETE, in `<ApiKey>` (entities decoded) for POST. */
	rateLimitKey(request: SandboxRequest): string {
		if (request.method !== 'POST') return request.query.get('apiKey') ?? '';
		try {
			return text(asXmlElement(parseXml(request.text).ApiRequest).ApiKey) ?? '';
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

	private route(request: SandboxRequest): SandboxResponse {
		const match = /^\/v2\/Api\/([A-Za-z]+)(?:\/([^/]+))?$/.exec(request.path);
		if (!match) throw new Rejection(404, `No API resource at ${request.path}.`);
		const [, resource, id] = match;
		if (request.method === 'GET' || request.method === 'DELETE') {
			this.checkQueryKey(request);
			return this.routeQuery(request.method, resource, id, request.query);
		}
		if (request.method === 'POST') {
			if (request.query.has('apiKey')) {
				throw new Rejection(400, 'For POST requests the API key belongs in the ApiKey element of the request body.');
			}
			const root = this.checkPostEnvelope(request);
			if (resource === 'Subscribers' && id === undefined) return this.addSubscribers(root);
			if ((resource === 'Transactionals' || resource === 'SystemTransactionals') && id !== undefined) {
				return this.sendTransactional(resource, id, root);
			}
		}
		throw new Rejection(404, `No ${request.method} method for ${request.path}.`);
	}

	private checkQueryKey(request: SandboxRequest): void {
		const key = request.query.get('apiKey');
		if (key === null || key === '') throw new Rejection(403, 'Api key is missing.');
		if (key !== EXPERTSENDER_API_KEY) throw new Rejection(403, 'Api key is invalid.');
	}

	/** Everything every POST body must satisfy; gives the ApiRequest element. */
	private checkPostEnvelope(request: SandboxRequest): XmlParsedElement {
		const type = mediaType(request);
		if (type !== 'text/xml' && type !== 'application/xml') {
			throw new Rejection(400, `Content type ${type ?? '(none)'} is not supported; send text/xml.`);
		}
		if (request.text.trimStart().startsWith('<?xml')) {
			throw new Rejection(400, 'The request must not start with an XML declaration.');
		}
		let document: XmlParsedElement;
		try {
			document = parseXml(request.text, { what: 'The request' });
		} catch (error) {
			throw new Rejection(400, `Request is not valid XML: ${(error as Error).message}`);
		}
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

	private routeQuery(method: string, resource: string, id: string | undefined, query: URLSearchParams): SandboxResponse {
		if (method === 'GET' && resource === 'Time' && id === undefined) return reply(200, NOW);
		if (method === 'GET' && resource === 'Lists' && id === undefined) {
			const seed = query.get('seedLists') === 'true';
			return reply(200, {
				Lists: {
					List: LISTS.filter((list) => list.seed === seed).map((list) => ({
						Id: list.id,
						Name: list.name,
						FriendlyName: list.friendlyName,
						Language: list.language,
						OptInMode: list.optInMode,
					})),
				},
			});
		}
		if (method === 'GET' && resource === 'Subscribers' && id === undefined) return this.getSubscriber(query);
		if (method === 'DELETE' && resource === 'Subscribers') return this.deleteSubscriber(id, query);
		throw new Rejection(404, `No ${method} method for /v2/Api/${resource}${id ? `/${id}` : ''}.`);
	}

	private lookup(query: URLSearchParams): EsSubscriber | undefined {
		const all = [...this.subscribers.values()];
		if (query.has('id')) return this.subscribers.get(Number(query.get('id')));
		if (query.has('email')) return this.findByEmail(query.get('email')!);
		if (query.has('md5')) return all.find((s) => s.email && md5(s.email.toLowerCase()) === query.get('md5')!.toLowerCase());
		if (query.has('phone')) return all.find((s) => s.phone === query.get('phone'));
		if (query.has('customSubscriberId')) return all.find((s) => s.customSubscriberId === query.get('customSubscriberId'));
		throw new Rejection(400, 'One of email, id, md5, phone or customSubscriberId is required.');
	}

	private getSubscriber(query: URLSearchParams): SandboxResponse {
		const option = query.get('option') ?? 'Short';
		if (!DETAIL_OPTIONS.includes(option)) throw new Rejection(400, `Option ${option} is not supported.`);
		const subscriber = this.lookup(query);
		if (!subscriber) throw new Rejection(404, 'Subscriber not found.');
		const data: XmlElement = {
			Id: subscriber.id,
			Email: subscriber.email,
			Firstname: subscriber.firstname,
			Lastname: subscriber.lastname,
		};
		if (option === 'Long' || option === 'Full') {
			Object.assign(data, {
				Name: subscriber.name,
				Phone: subscriber.phone,
				CustomSubscriberId: subscriber.customSubscriberId,
				TrackingCode: subscriber.trackingCode,
				Vendor: subscriber.vendor,
				Ip: subscriber.ip,
				BlackList: false,
				StateOnLists: {
					StateOnList: [...subscriber.lists].map(([listId, state]) => ({
						ListId: listId,
						Name: LISTS.find((list) => list.id === listId)?.name,
						Status: state.status,
						SubscriptionDate: state.date,
					})),
				},
			});
		}
		if (option === 'Full') {
			data.Properties = {
				Property: [...subscriber.properties].map(([fieldId, value]) => {
					const field = FIELDS.find((candidate) => candidate.id === fieldId)!;
					const valueElement = { Text: 'StringValue', Number: 'IntValue', Money: 'DecimalValue', Boolean: 'BooleanValue', Date: 'DateValue', Datetime: 'DateTimeValue' }[field.type];
					return { Id: fieldId, Type: field.type, FriendlyName: field.name, Name: field.name, [valueElement]: value ?? undefined };
				}),
			};
		}
		if (option === 'EventsHistory') {
			data.Events = { Event: subscriber.events.map((event) => ({ Date: event.date, Type: event.type, MessageId: event.messageId })) };
		}
		if (option === 'SubscriptionsHistory') {
			data.Subscriptions = {
				Subscription: subscriber.subscriptions.map((entry) => ({ Date: entry.date, ListId: entry.listId, Type: entry.type })),
			};
		}
		return reply(200, data);
	}

	private deleteSubscriber(id: string | undefined, query: URLSearchParams): SandboxResponse {
		let subscriber: EsSubscriber | undefined;
		if (id !== undefined) {
			if (!INTEGER.test(id)) throw new Rejection(400, `Subscriber id ${id} is not a number.`);
			subscriber = this.subscribers.get(Number(id));
		} else {
			const email = query.get('email');
			if (!email) throw new Rejection(400, 'Email or subscriber id is required.');
			subscriber = this.findByEmail(email);
		}
		if (!subscriber) throw new Rejection(404, 'Subscriber not found.');
		const listId = query.get('listId');
		if (listId !== null) {
			if (!subscriber.lists.delete(Number(listId))) throw new Rejection(404, 'Subscriber is not on the specified list.');
		} else {
			this.subscribers.delete(subscriber.id);
		}
		return emptyResponse(204);
	}

	/** `POST /v2/Api/Subscribers`: one `Data xsi:type="Subscriber"` or a `MultiData` of at most 100 `Subscriber`s. */
	private addSubscribers(root: XmlParsedElement): SandboxResponse {
		assertOrder(root, ['ApiKey', 'ReturnData', 'VerboseErrors', 'Data', 'MultiData'], 'ApiRequest');
		for (const flag of ['ReturnData', 'VerboseErrors']) {
			if (flag in root && !BOOLEAN.test(text(root[flag]) ?? '')) throw new Rejection(400, `${flag} must be true or false.`);
		}
		const verbose = text(root.VerboseErrors) === 'true';
		let rows: XmlParsed[];
		if ('Data' in root === 'MultiData' in root) throw new Rejection(400, 'Either Data or MultiData is required.');
		if ('Data' in root) {
			if (asXmlElement(root.Data)['@xsi:type'] !== 'Subscriber') throw new Rejection(400, 'Data must have xsi:type="Subscriber".');
			rows = [root.Data];
		} else {
			const multi = asXmlElement(root.MultiData);
			if (childNames(multi).some((name) => name !== 'Subscriber')) throw new Rejection(400, 'MultiData may only contain Subscriber elements.');
			rows = asXmlList(multi.Subscriber);
			if (rows.length === 0) throw new Rejection(400, 'MultiData contains no Subscriber.');
		}
		if (rows.length > MAX_SUBSCRIBERS) {
			throw new Rejection(400, `Too many subscribers in one request (${rows.length}); the limit is ${MAX_SUBSCRIBERS}.`);
		}
		const problems: Array<{ row: number; message: string }> = [];
		rows.forEach((row, index) => {
			for (const message of this.subscriberProblems(asXmlElement(row))) problems.push({ row: index + 1, message });
		});
		// A request with a bad row adds none of its rows.
		if (problems.length > 0) {
			return verbose ? rowErrorsResponse(problems) : errorResponse(400, problems[0].message);
		}
		const results = rows.map((row) => this.applySubscriber(asXmlElement(row)));
		if (text(root.ReturnData) !== 'true') return emptyResponse(201);
		return reply(201, {
			SubscriberData: results.map((result) => ({
				Email: result.email,
				Id: result.id,
				WasAdded: result.wasAdded,
				WasIgnored: result.wasIgnored,
			})),
		});
	}

	private subscriberProblems(row: XmlParsedElement): string[] {
		const problems: string[] = [];
		try {
			assertOrder(row, SUBSCRIBER_ORDER, 'Subscriber');
		} catch (error) {
			return [(error as Error).message];
		}
		const value = (name: string) => text(row[name]);
		const mode = value('Mode') ?? 'AddAndUpdate';
		if (!MODES.includes(mode)) problems.push(`Mode ${mode} is not supported.`);
		const matchingMode = value('MatchingMode') ?? 'Email';
		if (!MATCHING_MODES.includes(matchingMode)) problems.push(`MatchingMode ${matchingMode} is not supported.`);
		for (const flag of ['Force', 'AllowUnsubscribed', 'AllowRemoved']) {
			if (flag in row && !BOOLEAN.test(value(flag) ?? '')) problems.push(`${flag} must be true or false.`);
		}
		const listId = value('ListId');
		if (listId === undefined) problems.push('ListId is required.');
		else if (!INTEGER.test(listId) || !LISTS.some((list) => list.id === Number(listId) && !list.seed)) {
			problems.push(`List with id ${listId} does not exist.`);
		}
		const email = value('Email');
		if (email !== undefined && !EMAIL.test(email)) problems.push(`Email ${email} is invalid.`);
		const id = value('Id');
		if (id !== undefined && !INTEGER.test(id)) problems.push(`Id ${id} is invalid.`);
		const phone = value('Phone');
		if (phone !== undefined && !/^\+?\d{1,20}$/.test(phone)) problems.push(`Phone ${phone} is invalid.`);
		const identifier = { Email: email, Id: id, Phone: phone, CustomSubscriberId: value('CustomSubscriberId') }[matchingMode];
		if (MATCHING_MODES.includes(matchingMode) && identifier === undefined) {
			problems.push(`${matchingMode === 'Id' ? 'Id' : matchingMode} is required for MatchingMode ${matchingMode}.`);
		}
		if (matchingMode === 'Id' && id !== undefined && !this.subscribers.has(Number(id)) && mode.startsWith('Add')) {
			problems.push(`Subscriber with id ${id} does not exist.`);
		}
		if ('Properties' in row) {
			const properties = asXmlElement(row.Properties);
			if (childNames(properties).some((name) => name !== 'Property')) problems.push('Properties may only contain Property elements.');
			for (const property of asXmlList(properties.Property)) problems.push(...this.propertyProblems(asXmlElement(property)));
		}
		return problems;
	}

	private propertyProblems(property: XmlParsedElement): string[] {
		try {
			assertOrder(property, ['Id', 'Value'], 'Property');
		} catch (error) {
			return [(error as Error).message];
		}
		const id = text(property.Id);
		const field = FIELDS.find((candidate) => String(candidate.id) === id);
		if (!field) return [`Property with id ${id ?? '(none)'} does not exist.`];
		if (!('Value' in property)) return [`Property ${id}: Value is required.`];
		const valueElement = property.Value;
		// xsi:nil="true" parses as null; its xsi:type cannot be read back, so a nil value is only checked for presence.
		if (valueElement === null) return [];
		const type = asXmlElement(valueElement)['@xsi:type'];
		if (typeof type !== 'string') return [`Property ${id}: Value must have an xsi:type.`];
		if (!(type in VALUE_CHECKS)) return [`Property ${id}: type ${type} is not supported.`];
		if (type !== field.xsType) return [`Property ${id} (${field.name}) is of type ${field.xsType}, not ${type}.`];
		const valueText = xmlText(valueElement) ?? '';
		if (!VALUE_CHECKS[type].test(valueText)) return [`Property ${id}: value ${valueText} is not a valid ${type}.`];
		return [];
	}

	private applySubscriber(row: XmlParsedElement): { email?: string; id: number; wasAdded: boolean; wasIgnored: boolean } {
		const value = (name: string) => text(row[name]);
		const mode = value('Mode') ?? 'AddAndUpdate';
		const matchingMode = value('MatchingMode') ?? 'Email';
		const listId = Number(value('ListId'));
		const all = () => [...this.subscribers.values()];
		const existing =
			matchingMode === 'Email'
				? this.findByEmail(value('Email')!)
				: matchingMode === 'Id'
					? this.subscribers.get(Number(value('Id')))
					: matchingMode === 'Phone'
						? all().find((s) => s.phone === value('Phone'))
						: all().find((s) => s.customSubscriberId === value('CustomSubscriberId'));
		if (existing) {
			const state = existing.lists.get(listId);
			const blocked = state?.status === 'Unsubscribed' && value('AllowUnsubscribed') !== 'true';
			if (mode.endsWith('Ignore') || blocked) return { email: existing.email, id: existing.id, wasAdded: false, wasIgnored: true };
			this.writeFields(existing, row, mode.endsWith('Replace'));
			this.addSubscriber(existing);
			this.joinList(existing, listId);
			return { email: existing.email, id: existing.id, wasAdded: false, wasIgnored: false };
		}
		if (mode.startsWith('Ignore')) return { email: value('Email'), id: 0, wasAdded: false, wasIgnored: true };
		const subscriber: EsSubscriber = {
			id: this.nextId++,
			properties: new Map(),
			lists: new Map(),
			events: [],
			subscriptions: [],
		};
		this.writeFields(subscriber, row, true);
		this.joinList(subscriber, listId);
		this.addSubscriber(subscriber);
		return { email: subscriber.email, id: subscriber.id, wasAdded: true, wasIgnored: false };
	}

	private joinList(subscriber: EsSubscriber, listId: number): void {
		if (subscriber.lists.get(listId)?.status === 'Active') return;
		subscriber.lists.set(listId, { status: 'Active', date: NOW });
		subscriber.subscriptions.push({ date: NOW, listId, type: 'Subscribed' });
	}

	private writeFields(subscriber: EsSubscriber, row: XmlParsedElement, replace: boolean): void {
		const fields: Array<[keyof EsSubscriber, string]> = [
			['email', 'Email'],
			['phone', 'Phone'],
			['customSubscriberId', 'CustomSubscriberId'],
			['firstname', 'Firstname'],
			['lastname', 'Lastname'],
			['trackingCode', 'TrackingCode'],
			['name', 'Name'],
			['vendor', 'Vendor'],
			['ip', 'Ip'],
		];
		for (const [key, element] of fields) {
			const value = text(row[element]);
			// Replace modes clear what is not given; the identifiers stay.
			if (value !== undefined) (subscriber as unknown as Record<string, unknown>)[key] = value;
			else if (replace && key !== 'email' && key !== 'phone' && key !== 'customSubscriberId') {
				(subscriber as unknown as Record<string, unknown>)[key] = undefined;
			}
		}
		if (replace) subscriber.properties.clear();
		for (const property of asXmlList(asXmlElement(row.Properties).Property)) {
			const element = asXmlElement(property);
			subscriber.properties.set(Number(text(element.Id)), element.Value === null ? null : (xmlText(element.Value) ?? ''));
		}
	}

	/** `POST /v2/Api/Transactionals/{id}` and `/SystemTransactionals/{id}` (same body; the system variant creates or updates the receiver). */
	private sendTransactional(kind: EsSentMessage['kind'], idText: string, root: XmlParsedElement): SandboxResponse {
		if (!INTEGER.test(idText)) throw new Rejection(400, `Transactional message id ${idText} is not a number.`);
		assertOrder(root, ['ApiKey', 'Data'], 'ApiRequest');
		if (!('Data' in root)) throw new Rejection(400, 'Data is required.');
		const data = asXmlElement(root.Data);
		if ('@xsi:type' in data) throw new Rejection(400, 'Data of a transactional request takes no xsi:type.');
		assertOrder(data, ['ReturnGuid', 'Receiver', 'Snippets', 'Attachments'], 'Data');
		const returnGuid = text(data.ReturnGuid);
		if (returnGuid !== undefined && !BOOLEAN.test(returnGuid)) throw new Rejection(400, 'ReturnGuid must be true or false.');
		if (!('Receiver' in data)) throw new Rejection(400, 'Receiver is required.');
		const receiver = asXmlElement(data.Receiver);
		assertOrder(receiver, ['Id', 'Email', 'EmailMd5', 'ListId', 'Bcc'], 'Receiver');
		const id = text(receiver.Id);
		const email = text(receiver.Email);
		const emailMd5 = text(receiver.EmailMd5);
		const listId = text(receiver.ListId);
		if (id === undefined && email === undefined && emailMd5 === undefined) {
			throw new Rejection(400, 'One of Id, Email or EmailMd5 is required in Receiver.');
		}
		if (id !== undefined && !INTEGER.test(id)) throw new Rejection(400, `Receiver Id ${id} is invalid.`);
		if (email !== undefined && !EMAIL.test(email)) throw new Rejection(400, `Receiver Email ${email} is invalid.`);
		if (emailMd5 !== undefined && !/^[0-9a-f]{32}$/i.test(emailMd5)) throw new Rejection(400, `Receiver EmailMd5 ${emailMd5} is invalid.`);
		if (listId !== undefined && !LISTS.some((list) => String(list.id) === listId)) throw new Rejection(400, `List with id ${listId} does not exist.`);
		const snippets = this.readSnippets(data);
		const attachments = this.readAttachments(data);

		const messageId = Number(idText);
		if (!MESSAGES[kind][messageId]) throw new Rejection(400, `Transactional message ${messageId} does not exist or is not active.`);
		// Id wins over Email and EmailMd5 when several are given.
		let subscriber =
			id !== undefined
				? this.subscribers.get(Number(id))
				: email !== undefined
					? this.findByEmail(email)
					: [...this.subscribers.values()].find((s) => s.email && md5(s.email.toLowerCase()) === emailMd5!.toLowerCase());
		if (kind === 'SystemTransactionals') {
			if (!subscriber && id === undefined && email !== undefined) {
				subscriber = { id: this.nextId++, email, properties: new Map(), lists: new Map(), events: [], subscriptions: [] };
				this.addSubscriber(subscriber);
			}
			if (!subscriber) throw new Rejection(400, NO_SUCH_RECEIVER);
		} else if (!subscriber || ![...subscriber.lists.values()].some((state) => state.status === 'Active')) {
			throw new Rejection(400, NO_SUCH_RECEIVER);
		}
		const guid = randomUUID();
		this.sent.push({
			kind,
			messageId,
			subscriberId: subscriber.id,
			listId: listId === undefined ? undefined : Number(listId),
			bcc: text(receiver.Bcc),
			snippets,
			attachments,
			guid,
		});
		subscriber.events.push({ date: NOW, type: 'Send', messageId });
		return returnGuid === 'true' ? reply(201, guid) : emptyResponse(201);
	}

	private readSnippets(data: XmlParsedElement): EsSentMessage['snippets'] {
		if (!('Snippets' in data)) return [];
		const container = asXmlElement(data.Snippets);
		if (childNames(container).some((name) => name !== 'Snippet')) throw new Rejection(400, 'Snippets may only contain Snippet elements.');
		return asXmlList(container.Snippet).map((entry) => {
			const snippet = asXmlElement(entry);
			assertOrder(snippet, ['Name', 'Value'], 'Snippet');
			const name = text(snippet.Name);
			if (!name) throw new Rejection(400, 'Snippet Name is required.');
			return { name, value: text(snippet.Value) ?? '' };
		});
	}

	private readAttachments(data: XmlParsedElement): EsSentMessage['attachments'] {
		if (!('Attachments' in data)) return [];
		const container = asXmlElement(data.Attachments);
		if (childNames(container).some((name) => name !== 'Attachment')) throw new Rejection(400, 'Attachments may only contain Attachment elements.');
		const names = new Set<string>();
		return asXmlList(container.Attachment).map((entry) => {
			const attachment = asXmlElement(entry);
			assertOrder(attachment, ['FileName', 'MimeType', 'Content'], 'Attachment');
			const fileName = text(attachment.FileName);
			if (!fileName) throw new Rejection(400, 'Attachment FileName is required.');
			if (names.has(fileName.toLowerCase())) throw new Rejection(400, `Attachment file name ${fileName} is not unique.`);
			names.add(fileName.toLowerCase());
			const content = (text(attachment.Content) ?? '').replace(/\s+/g, '');
			if (content === '' || content.length % 4 !== 0 || !isBase64Body(content)) {
				throw new Rejection(400, `Attachment ${fileName}: Content must be Base64 encoded.`);
			}
			const mimeType = text(attachment.MimeType) ?? 'application/octet-stream';
			if (!/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) throw new Rejection(400, `Attachment ${fileName}: MimeType ${mimeType} is invalid.`);
			return { fileName, mimeType, content: Buffer.from(content, 'base64') };
		});
	}
}
