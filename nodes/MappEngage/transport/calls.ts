import type { XmlElement } from '../../shared/codec';
import { NO_RESULT, type MappCall } from './index';
import {
	rest,
	soap,
	type Contact,
	type ContactIdentifier,
	type ContactInput,
	type IdentifierType,
	type MessageContent,
} from './model';

/**
 * The Mapp methods this node uses, each written once with its REST and SOAP encoding. SOAP child order follows the
 * WSDL's sequences (messageSendTransactional: messageId, externalTransactionFormula, recipientId, additionalContent).
 */

export type SubscriptionMode = 'OPT_IN' | 'CONFIRMED_OPT_IN' | 'DOUBLE_OPT_IN';

/** A group member is named by contact (user) ID or by e-mail address: the two forms Mapp's membership methods take. */
export type Member = { contactId: string } | { email: string };

const contactRead = { rest: rest.readContact, soap: soap.readContact };

/** A contact method that Mapp answers with the contact: read the same way over both APIs, its lists as arrays. */
function contactAnswer(
	label: string,
	idempotent: boolean,
	restCall: MappCall<Contact>['rest'],
	soapCall: { operation: string; body: XmlElement },
): MappCall<Contact> {
	return { label, idempotent, rest: restCall, soap: { ...soapCall, arrays: soap.contactArrays }, read: contactRead };
}

export function contactGet(label: string, identifier: ContactIdentifier): MappCall<Contact> {
	return contactAnswer(
		label,
		true,
		{ path: '/contact/get', body: rest.identifier(identifier) },
		{ operation: 'contactGet', body: { identifier: soap.identifier(identifier) } },
	);
}

export function contactCreate(label: string, contact: ContactInput): MappCall<Contact> {
	return contactAnswer(
		label,
		false,
		{ path: '/contact/create', body: rest.contact(contact) },
		{ operation: 'contactCreate', body: { contact: soap.contact(contact) } },
	);
}

export function contactUpdate(label: string, identifierType: IdentifierType, contact: ContactInput): MappCall<Contact> {
	return contactAnswer(
		label,
		// Not repeated after an ambiguous failure, like every other change: the update replaces the standard
		// attributes, so a late repeat could undo a change made to the contact in between.
		false,
		{ path: '/contact/update', query: { identifierType }, body: rest.contact(contact) },
		{ operation: 'contactUpdate', body: { identifierType, contact: soap.contact(contact) } },
	);
}

export function contactDelete(label: string, identifier: ContactIdentifier): MappCall<void> {
	return {
		label,
		// A repeat after a processed delete would report NO_SUCH_OBJECT for a contact that was deleted.
		idempotent: false,
		rest: { path: '/contact/delete', body: rest.identifier(identifier) },
		soap: { operation: 'contactDelete', body: { identifier: soap.identifier(identifier) } },
		read: NO_RESULT,
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

export interface Sending {
	messageId: string;
	recipientId: string;
	content: MessageContent;
	senderProfileName?: string;
}

export function messageSendSingle(label: string, sending: Sending): MappCall<void> {
	const { messageId, recipientId, content, senderProfileName } = sending;
	return {
		label,
		idempotent: false,
		rest: {
			path: '/message/sendSingle',
			// Older docs call it `senderProfile`; the current ones `senderProfileName`.
			query: { messageId, recipientId, senderProfileName },
			body: rest.content(content),
		},
		soap: {
			operation: 'messageSendSingle',
			// additionalContent is required by the schema, so it is sent even when empty. senderProfileName is not in
			// the v2-era WSDL the reference quotes; newer versions take it as the REST query does, so it goes last and
			// only when set.
			body: { messageId, recipientId, additionalContent: soap.content(content), senderProfileName },
		},
		read: NO_RESULT,
	};
}

export function messageSendTransactional(
	label: string,
	sending: Sending & { externalTransactionFormula: string },
): MappCall<void> {
	const { messageId, recipientId, content, senderProfileName, externalTransactionFormula } = sending;
	return {
		label,
		idempotent: false,
		rest: {
			path: '/message/sendTransactional',
			query: { messageId, recipientId, externalTransactionFormula, senderProfileName },
			body: rest.content(content),
		},
		soap: {
			operation: 'messageSendTransactional',
			body: {
				messageId,
				externalTransactionFormula,
				recipientId,
				additionalContent: soap.content(content),
				senderProfileName,
			},
		},
		read: NO_RESULT,
	};
}

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
