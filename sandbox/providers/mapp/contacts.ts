/**
 * Contacts: contact/get, contact/create, contact/update and contact/delete of the Mapp Engage REST API (contactGet,
 * contactCreate, contactUpdate, contactDelete in the SOAP API's WSDL). "Sending a Single Prepared Email" and "Sending
 * a Single Prepared SMS" start with contact/get, and an unknown contact is 400 NO_SUCH_OBJECT.
 */
import type { XmlElement } from '../../../nodes/shared/codec';
import type { MappAccount } from './account';
import { alreadyExists, invalidParameter, missingParameter, noSuchObject, Unreadable } from './errors';
import { IDENTIFIER_TYPES, type StoredContact } from './fixtures';
import { LONG, nameValue, STRING, type Answer, type Args, type ContactArg, type Operation, type Schema, type Route } from './operation';
import { asObject, onlyKeys, optionalString, readRestPairs } from './rest';

const identifierType: Schema = { kind: 'enum', values: IDENTIFIER_TYPES };
const contactIdentifier: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'type', type: identifierType, min: 1 },
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

export const contactGet: Operation = {
	query: {},
	body: (json) => ({ identifier: readRestIdentifier(json) }),
	soap: [{ name: 'identifier', type: contactIdentifier, min: 1 }],
	run: (account, args) => contactAnswer(identifiedContact(account, args)),
};

export const contactCreate: Operation = {
	query: {},
	body: (json) => ({ contact: readRestContact(json) }),
	soap: [{ name: 'contact', type: contactType, min: 1 }],
	run(account, args) {
		const contact = createContact(account, args.contact!);
		account.changes.push(`create:${contact.contactId}`);
		return contactAnswer(contact);
	},
};

export const contactUpdate: Operation = {
	query: { identifierType: 'type' },
	body: (json) => ({ contact: readRestContact(json) }),
	soap: [
		{ name: 'identifierType', type: identifierType, min: 1 },
		{ name: 'contact', type: contactType, min: 1 },
	],
	run: (account, args) => contactAnswer(updateContact(account, args.identifierType!, args.contact!)),
};

/** REST answers a delete with an empty 200, not the 204 of the other methods. */
export const contactDelete: Operation = {
	query: {},
	body: (json) => ({ identifier: readRestIdentifier(json) }),
	soap: [{ name: 'identifier', type: contactIdentifier, min: 1 }],
	run(account, args) {
		const contact = identifiedContact(account, args);
		account.contacts.delete(contact.contactId);
		for (const members of account.groups.values()) members.delete(contact.contactId);
		account.changes.push(`delete:${contact.contactId}`);
		return { status: 200 };
	},
};

/** The contact the request's ContactIdentifier names; an unknown one is NO_SUCH_OBJECT. */
function identifiedContact(account: MappAccount, args: Args): StoredContact {
	const { type, value } = args.identifier!;
	const contact = account.findContact(type, value);
	if (!contact) throw noSuchObject('Contact', 'identifier', value);
	return contact;
}

function createContact(account: MappAccount, input: ContactArg): StoredContact {
	if (input.contactId !== undefined) throw invalidParameter('contactId', input.contactId, 'Mapp assigns contact IDs');
	const keys: Array<[string, string | null | undefined]> = [
		['EMAIL', input.emailAddress],
		['MOBILE', input.mobileNumber],
		['APP_ALIAS', input.applicationAlias],
		['EXTERNAL', input.identifier],
	];
	if (keys.every(([, value]) => !value)) throw missingParameter('emailAddress');
	for (const [type, value] of keys) {
		if (value && account.findContact(type, value)) throw alreadyExists('Contact', 'identifier', value, 'Such contact already exists');
	}
	const contact: StoredContact = {
		contactId: account.newContactId(),
		emailAddress: input.emailAddress ?? null,
		mobileNumber: input.mobileNumber ?? null,
		applicationAlias: input.applicationAlias ?? null,
		identifier: input.identifier ?? null,
		attributes: input.attributes.map((pair) => ({ ...pair })),
	};
	account.contacts.set(contact.contactId, contact);
	return contact;
}

/** Mapp's contact/update replaces the standard attributes: any left out are cleared. Attributes are merged. */
function updateContact(account: MappAccount, identifierType: string, input: ContactArg): StoredContact {
	const field = {
		EMAIL: 'emailAddress',
		MOBILE: 'mobileNumber',
		APP_ALIAS: 'applicationAlias',
		EXTERNAL: 'identifier',
		ID: 'contactId',
	}[identifierType] as keyof ContactArg;
	const key = input[field] as string | null | undefined;
	if (!key) throw missingParameter(field);
	const contact = account.findContact(identifierType, key);
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
	if (after !== before) account.changes.push(`update:${contact.contactId}:${after}`);
	return contact;
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

/** A contact in both APIs' answers: REST's JSON Contact, the WSDL's `<return>` element. */
function contactAnswer(contact: StoredContact): Answer {
	return { json: restContact(contact), soap: { return: soapContact(contact) } };
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

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', path: '/contact/get', soap: 'contactGet', handler: contactGet },
	{ method: 'POST', path: '/contact/create', soap: 'contactCreate', handler: contactCreate },
	{ method: 'POST', path: '/contact/update', soap: 'contactUpdate', handler: contactUpdate },
	{ method: 'POST', path: '/contact/delete', soap: 'contactDelete', handler: contactDelete },
];
