/**
 * Mapp Engage emulator: REST 2.0 (JSON) under `/api/rest/v19` and SOAP under `/api/soap/v19`, HTTP Basic for a
 * system user of type API, contacts, groups, memberships and prepared messages kept in state.
 * A group's prepared messages are listed from the same state the send methods check (group/getPreparedMessages, a
 * GET answering `[ids]`; SOAP groupGetPreparedMessages answering repeated `<messageIds>`, the WSDL's @WebResult name
 * in romankot/eCmConnector `Ecm.java` / `GroupGetPreparedMessagesResponse.java`).
 *
 * Written from the seeds (prepared email / SMS, two steps: contact/get then message/sendSingle answering 204) and
 * `reference/mapp-expertsender.md` §1: error bodies `{errorActor, errorCode, message, …typed fields}`, 400
 * NO_SUCH_OBJECT for an unknown contact, the WSDL namespace `http://ecircle.com/developer/ecmapi` with unqualified
 * children in sequence order, lists as repeated elements, faults carrying the typed exception in `<detail>`.
 */
import { XMLParser } from 'fast-xml-parser';

import { buildXml, SOAP_ENVELOPE_NAMESPACE, type XmlElement } from '../../nodes/shared/codec';
import { lookupTable } from '../../nodes/shared/lookupTable';
import {
	basicCredentials,
	emptyResponse,
	jsonResponse,
	mediaType,
	NO_CEILING,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
	xmlResponse,
} from '../framework';

export const MAPP_ECM_NAMESPACE = 'http://ecircle.com/developer/ecmapi';
export const MAPP_USER = 'api.user@example.com';
export const MAPP_PASSWORD = 'Mapp-Api-Pass-4412!';
/** A system user of type GUI: right password, but Mapp refuses it on the API (403). */
export const MAPP_GUI_USER = 'gui.user@example.com';
export const MAPP_GUI_PASSWORD = 'Gui-User-Pass-9930';

const REST_PREFIX = '/api/rest/v19';
const SOAP_PATH = /^\/api\/soap\/v19\/?$/;

const IDENTIFIER_TYPES = ['EMAIL', 'MOBILE', 'APP_ALIAS', 'EXTERNAL', 'ID'];
const SUBSCRIPTION_MODES = ['OPT_IN', 'CONFIRMED_OPT_IN', 'DOUBLE_OPT_IN'];

export interface StoredContact {
	contactId: number;
	emailAddress: string | null;
	mobileNumber: string | null;
	applicationAlias: string | null;
	identifier: string | null;
	attributes: Array<{ name: string; value: string | null }>;
}

export interface Sendout {
	method: 'sendSingle' | 'sendTransactional';
	messageId: number;
	contactId: number;
	externalTransactionFormula?: string;
	senderProfileName?: string;
	parameters: Array<{ name: string; value: string | null }>;
	attachments: Array<{ name: string; contentType: string; content: string }>;
}

interface PreparedMessage {
	groupId: number;
	channel: 'email' | 'sms';
}

/** The typed exceptions of the WSDL; REST sends the same fields as JSON. */
type ExceptionType = 'NoSuchObjectException' | 'ObjectAlreadyExistsException' | 'InvalidParameterException';

class MappError extends Error {
	constructor(
		readonly exceptionType: ExceptionType,
		readonly fields: Record<string, string | null>,
	) {
		super(fields.message ?? '');
	}
}

function noSuchObject(objectType: string, propertyName: string, propertyValue: string, label = objectType): MappError {
	return new MappError('NoSuchObjectException', {
		errorActor: 'CLIENT',
		errorCode: 'NO_SUCH_OBJECT',
		message: `${label} with ${propertyName}=${propertyValue} does not exist.`,
		objectType,
		propertyName,
		propertyValue,
	});
}

function missingParameter(parameterName: string): MappError {
	return new MappError('InvalidParameterException', {
		errorActor: 'CLIENT',
		errorCode: 'MISSING_PARAMETER',
		message: `Parameter '${parameterName}' is mandatory but no value was specified.`,
		parameterName,
		propertyName: null,
		value: 'null',
	});
}

function invalidParameter(parameterName: string, value: string, why: string): MappError {
	return new MappError('InvalidParameterException', {
		errorActor: 'CLIENT',
		errorCode: 'INVALID_PARAMETER',
		message: `Parameter '${parameterName}' has an invalid value: ${why}`,
		parameterName,
		propertyName: null,
		value,
	});
}

/** A body the REST layer cannot bind (Jackson's plain-text 400). */
class Unreadable extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Arguments of the emulated methods, as both the REST and the SOAP layer hand them over.

interface NameValueArg {
	name: string;
	value: string | null;
}

interface ContactArg {
	contactId?: string;
	emailAddress?: string | null;
	mobileNumber?: string | null;
	applicationAlias?: string | null;
	identifier?: string | null;
	attributes: NameValueArg[];
}

interface ContentArg {
	parameters: NameValueArg[];
	attachments: Array<{ name: string; contentType: string; content: string }>;
}

type Args = Record<string, string | undefined> & {
	identifier?: { type: string; value: string };
	contact?: ContactArg;
	content?: ContentArg;
};

type Result = { contact: StoredContact } | { messageIds: number[] } | undefined;

// ---------------------------------------------------------------------------------------------------------------
// SOAP: strict schema of the operations (sequence order, cardinality), written from the WSDL notes.

type Schema =
	| { kind: 'string' | 'long' | 'base64' }
	| { kind: 'enum'; values: string[] }
	| { kind: 'sequence'; children: Particle[] };

interface Particle {
	name: string;
	type: Schema;
	min: 0 | 1;
	many?: boolean;
}

const STRING: Schema = { kind: 'string' };
const LONG: Schema = { kind: 'long' };
const nameValue: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'name', type: STRING, min: 1 },
		{ name: 'value', type: STRING, min: 0 },
	],
};
const contactIdentifier: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'type', type: { kind: 'enum', values: IDENTIFIER_TYPES }, min: 1 },
		{ name: 'value', type: STRING, min: 1 },
	],
};
const contactType: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'contactId', type: LONG, min: 0 },
		{ name: 'emailAddress', type: STRING, min: 0 },
		{ name: 'mobileNumber', type: STRING, min: 0 },
		{ name: 'applicationAlias', type: STRING, min: 0 },
		{ name: 'identifier', type: STRING, min: 0 },
		{ name: 'attributes', type: nameValue, min: 0, many: true },
	],
};
const messageContent: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'parameters', type: nameValue, min: 0, many: true },
		{
			name: 'attachments',
			type: {
				kind: 'sequence',
				children: [
					{ name: 'name', type: STRING, min: 1 },
					{ name: 'contentType', type: STRING, min: 1 },
					{ name: 'content', type: { kind: 'base64' }, min: 1 },
				],
			},
			min: 0,
			many: true,
		},
	],
};
const subscriptionMode: Schema = { kind: 'enum', values: SUBSCRIPTION_MODES };

const SOAP_OPERATIONS: Record<string, Particle[]> = lookupTable({
	contactGet: [{ name: 'identifier', type: contactIdentifier, min: 1 }],
	contactCreate: [{ name: 'contact', type: contactType, min: 1 }],
	contactUpdate: [
		{ name: 'identifierType', type: { kind: 'enum', values: IDENTIFIER_TYPES }, min: 1 },
		{ name: 'contact', type: contactType, min: 1 },
	],
	contactDelete: [{ name: 'identifier', type: contactIdentifier, min: 1 }],
	messageSendSingle: [
		{ name: 'messageId', type: LONG, min: 1 },
		{ name: 'recipientId', type: LONG, min: 1 },
		{ name: 'additionalContent', type: messageContent, min: 1 },
		{ name: 'senderProfileName', type: STRING, min: 0 },
	],
	messageSendTransactional: [
		{ name: 'messageId', type: LONG, min: 1 },
		{ name: 'externalTransactionFormula', type: STRING, min: 1 },
		{ name: 'recipientId', type: LONG, min: 1 },
		{ name: 'additionalContent', type: messageContent, min: 1 },
		{ name: 'senderProfileName', type: STRING, min: 0 },
	],
	membershipSubscribe: [
		{ name: 'userId', type: LONG, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
		{ name: 'subscriptionMode', type: subscriptionMode, min: 1 },
	],
	membershipSubscribeByEmail: [
		{ name: 'email', type: STRING, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
		{ name: 'subscriptionMode', type: subscriptionMode, min: 1 },
	],
	membershipUnsubscribe: [
		{ name: 'userId', type: LONG, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
	],
	membershipUnsubscribeByEmail: [
		{ name: 'email', type: STRING, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
	],
	groupGetPreparedMessages: [{ name: 'groupId', type: LONG, min: 1 }],
});

/** The REST routes: the SOAP operation they are, their query parameters, and the body they bind. */
const REST_ROUTES: Record<string, { operation: string; method?: 'GET'; query: Record<string, 'long' | 'string' | 'mode' | 'type'>; body?: 'identifier' | 'contact' | 'content'; optional?: string[] }> = lookupTable({
	'/contact/get': { operation: 'contactGet', query: {}, body: 'identifier' },
	'/contact/create': { operation: 'contactCreate', query: {}, body: 'contact' },
	'/contact/update': { operation: 'contactUpdate', query: { identifierType: 'type' }, body: 'contact' },
	'/contact/delete': { operation: 'contactDelete', query: {}, body: 'identifier' },
	'/message/sendSingle': {
		operation: 'messageSendSingle',
		query: { messageId: 'long', recipientId: 'long', senderProfileName: 'string' },
		optional: ['senderProfileName'],
		body: 'content',
	},
	'/message/sendTransactional': {
		operation: 'messageSendTransactional',
		query: { messageId: 'long', recipientId: 'long', externalTransactionFormula: 'string', senderProfileName: 'string' },
		optional: ['senderProfileName'],
		body: 'content',
	},
	'/membership/subscribe': {
		operation: 'membershipSubscribe',
		query: { userId: 'long', groupId: 'long', subscriptionMode: 'mode' },
	},
	'/membership/subscribeByEmail': {
		operation: 'membershipSubscribeByEmail',
		query: { email: 'string', groupId: 'long', subscriptionMode: 'mode' },
	},
	'/membership/unsubscribe': { operation: 'membershipUnsubscribe', query: { userId: 'long', groupId: 'long' } },
	'/membership/unsubscribeByEmail': { operation: 'membershipUnsubscribeByEmail', query: { email: 'string', groupId: 'long' } },
	// Mapp's reads are GETs; every other method here is a POST.
	'/group/getPreparedMessages': { operation: 'groupGetPreparedMessages', method: 'GET', query: { groupId: 'long' } },
});

type OrderedNode = Record<string, unknown>;

const orderedParser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	// Like a JAXB server, keep text exactly: no trimming; character and entity references are decoded in textOf (so
	// that `&#13;` gives a carriage return) and CDATA is taken as it stands.
	trimValues: false,
	processEntities: false,
	htmlEntities: false,
	cdataPropName: '#cdata',
	ignoreDeclaration: true,
});

const PREDEFINED_ENTITIES: Record<string, string> = lookupTable({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

/** Decodes XML's predefined entities and character references; anything else is not well-formed. */
function decodeText(raw: string): string {
	return raw.replace(/&([^;&\s<]*);|&/g, (match, name: string | undefined) => {
		if (name !== undefined && name in PREDEFINED_ENTITIES) return PREDEFINED_ENTITIES[name];
		const code = name === undefined ? NaN : /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? Number(name.slice(1)) : NaN;
		if (Number.isNaN(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
			throw new SoapClientFault('S:Client', `Couldn't create SOAP message: "${match}" is not a defined entity or character reference`);
		}
		return String.fromCodePoint(code);
	});
}

/** A SOAP request the server refuses before it reaches an operation (JAX-WS answers these with a plain fault). */
class SoapClientFault extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

function tagOf(node: OrderedNode): string | undefined {
	return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#'));
}

function attributesOf(node: OrderedNode): Record<string, string> {
	return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function childElements(node: OrderedNode, tag: string): OrderedNode[] {
	return ((node[tag] as OrderedNode[] | undefined) ?? []).filter((child) => tagOf(child) !== undefined);
}

function textOf(node: OrderedNode, tag: string): string {
	return ((node[tag] as OrderedNode[] | undefined) ?? [])
		.map((child) => {
			if ('#text' in child) return decodeText(String(child['#text']));
			if ('#cdata' in child) return ((child['#cdata'] as OrderedNode[] | undefined) ?? []).map((part) => String(part['#text'] ?? '')).join('');
			return '';
		})
		.join('');
}

/** Checks an element's children against a sequence and gives their values (arrays for repeated particles). */
function bindSequence(node: OrderedNode, tag: string, particles: Particle[], path: string): Record<string, unknown> {
	const children = childElements(node, tag);
	for (const child of children) {
		const name = tagOf(child)!;
		if (name.includes(':')) {
			throw new SoapClientFault(
				'S:Client',
				`Unmarshalling Error: unexpected element (uri:"${MAPP_ECM_NAMESPACE}", local:"${name.split(':')[1]}"). The children of ${path} are unqualified.`,
			);
		}
		if ('xmlns' in attributesOf(child) && attributesOf(child).xmlns !== '') {
			throw new SoapClientFault(
				'S:Client',
				`Unmarshalling Error: unexpected element (uri:"${attributesOf(child).xmlns}", local:"${name}"). The children of ${path} are unqualified.`,
			);
		}
	}
	const values: Record<string, unknown> = {};
	let position = 0;
	for (const particle of particles) {
		const matched: unknown[] = [];
		while (position < children.length && tagOf(children[position]) === particle.name) {
			if (!particle.many && matched.length === 1) break;
			matched.push(bindValue(children[position], particle.name, particle.type, `${path}/${particle.name}`));
			position++;
		}
		if (matched.length < particle.min) {
			const found = children[position] ? tagOf(children[position]) : undefined;
			throw new SoapClientFault(
				'S:Client',
				found
					? `Unmarshalling Error: unexpected element (uri:"", local:"${found}"). Expected elements are <{}${particle.name}>`
					: `Unmarshalling Error: element ${path} misses the required element <{}${particle.name}>`,
			);
		}
		if (matched.length > 0) values[particle.name] = particle.many ? matched : matched[0];
	}
	if (position < children.length) {
		const expected = particles.map((particle) => `<{}${particle.name}>`).join(',');
		throw new SoapClientFault(
			'S:Client',
			`Unmarshalling Error: unexpected element (uri:"", local:"${tagOf(children[position])}"). Expected elements are ${expected}`,
		);
	}
	return values;
}

function bindValue(node: OrderedNode, tag: string, type: Schema, path: string): unknown {
	if (type.kind === 'sequence') return bindSequence(node, tag, type.children, path);
	if (childElements(node, tag).length > 0) {
		throw new SoapClientFault('S:Client', `Unmarshalling Error: ${path} is a simple value, not a structure`);
	}
	const text = textOf(node, tag);
	if (type.kind === 'long' && !/^-?\d+$/.test(text.trim())) {
		throw invalidParameter(path.split('/').pop()!, text, 'not a number');
	}
	if (type.kind === 'enum' && !type.values.includes(text)) {
		throw invalidParameter(path.split('/').pop()!, text, `one of ${type.values.join(', ')} expected`);
	}
	if (type.kind === 'base64' && !isBase64(text)) {
		throw invalidParameter('content', text.slice(0, 20), 'attachment content must be Base64');
	}
	return type.kind === 'long' ? text.trim() : text;
}

function isBase64(text: string): boolean {
	return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** Resolves the namespace of a prefixed name from the declarations on the element and its ancestors. */
function namespaceOf(name: string, scopes: Array<Record<string, string>>): string | undefined {
	const colon = name.indexOf(':');
	const key = colon === -1 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`;
	for (let index = scopes.length - 1; index >= 0; index--) {
		if (key in scopes[index]) return scopes[index][key];
	}
	return undefined;
}

function localOf(name: string): string {
	return name.slice(name.indexOf(':') + 1);
}

// ---------------------------------------------------------------------------------------------------------------

export class MappProvider implements ProviderModule {
	readonly name = 'mapp';

	readonly prefix = '/mapp';

	contacts = new Map<number, StoredContact>();

	/** groupId → members (contactId → subscription state). */
	groups = new Map<number, Map<number, string>>();

	messages = new Map<number, PreparedMessage>();

	/** Every accepted send, in order. */
	sendouts: Sendout[] = [];

	/**
	 * Every accepted change besides sends, in order (`create:<id>`, `update:<id>:<contact>` when the contact changed,
	 * `delete:<id>`, `subscribe:<group>:<contact>:<mode>`, `unsubscribe:<group>:<contact>`): what a repeat would do twice.
	 */
	changes: string[] = [];

	private nextContactId = 40000;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.contacts = new Map([
			[
				33457,
				{
					contactId: 33457,
					emailAddress: 'j.mcexample@example.com',
					mobileNumber: '48505606707',
					applicationAlias: null,
					identifier: 'CRM-0001',
					attributes: [
						{ name: 'FirstName', value: 'John' },
						{ name: 'user.ISOCountryCode', value: 'PL' },
					],
				},
			],
		]);
		this.groups = new Map([
			[1200, new Map()],
			[1300, new Map([[33457, 'OPT_IN']])],
			[1400, new Map()],
		]);
		// The seeds' prepared email and SMS, both sending to group 1200; group 1400 has three more, group 1300 none.
		this.messages = new Map<number, PreparedMessage>([
			[23541, { groupId: 1200, channel: 'email' }],
			[23542, { groupId: 1200, channel: 'sms' }],
			[23610, { groupId: 1400, channel: 'email' }],
			[23611, { groupId: 1400, channel: 'email' }],
			[23612, { groupId: 1400, channel: 'sms' }],
		]);
		this.sendouts = [];
		this.changes = [];
		this.nextContactId = 40000;
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'mappEngageApi',
				name: 'Mapp Engage (sandbox)',
				data: { baseUrl: `${baseUrl}${REST_PREFIX}`, soapEndpoint: '', user: MAPP_USER, password: MAPP_PASSWORD, ...NO_CEILING },
			},
		];
	}

	/** Mapp's rate-limit answer, for tests that inject it (Mapp itself sends no Retry-After). */
	static rateLimitResponse(headers: Record<string, string> = {}): SandboxResponse {
		return jsonResponse(
			500,
			{ errorActor: 'SERVER', errorCode: 'UNEXPECTED_ERROR', message: 'Database Access Limit Exceeded', errorId: null },
			headers,
		);
	}

	/** The same over the SOAP API: an HTTP 500 fault whose string is "Database Access Limit Exceeded". */
	static soapRateLimitResponse(headers: Record<string, string> = {}): SandboxResponse {
		return xmlResponse(500, soapFault('S:Server', 'Database Access Limit Exceeded'), headers);
	}

	/** Over the limit (per account, i.e. per credential) Mapp answers 500 "Database Access Limit Exceeded", unprocessed. */
	overLimit(request: SandboxRequest): SandboxResponse {
		return SOAP_PATH.test(request.path) ? MappProvider.soapRateLimitResponse() : MappProvider.rateLimitResponse();
	}

	handle(request: SandboxRequest): SandboxResponse {
		// HTTP Basic is checked by the container before any API code: no header is 401, a refused user 403.
		const auth = basicCredentials(request);
		if (!auth) return emptyResponse(401, { 'WWW-Authenticate': 'Basic realm="ecm"' });
		const known = auth.user === MAPP_USER && auth.password === MAPP_PASSWORD;
		const guiUser = auth.user === MAPP_GUI_USER && auth.password === MAPP_GUI_PASSWORD;
		if (!known || guiUser) return emptyResponse(403);

		if (SOAP_PATH.test(request.path)) return this.handleSoap(request);
		if (request.path.startsWith(`${REST_PREFIX}/`)) return this.handleRest(request, request.path.slice(REST_PREFIX.length));
		return jsonResponse(404, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message: 'Not Found' });
	}

	// ------------------------------------------------------------------------------------------------ REST

	private handleRest(request: SandboxRequest, path: string): SandboxResponse {
		const accept = request.headers.accept ?? '*/*';
		if (!/application\/json|\*\/\*/.test(accept)) {
			return jsonResponse(406, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message: 'Not Acceptable' });
		}
		if (path === '/system/getApiVersion') {
			if (request.method !== 'GET') return this.methodNotAllowed();
			return jsonResponse(200, { value: '19' });
		}
		const route = REST_ROUTES[path];
		if (!route) return jsonResponse(404, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message: 'Not Found' });
		if (request.method !== (route.method ?? 'POST')) return this.methodNotAllowed();
		try {
			const args: Args = {};
			for (const key of new Set(request.query.keys())) {
				if (!(key in route.query)) throw invalidParameter(key, request.query.get(key) ?? '', 'unknown parameter');
				if (request.query.getAll(key).length > 1) throw invalidParameter(key, request.query.getAll(key).join(','), 'given more than once');
			}
			for (const [key, kind] of Object.entries(route.query)) {
				const value = request.query.get(key);
				if (value === null || value === '') {
					if (route.optional?.includes(key)) continue;
					throw missingParameter(key);
				}
				if (kind === 'long' && !/^\d+$/.test(value)) throw invalidParameter(key, value, 'not a number');
				if (kind === 'mode' && !SUBSCRIPTION_MODES.includes(value)) throw invalidParameter(key, value, `one of ${SUBSCRIPTION_MODES.join(', ')} expected`);
				if (kind === 'type' && !IDENTIFIER_TYPES.includes(value)) throw invalidParameter(key, value, `one of ${IDENTIFIER_TYPES.join(', ')} expected`);
				args[key] = value;
			}
			if (route.body) {
				if (mediaType(request) !== 'application/json') {
					return jsonResponse(415, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message: 'Unsupported Media Type' });
				}
				let json: unknown;
				try {
					json = JSON.parse(request.text);
				} catch {
					throw new Unreadable('Unexpected end-of-input: cannot deserialize value');
				}
				if (route.body === 'identifier') args.identifier = readRestIdentifier(json);
				if (route.body === 'contact') args.contact = readRestContact(json);
				if (route.body === 'content') args.content = readRestContent(json);
			} else if (request.text.trim() !== '') {
				return jsonResponse(415, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message: 'This method takes no body' });
			}
			const result = this.execute(route.operation, args);
			if (!result) return emptyResponse(route.operation === 'contactDelete' ? 200 : 204);
			if ('messageIds' in result) return jsonResponse(200, result.messageIds);
			return jsonResponse(200, restContact(result.contact));
		} catch (error) {
			if (error instanceof MappError) return jsonResponse(400, error.fields);
			if (error instanceof Unreadable) return { status: 400, headers: { 'Content-Type': 'text/plain' }, body: error.message };
			throw error;
		}
	}

	private methodNotAllowed(): SandboxResponse {
		return jsonResponse(405, { errorActor: 'CLIENT', errorCode: 'INVALID_REQUEST', message: 'Method Not Allowed' });
	}

	// ------------------------------------------------------------------------------------------------ SOAP

	private handleSoap(request: SandboxRequest): SandboxResponse {
		if (request.method !== 'POST') return xmlResponse(405, '');
		if (mediaType(request) !== 'text/xml' || request.headers.soapaction === undefined) {
			return xmlResponse(415, '');
		}
		let operation = '';
		try {
			let document: OrderedNode[];
			try {
				// XML 1.0 §2.11: a parser turns every literal CR LF and lone CR into LF; only `&#13;` is a carriage return.
				document = orderedParser.parse(request.text.replace(/\r\n?/g, '\n')) as OrderedNode[];
			} catch (error) {
				throw new SoapClientFault('S:Client', `Couldn't create SOAP message: ${(error as Error).message}`);
			}
			const envelope = document.find((node) => tagOf(node) !== undefined);
			const envelopeTag = envelope ? tagOf(envelope)! : '';
			const scopes = [envelope ? attributesOf(envelope) : {}];
			if (!envelope || localOf(envelopeTag) !== 'Envelope' || namespaceOf(envelopeTag, scopes) !== SOAP_ENVELOPE_NAMESPACE) {
				throw new SoapClientFault(
					'S:VersionMismatch',
					`Couldn't create SOAP message. Expected Envelope in namespace ${SOAP_ENVELOPE_NAMESPACE}`,
				);
			}
			const parts = childElements(envelope, envelopeTag);
			const body = parts.find((node) => localOf(tagOf(node)!) === 'Body');
			if (!body || namespaceOf(tagOf(body)!, scopes) !== SOAP_ENVELOPE_NAMESPACE) {
				throw new SoapClientFault('S:Client', 'The envelope has no Body');
			}
			scopes.push(attributesOf(body));
			const [call, ...extra] = childElements(body, tagOf(body)!);
			if (!call || extra.length > 0) throw new SoapClientFault('S:Client', 'The Body must hold exactly one operation element');
			const callTag = tagOf(call)!;
			scopes.push(attributesOf(call));
			operation = localOf(callTag);
			const namespace = namespaceOf(callTag, scopes);
			if (namespace !== MAPP_ECM_NAMESPACE || !SOAP_OPERATIONS[operation]) {
				throw new SoapClientFault(
					'S:Client',
					`Cannot find dispatch method for {${namespace ?? ''}}${operation}`,
				);
			}
			if (attributesOf(call).xmlns) {
				throw new SoapClientFault(
					'S:Client',
					`Unmarshalling Error: a default namespace on ${operation} qualifies its children; they are unqualified`,
				);
			}
			const values = bindSequence(call, callTag, SOAP_OPERATIONS[operation], operation);
			const result = this.execute(operation, soapArgs(values));
			const inner: XmlElement = !result
				? {}
				: 'messageIds' in result
					? { messageIds: result.messageIds }
					: { return: soapContact(result.contact) };
			return xmlResponse(200, soapEnvelope(`${operation}Response`, inner));
		} catch (error) {
			if (error instanceof SoapClientFault) return xmlResponse(500, soapFault(error.code, error.message));
			if (error instanceof MappError) return xmlResponse(500, soapFault('S:Server', error.message, error));
			throw error;
		}
	}

	// ------------------------------------------------------------------------------------------------ methods

	private findContact(type: string, value: string): StoredContact | undefined {
		const contacts = [...this.contacts.values()];
		switch (type) {
			case 'EMAIL':
				return contacts.find((contact) => contact.emailAddress === value);
			case 'MOBILE':
				return contacts.find((contact) => contact.mobileNumber === value.replace(/^\+/, ''));
			case 'APP_ALIAS':
				return contacts.find((contact) => contact.applicationAlias === value);
			case 'EXTERNAL':
				return contacts.find((contact) => contact.identifier === value);
			default:
				return /^\d+$/.test(value) ? this.contacts.get(Number(value)) : undefined;
		}
	}

	private contactById(id: string, parameterName: string): StoredContact {
		const contact = this.contacts.get(Number(id));
		if (!contact) throw noSuchObject('Contact', parameterName, id);
		return contact;
	}

	private contactByEmail(email: string): StoredContact {
		const contact = this.findContact('EMAIL', email);
		if (!contact) throw noSuchObject('Contact', 'email', email);
		return contact;
	}

	private group(id: string): Map<number, string> {
		const group = this.groups.get(Number(id));
		if (!group) throw noSuchObject('Group', 'groupId', id);
		return group;
	}

	private execute(operation: string, args: Args): Result {
		switch (operation) {
			case 'contactGet': {
				const { type, value } = args.identifier!;
				const contact = this.findContact(type, value);
				if (!contact) throw noSuchObject('Contact', 'identifier', value);
				return { contact };
			}
			case 'contactCreate': {
				const contact = this.createContact(args.contact!);
				this.changes.push(`create:${contact.contactId}`);
				return { contact };
			}
			case 'contactUpdate':
				return { contact: this.updateContact(args.identifierType!, args.contact!) };
			case 'contactDelete': {
				const { type, value } = args.identifier!;
				const contact = this.findContact(type, value);
				if (!contact) throw noSuchObject('Contact', 'identifier', value);
				this.contacts.delete(contact.contactId);
				for (const members of this.groups.values()) members.delete(contact.contactId);
				this.changes.push(`delete:${contact.contactId}`);
				return undefined;
			}
			case 'messageSendSingle':
			case 'messageSendTransactional':
				this.send(operation === 'messageSendSingle' ? 'sendSingle' : 'sendTransactional', args);
				return undefined;
			case 'membershipSubscribe':
			case 'membershipSubscribeByEmail': {
				const group = this.group(args.groupId!);
				const contact = args.email === undefined ? this.contactById(args.userId!, 'userId') : this.contactByEmail(args.email);
				// Double opt-in only invites; the contact is a member once it accepts.
				group.set(contact.contactId, args.subscriptionMode === 'DOUBLE_OPT_IN' ? 'INVITED' : args.subscriptionMode!);
				// Each accepted subscription may notify the contact (welcome email, invitation).
				this.changes.push(`subscribe:${args.groupId}:${contact.contactId}:${args.subscriptionMode}`);
				return undefined;
			}
			case 'membershipUnsubscribe':
			case 'membershipUnsubscribeByEmail': {
				const group = this.group(args.groupId!);
				const contact = args.email === undefined ? this.contactById(args.userId!, 'userId') : this.contactByEmail(args.email);
				group.delete(contact.contactId);
				this.changes.push(`unsubscribe:${args.groupId}:${contact.contactId}`);
				return undefined;
			}
			case 'groupGetPreparedMessages': {
				// An unknown group is Mapp's NO_SUCH_OBJECT; a group without prepared messages an empty list.
				const groupId = Number(args.groupId);
				this.group(args.groupId!);
				const messageIds = [...this.messages.entries()]
					.filter(([, message]) => message.groupId === groupId)
					.map(([messageId]) => messageId)
					.sort((a, b) => a - b);
				return { messageIds };
			}
			default:
				throw new Error(`Unhandled operation ${operation}`);
		}
	}

	private createContact(input: ContactArg): StoredContact {
		if (input.contactId !== undefined) throw invalidParameter('contactId', input.contactId, 'Mapp assigns contact IDs');
		const keys: Array<[string, string | null | undefined]> = [
			['EMAIL', input.emailAddress],
			['MOBILE', input.mobileNumber],
			['APP_ALIAS', input.applicationAlias],
			['EXTERNAL', input.identifier],
		];
		if (keys.every(([, value]) => !value)) throw missingParameter('emailAddress');
		for (const [type, value] of keys) {
			if (value && this.findContact(type, value)) {
				throw new MappError('ObjectAlreadyExistsException', {
					errorActor: 'CLIENT',
					errorCode: 'OBJECT_ALREADY_EXISTS',
					message: 'Such contact already exists',
					objectType: 'Contact',
					propertyName: 'identifier',
					propertyValue: value,
				});
			}
		}
		const contact: StoredContact = {
			contactId: this.nextContactId++,
			emailAddress: input.emailAddress ?? null,
			mobileNumber: input.mobileNumber ?? null,
			applicationAlias: input.applicationAlias ?? null,
			identifier: input.identifier ?? null,
			attributes: input.attributes.map((pair) => ({ ...pair })),
		};
		this.contacts.set(contact.contactId, contact);
		return contact;
	}

	/** Mapp's contact/update replaces the standard attributes: any left out are cleared. Attributes are merged. */
	private updateContact(identifierType: string, input: ContactArg): StoredContact {
		const field = {
			EMAIL: 'emailAddress',
			MOBILE: 'mobileNumber',
			APP_ALIAS: 'applicationAlias',
			EXTERNAL: 'identifier',
			ID: 'contactId',
		}[identifierType] as keyof ContactArg;
		const key = input[field] as string | null | undefined;
		if (!key) throw missingParameter(field);
		const contact = this.findContact(identifierType, key);
		if (!contact) throw noSuchObject('Contact', 'identifier', key);
		const before = JSON.stringify(contact);
		contact.emailAddress = input.emailAddress ?? null;
		contact.mobileNumber = input.mobileNumber ?? null;
		contact.applicationAlias = input.applicationAlias ?? null;
		contact.identifier = input.identifier ?? null;
		for (const attribute of input.attributes) {
			const existing = contact.attributes.find((candidate) => candidate.name === attribute.name);
			if (existing) existing.value = attribute.value;
			else contact.attributes.push({ ...attribute });
		}
		// Writing the same contact again changes nothing.
		const after = JSON.stringify(contact);
		if (after !== before) this.changes.push(`update:${contact.contactId}:${after}`);
		return contact;
	}

	private send(method: Sendout['method'], args: Args): void {
		const message = this.messages.get(Number(args.messageId));
		if (!message) throw noSuchObject('Message', 'messageId', args.messageId!, 'Prepared message');
		const contact = this.contactById(args.recipientId!, 'recipientId');
		if (method === 'sendTransactional' && args.externalTransactionFormula === undefined) {
			throw missingParameter('externalTransactionFormula');
		}
		// Sending adds the recipient to the message's group, without any opt-in.
		const group = this.groups.get(message.groupId)!;
		if (!group.has(contact.contactId)) group.set(contact.contactId, 'OPT_IN');
		this.sendouts.push({
			method,
			messageId: Number(args.messageId),
			contactId: contact.contactId,
			...(method === 'sendTransactional' ? { externalTransactionFormula: args.externalTransactionFormula } : {}),
			...(args.senderProfileName ? { senderProfileName: args.senderProfileName } : {}),
			parameters: args.content!.parameters,
			attachments: args.content!.attachments,
		});
	}
}

// ---------------------------------------------------------------------------------------------------------------
// REST binding: Jackson-like, strict about unknown fields, types and case-sensitive enums.

function asObject(value: unknown, what: string): Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new Unreadable(`Cannot deserialize value of type \`${what}\` from ${Array.isArray(value) ? 'Array' : typeof value} value`);
	}
	return value as Record<string, unknown>;
}

function onlyKeys(object: Record<string, unknown>, allowed: string[], what: string): void {
	for (const key of Object.keys(object)) {
		if (!allowed.includes(key)) {
			throw new Unreadable(`Unrecognized field "${key}" (class ${what}), not marked as ignorable`);
		}
	}
}

function optionalString(object: Record<string, unknown>, key: string, what: string): string | null | undefined {
	const value = object[key];
	if (value === undefined || value === null) return value as null | undefined;
	if (typeof value !== 'string') throw new Unreadable(`Cannot deserialize value of type \`String\` for ${what}.${key}`);
	return value;
}

function readRestIdentifier(json: unknown): { type: string; value: string } {
	const object = asObject(json, 'ContactIdentifier');
	onlyKeys(object, ['type', 'value', 'unifiedIdentifierName'], 'ContactIdentifier');
	const type = optionalString(object, 'type', 'ContactIdentifier');
	if (!type || !IDENTIFIER_TYPES.includes(type)) {
		throw new Unreadable(`Cannot deserialize value of type \`ContactIdentifierType\` from String "${type}": not one of the values accepted for Enum class: [${IDENTIFIER_TYPES.join(', ')}]`);
	}
	const value = optionalString(object, 'value', 'ContactIdentifier');
	if (!value) throw missingParameter('value');
	return { type, value };
}

function readRestPairs(value: unknown, what: string): NameValueArg[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) throw new Unreadable(`Cannot deserialize value of type \`ArrayList<${what}>\` from Object value`);
	return value.map((entry) => {
		const object = asObject(entry, what);
		onlyKeys(object, ['name', 'value'], what);
		const name = optionalString(object, 'name', what);
		if (!name) throw missingParameter('name');
		return { name, value: optionalString(object, 'value', what) ?? null };
	});
}

function readRestContact(json: unknown): ContactArg {
	const object = asObject(json, 'Contact');
	onlyKeys(
		object,
		['contactId', 'emailAddress', 'mobileNumber', 'applicationAlias', 'identifier', 'attributes', 'unifiedIdentifiers', 'channelAddresses'],
		'Contact',
	);
	if (object.contactId !== undefined && object.contactId !== null && !Number.isInteger(object.contactId)) {
		throw new Unreadable('Cannot deserialize value of type `long` for Contact.contactId');
	}
	return {
		contactId: object.contactId === undefined || object.contactId === null ? undefined : String(object.contactId),
		emailAddress: optionalString(object, 'emailAddress', 'Contact'),
		mobileNumber: optionalString(object, 'mobileNumber', 'Contact'),
		applicationAlias: optionalString(object, 'applicationAlias', 'Contact'),
		identifier: optionalString(object, 'identifier', 'Contact'),
		attributes: readRestPairs(object.attributes, 'Attribute'),
	};
}

function readRestContent(json: unknown): ContentArg {
	const object = asObject(json, 'MessageContent');
	onlyKeys(object, ['parameters', 'attachments'], 'MessageContent');
	const attachments = object.attachments === undefined || object.attachments === null ? [] : object.attachments;
	if (!Array.isArray(attachments)) throw new Unreadable('Cannot deserialize value of type `ArrayList<Attachment>` from Object value');
	return {
		parameters: readRestPairs(object.parameters, 'Attribute'),
		attachments: attachments.map((entry) => {
			const attachment = asObject(entry, 'Attachment');
			onlyKeys(attachment, ['name', 'contentType', 'content'], 'Attachment');
			const fields = ['name', 'contentType', 'content'].map((key) => optionalString(attachment, key, 'Attachment'));
			fields.forEach((value, index) => {
				if (!value) throw missingParameter(['name', 'contentType', 'content'][index]);
			});
			const [name, contentType, content] = fields as string[];
			if (!isBase64(content)) throw invalidParameter('content', content.slice(0, 20), 'attachment content must be Base64');
			return { name, contentType, content };
		}),
	};
}

function restContact(contact: StoredContact): Record<string, unknown> {
	return {
		contactId: contact.contactId,
		emailAddress: contact.emailAddress,
		mobileNumber: contact.mobileNumber,
		applicationAlias: contact.applicationAlias,
		identifier: contact.identifier,
		attributes: contact.attributes,
		unifiedIdentifiers: [],
		channelAddresses: [],
	};
}

// ---------------------------------------------------------------------------------------------------------------
// SOAP binding and answers.

type Bound = Record<string, unknown>;

function soapPairs(list: unknown): NameValueArg[] {
	return ((list as Bound[] | undefined) ?? []).map((pair) => ({
		name: String(pair.name),
		value: pair.value === undefined ? null : String(pair.value),
	}));
}

function soapArgs(values: Bound): Args {
	const args: Args = {};
	for (const [key, value] of Object.entries(values)) if (typeof value === 'string') args[key] = value;
	if (values.identifier) args.identifier = values.identifier as { type: string; value: string };
	if (values.contact) {
		const contact = values.contact as Bound;
		args.contact = {
			contactId: contact.contactId as string | undefined,
			emailAddress: contact.emailAddress as string | undefined,
			mobileNumber: contact.mobileNumber as string | undefined,
			applicationAlias: contact.applicationAlias as string | undefined,
			identifier: contact.identifier as string | undefined,
			attributes: soapPairs(contact.attributes),
		};
	}
	if (values.additionalContent !== undefined) {
		const content = values.additionalContent as Bound;
		args.content = {
			parameters: soapPairs(content.parameters),
			attachments: ((content.attachments as Bound[] | undefined) ?? []).map((attachment) => ({
				name: String(attachment.name),
				contentType: String(attachment.contentType),
				content: String(attachment.content),
			})),
		};
	}
	return args;
}

function soapContact(contact: StoredContact): XmlElement {
	return {
		contactId: contact.contactId,
		emailAddress: contact.emailAddress ?? undefined,
		mobileNumber: contact.mobileNumber ?? undefined,
		applicationAlias: contact.applicationAlias ?? undefined,
		identifier: contact.identifier ?? undefined,
		attributes: contact.attributes.map(({ name, value }) => ({ name, value: value ?? undefined })),
	};
}

function soapEnvelope(responseName: string, inner: XmlElement): string {
	return buildXml('S:Envelope', {
		'@xmlns:S': SOAP_ENVELOPE_NAMESPACE,
		'S:Body': { [`ns2:${responseName}`]: { '@xmlns:ns2': MAPP_ECM_NAMESPACE, ...inner } },
	});
}

function soapFault(code: string, message: string, error?: MappError): string {
	const detail = error
		? {
				detail: {
					[`ns2:${error.exceptionType}`]: {
						'@xmlns:ns2': MAPP_ECM_NAMESPACE,
						...Object.fromEntries(
							Object.entries(error.fields).map(([key, value]) => [key, value === null ? undefined : value]),
						),
					},
				},
			}
		: {};
	return buildXml('S:Envelope', {
		'@xmlns:S': SOAP_ENVELOPE_NAMESPACE,
		'S:Body': { 'S:Fault': { faultcode: code, faultstring: message, ...detail } },
	});
}
