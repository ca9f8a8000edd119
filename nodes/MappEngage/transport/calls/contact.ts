import type { XmlElement } from '../../../shared/codec';
import { NO_RESULT, type MappCall } from '../index';
import { rest, soap, type Contact, type ContactIdentifier, type ContactInput, type IdentifierType } from '../model';

/** Mapp's contact methods, each written once with its REST and SOAP encoding. */

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
