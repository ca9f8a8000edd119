import type { IDataObject } from 'n8n-workflow';

import { asXmlElement, xmlText, type XmlParsed } from '../../../shared/codec';
import type { MappCall } from '../index';
import { rest, soap, type NameValue } from '../model';

/** Mapp's group methods, each written once with its REST and SOAP encoding (where the SOAP API has the method). */

/** A group as group/get answers it: `{id, name, description, email}` (the WSDL's `group` type, in that order). */
export interface Group extends IDataObject {
	id: string;
	name: string | null;
	description: string | null;
	email: string | null;
}

/** What group/create takes: the required query parameters of Mapp's "Create a group" and the optional description. */
export interface GroupInput {
	name: string;
	email: string;
	isoCountryCode: string;
	isoLanguageCode: string;
	isSuperGroup: boolean;
	description?: string;
}

/** A group ID as JSON gives it: a long that must be read exactly, or it must not be sent on. */
function exactId(entry: unknown, what: string): string {
	const text = typeof entry === 'string' ? entry.trim() : entry;
	const id = typeof text === 'string' && /^\d{1,16}$/.test(text) ? Number(text) : text;
	if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
		throw new Error(`the answer holds ${JSON.stringify(entry)}, which is not a ${what} the node can read exactly`);
	}
	return String(id);
}

function readRestGroup(body: unknown): Group {
	const json = (body ?? {}) as IDataObject;
	if (typeof body !== 'object' || body === null || Array.isArray(body) || json.id === undefined || json.id === null) {
		throw new Error('the answer holds no group with an ID');
	}
	const text = (value: unknown) => (value === undefined || value === null ? null : String(value));
	return { id: exactId(json.id, 'group ID'), name: text(json.name), description: text(json.description), email: text(json.email) };
}

function readSoapGroup(value: XmlParsed): Group {
	const element = asXmlElement(asXmlElement(value).group);
	const id = xmlText(element.id);
	if (!id) throw new Error('the answer holds no group with an ID');
	const text = (field: XmlParsed | undefined) => xmlText(field) ?? null;
	return { id: exactId(id, 'group ID'), name: text(element.name), description: text(element.description), email: text(element.email) };
}

/** group/get: REST `GET /group/get?groupId=`, SOAP groupGet answering `<group>` (romankot/eCmConnector GroupGetResponse.java). */
export function groupGet(label: string, groupId: string): MappCall<Group> {
	return {
		label,
		idempotent: true,
		rest: { method: 'GET', path: '/group/get', query: { groupId } },
		soap: { operation: 'groupGet', body: { groupId } },
		read: { rest: readRestGroup, soap: readSoapGroup },
	};
}

/**
 * group/create answers the new group's ID as a bare JSON long (Mapp's "Create a group": "Example response: 1900328197").
 * The v2-era WSDL has no groupCreate (reference notes §1.6), so it goes over REST whichever API is chosen.
 */
export function groupCreate(label: string, group: GroupInput): MappCall<string> {
	return {
		label,
		idempotent: false,
		rest: {
			path: '/group/create',
			query: {
				name: group.name,
				email: group.email,
				description: group.description,
				isoCountryCode: group.isoCountryCode,
				isoLanguageCode: group.isoLanguageCode,
				isSuperGroup: String(group.isSuperGroup),
			},
		},
		read: { rest: (body) => exactId(body, 'group ID') },
	};
}

/**
 * group/findIdsByAttributes: body `[{name, value}]` (group attributes only, not name or email), answer `[ids]`. Sent
 * over REST whichever API is chosen: the node reads one encoding of the list.
 */
export function groupFindIdsByAttributes(label: string, attributes: NameValue[]): MappCall<string[]> {
	return {
		label,
		idempotent: true,
		rest: { path: '/group/findIdsByAttributes', body: attributes.map(({ name, value }) => ({ name, value })) as unknown as IDataObject },
		read: {
			rest(body) {
				if (!Array.isArray(body)) throw new Error('the answer is not a list of group IDs');
				return body.map((entry: unknown) => exactId(entry, 'group ID'));
			},
		},
	};
}

/** Mapp's refusal of one group in group/archive's or group/activate's answer (code null: the group was changed). */
export interface EntityRefusal {
	code: string;
	message: string;
}

/** The answer's entry for the group: `{entityKey, code, message}`, code null on success. */
function readEntityResult(groupId: string) {
	return (body: unknown): EntityRefusal | undefined => {
		const results = Array.isArray(body) ? (body as IDataObject[]) : [];
		const result = results.find((entry) => entry !== null && typeof entry === 'object' && String(entry.entityKey) === groupId);
		if (!result) throw new Error(`the answer holds no result for group ${groupId}`);
		if (result.code === null || result.code === undefined) return undefined;
		return { code: String(result.code), message: String(result.message ?? result.code) };
	};
}

/**
 * group/archive and group/activate take a JSON array of group IDs (Mapp's "Archive groups": `["1800123820", …]`) and
 * answer one `{entityKey, code, message}` per group. Sent over REST whichever API is chosen.
 */
export function groupSetArchived(label: string, groupId: string, archived: boolean): MappCall<EntityRefusal | undefined> {
	return {
		label,
		// A change: not repeated after an ambiguous failure, like every other change the node makes.
		idempotent: false,
		rest: { path: archived ? '/group/archive' : '/group/activate', body: [Number(groupId)] as unknown as IDataObject },
		read: { rest: readEntityResult(groupId) },
	};
}

/**
 * The IDs of a group's prepared messages, the ones Send Prepared and Send Transactional can send. A read: REST
 * `GET /group/getPreparedMessages?groupId=` answers a JSON array of longs, SOAP repeated `<messageIds>` elements.
 */
export function groupGetPreparedMessages(label: string, groupId: string): MappCall<string[]> {
	return {
		label,
		idempotent: true,
		rest: { method: 'GET', path: '/group/getPreparedMessages', query: { groupId } },
		soap: { operation: 'groupGetPreparedMessages', body: { groupId }, arrays: soap.messageIdArrays },
		read: { rest: rest.readMessageIds, soap: soap.readMessageIds },
	};
}

