import type { IDataObject } from 'n8n-workflow';

import { asXmlElement, asXmlList, xmlText, type XmlParsed } from '../../../shared/codec';
import { NO_RESULT, type MappCall } from '../index';
import type { NameValue } from '../model';

/** Mapp's membership methods, each written once with its REST and SOAP encoding. */

export type SubscriptionMode = 'OPT_IN' | 'CONFIRMED_OPT_IN' | 'DOUBLE_OPT_IN';

/** A group member is named by contact (user) ID or by e-mail address: the two forms Mapp's membership methods take. */
export type Member = { contactId: string } | { email: string };

/** The member as Mapp's membership methods take it: by email (the …ByEmail methods) or by contact (user) ID. */
function memberArguments(member: Member): { suffix: '' | 'ByEmail'; who: { email: string } | { userId: string } } {
	return 'email' in member ? { suffix: 'ByEmail', who: { email: member.email } } : { suffix: '', who: { userId: member.contactId } };
}

export function membershipSubscribe(
	label: string,
	member: Member,
	groupId: string,
	subscriptionMode: SubscriptionMode,
): MappCall<void> {
	const { suffix, who } = memberArguments(member);
	return {
		label,
		idempotent: false,
		rest: { path: `/membership/subscribe${suffix}`, query: { ...who, groupId, subscriptionMode } },
		soap: { operation: `membershipSubscribe${suffix}`, body: { ...who, groupId, subscriptionMode } },
		read: NO_RESULT,
	};
}

export function membershipUnsubscribe(label: string, member: Member, groupId: string): MappCall<void> {
	const { suffix, who } = memberArguments(member);
	return {
		label,
		idempotent: false,
		rest: { path: `/membership/unsubscribe${suffix}`, query: { ...who, groupId } },
		soap: { operation: `membershipUnsubscribe${suffix}`, body: { ...who, groupId } },
		read: NO_RESULT,
	};
}

/** A membership as Mapp returns it (the WSDL's `membership`: userId, groupId, repeated attributes), IDs as strings. */
export interface Membership extends IDataObject {
	contactId: string;
	groupId: string;
	attributes: NameValue[];
}

function exactLong(value: unknown, what: string): string {
	const number = typeof value === 'string' && /^\d{1,16}$/.test(value.trim()) ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
		throw new Error(`the answer holds ${JSON.stringify(value)} as ${what}, which the node cannot read exactly`);
	}
	return String(number);
}

function readRestMembership(entry: unknown): Membership {
	if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new Error('the answer holds no membership');
	const json = entry as IDataObject;
	const attributes = Array.isArray(json.attributes) ? (json.attributes as IDataObject[]) : [];
	return {
		contactId: exactLong(json.userId, 'userId'),
		groupId: exactLong(json.groupId, 'groupId'),
		attributes: attributes.map((pair) => ({ name: String(pair.name), value: pair.value === undefined || pair.value === null ? null : String(pair.value) })),
	};
}

function readSoapMembership(value: XmlParsed): Membership {
	const element = asXmlElement(value);
	return {
		contactId: exactLong(xmlText(element.userId), 'userId'),
		groupId: exactLong(xmlText(element.groupId), 'groupId'),
		attributes: asXmlList(element.attributes).map((pair) => {
			const entry = asXmlElement(pair);
			return { name: xmlText(entry.name) ?? '', value: xmlText(entry.value) ?? null };
		}),
	};
}

/**
 * membership/get and membership/getByEmail (Mapp's "Get a membership"): `{userId, groupId, attributes}`. The v2-era
 * WSDL has no membershipGet (only membershipGetAttributes, without the IDs), so it goes over REST whichever API is
 * chosen.
 */
export function membershipGet(label: string, member: Member, groupId: string): MappCall<Membership> {
	const { suffix, who } = memberArguments(member);
	return {
		label,
		idempotent: true,
		rest: { method: 'GET', path: suffix === '' ? '/membership/get' : '/membership/getByEmail', query: { ...who, groupId } },
		read: { rest: readRestMembership },
	};
}

/**
 * membership/findAll and findAllByEmail: every group membership of one contact, REST a JSON array, SOAP repeated
 * `<memberships>` in membershipFindAll(ByEmail)Response (romankot/eCmConnector MembershipFindAllResponse.java).
 */
export function membershipFindAll(label: string, member: Member): MappCall<Membership[]> {
	const { suffix, who } = memberArguments(member);
	const operation = `membershipFindAll${suffix}`;
	return {
		label,
		idempotent: true,
		rest: { method: 'GET', path: `/membership/findAll${suffix}`, query: who },
		soap: {
			operation,
			body: who,
			arrays: [`${operation}Response.memberships`, `${operation}Response.memberships.attributes`],
		},
		read: {
			rest(body) {
				if (!Array.isArray(body)) throw new Error('the answer is not a list of memberships');
				return body.map(readRestMembership);
			},
			soap: (value) => asXmlList(asXmlElement(value).memberships).map(readSoapMembership),
		},
	};
}
