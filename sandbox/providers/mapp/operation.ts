/**
 * What an emulated method is, as both APIs see it: its REST binding (query parameters, JSON body), its SOAP binding
 * (the request's children in the WSDL's sequence order and cardinality), and what it does to the account.
 */
import type { XmlElement } from '../../../nodes/shared/codec';
import type { MappAccount } from './account';

export interface NameValueArg {
	name: string;
	value: string | null;
}

export interface ContactArg {
	contactId?: string;
	emailAddress?: string | null;
	mobileNumber?: string | null;
	applicationAlias?: string | null;
	identifier?: string | null;
	attributes: NameValueArg[];
}

export interface ContentArg {
	parameters: NameValueArg[];
	attachments: Array<{ name: string; contentType: string; content: string }>;
}

/** The arguments a request body (REST's JSON, SOAP's structured children) carries. */
export interface BodyArgs {
	identifier?: { type: string; value: string };
	contact?: ContactArg;
	content?: ContentArg;
}

/** The arguments of an emulated method, as both the REST and the SOAP layer hand them over. */
export type Args = Record<string, string | undefined> & BodyArgs;

/** A method's answer in both APIs. */
export interface Answer {
	/** The REST JSON body (200); without one REST answers empty with `status`. */
	json?: unknown;
	/** The status of an empty REST answer: 204 unless given. */
	status?: number;
	/** The children of the SOAP `<operation>Response` (none: an empty response element). */
	soap?: XmlElement;
}

export type Schema =
	| { kind: 'string' | 'long' | 'base64' }
	| { kind: 'enum'; values: string[] }
	| { kind: 'sequence'; children: Particle[] };

export interface Particle {
	name: string;
	type: Schema;
	min: 0 | 1;
	many?: boolean;
}

export const STRING: Schema = { kind: 'string' };
export const LONG: Schema = { kind: 'long' };
export const nameValue: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'name', type: STRING, min: 1 },
		{ name: 'value', type: STRING, min: 0 },
	],
};

/** How a REST query parameter is checked: a number, any text, a subscription mode, an identifier type. */
export type QueryKind = 'long' | 'string' | 'mode' | 'type';

export interface Operation {
	/** The REST query parameters; a method without it reads no arguments (neither its query nor its body). */
	query?: Record<string, QueryKind>;
	/** Query parameters that may be left out. */
	optional?: string[];
	/** Binds the REST JSON body; a method without it takes no body. */
	body?: (json: unknown) => BodyArgs;
	/** The SOAP request's children, for a method the SOAP API has. */
	soap?: Particle[];
	run(account: MappAccount, args: Args): Answer;
}

/** One row of the route table: the REST method and path (below `/api/rest/v19`), the SOAP operation, the handler. */
export interface Route {
	method: 'GET' | 'POST';
	path: string;
	/** The operation's element name in the WSDL, where the SOAP API has the method. */
	soap?: string;
	handler: Operation;
}

/** Base64 as the WSDL's xs:base64Binary takes it: whole quads, padding only at the end. */
export function isBase64(text: string): boolean {
	return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
