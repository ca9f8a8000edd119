import type { IDataObject } from 'n8n-workflow';

import {
	asXmlElement,
	asXmlList,
	xmlText,
	type Base64Content,
	type XmlElement,
	type XmlParsed,
} from '../../shared/codec';
import { lookupTable } from '../../shared/lookupTable';

/**
 * Mapp's data types, independent of the wire: every operation is written once against these, and each type has a
 * REST (JSON) and a SOAP (XML object model) encoding. Decoding both gives the same value, so output items do not
 * depend on the API chosen.
 */

export const IDENTIFIER_TYPES = ['EMAIL', 'MOBILE', 'APP_ALIAS', 'EXTERNAL', 'ID'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export interface ContactIdentifier {
	type: IdentifierType;
	value: string;
}

export interface NameValue {
	name: string;
	value: string | null;
}

/** What is written to contact/create and contact/update. Standard attributes left undefined are left out. */
export interface ContactInput {
	contactId?: string;
	emailAddress?: string;
	mobileNumber?: string;
	applicationAlias?: string;
	identifier?: string;
	attributes: NameValue[];
}

/** A contact as Mapp returns it; absent standard attributes are null, absent lists empty. */
export interface Contact extends IDataObject {
	contactId: string | null;
	emailAddress: string | null;
	mobileNumber: string | null;
	applicationAlias: string | null;
	identifier: string | null;
	attributes: NameValue[];
	unifiedIdentifiers: NameValue[];
	channelAddresses: NameValue[];
}

export interface Attachment {
	name: string;
	contentType: string;
	/** The file, written as base64 in both encodings (encoded into the request body only when it is sent). */
	content: Base64Content;
}

/** MessageContent: the REST body of the send methods, and `additionalContent` in SOAP. */
export interface MessageContent {
	parameters: NameValue[];
	attachments: Attachment[];
}

/** How Mapp groups the event details in the message (`eventDetailsProcessing`); every field optional. */
export interface EventDetailsProcessing {
	groupBy?: string;
	groupLabel?: string;
	valueField?: string;
}

/** TransactionalMessageContent: MessageContent with the event details, each entry the item details of one item. */
export interface TransactionalContent extends MessageContent {
	transaction?: boolean;
	eventDetailsProcessing?: EventDetailsProcessing;
	eventDetails: NameValue[][];
}

/** The contact field that holds each kind of identifier. */
export const IDENTIFIER_FIELD: Record<IdentifierType, keyof ContactInput> = lookupTable({
	EMAIL: 'emailAddress',
	MOBILE: 'mobileNumber',
	APP_ALIAS: 'applicationAlias',
	EXTERNAL: 'identifier',
	ID: 'contactId',
});

// Schema order of the Contact type; SOAP is strict about it, REST keeps it for readability.
const STANDARD_FIELDS = ['contactId', 'emailAddress', 'mobileNumber', 'applicationAlias', 'identifier'] as const;

export const rest = {
	identifier(identifier: ContactIdentifier): IDataObject {
		return { type: identifier.type, value: identifier.value };
	},

	contact(contact: ContactInput): IDataObject {
		const body: IDataObject = {};
		for (const field of STANDARD_FIELDS) {
			const value = contact[field];
			if (value === undefined) continue;
			// contactId is an int64 in Mapp's JSON; the node only accepts IDs that are safe integers.
			body[field] = field === 'contactId' ? Number(value) : value;
		}
		body.attributes = contact.attributes.map(({ name, value }) => ({ name, value }));
		return body;
	},

	content(content: MessageContent): IDataObject {
		const body: IDataObject = { parameters: content.parameters.map(({ name, value }) => ({ name, value })) };
		if (content.attachments.length > 0) {
			body.attachments = content.attachments.map(({ name, contentType, content: data }) => ({
				name,
				contentType,
				content: data,
			}));
		}
		return body;
	},

	/** A list of Attribute (user/updateProfile*): `[{ name, value }]`, a null value kept as null (Mapp erases it). */
	attributes(attributes: NameValue[]): IDataObject[] {
		return attributes.map(({ name, value }) => ({ name, value }));
	},

	/**
	 * TransactionalMessageContent (message/sendTransactionalWithEventDetails): MessageContent plus the optional
	 * `transaction` and `eventDetailsProcessing`, and `eventDetails: [{ itemDetails: [{ name, value }] }]` (keys are
	 * case-sensitive, as Mapp's page stresses).
	 */
	transactionalContent(content: TransactionalContent): IDataObject {
		const body = rest.content(content);
		if (content.transaction !== undefined) body.transaction = content.transaction;
		if (content.eventDetailsProcessing) body.eventDetailsProcessing = { ...content.eventDetailsProcessing };
		body.eventDetails = content.eventDetails.map((itemDetails) => ({
			itemDetails: itemDetails.map(({ name, value }) => ({ name, value })),
		}));
		return body;
	},

	/** group/getPreparedMessages: a JSON array of longs (`[23541, 23542]`), read as ID strings like every other ID. */
	readMessageIds(body: unknown): string[] {
		if (!Array.isArray(body)) throw new Error('the answer is not a list of message IDs');
		return body.map((entry: unknown) => {
			// A long beyond 2^53 has lost digits in JSON.parse: an ID that cannot be read exactly must not be sent on.
			if (typeof entry !== 'number' || !Number.isSafeInteger(entry) || entry < 0) {
				throw new Error(`the answer holds ${JSON.stringify(entry)}, which is not a message ID the node can read exactly`);
			}
			return String(entry);
		});
	},

	readContact(body: unknown): Contact {
		const json = (body ?? {}) as IDataObject;
		if (typeof body !== 'object' || body === null || Array.isArray(body) || json.contactId === undefined || json.contactId === null) {
			throw new Error('the answer holds no contact with a contact ID');
		}
		const text = (value: unknown) =>
			value === undefined || value === null ? null : typeof value === 'string' ? value : String(value);
		const pairs = (value: unknown): NameValue[] =>
			Array.isArray(value)
				? (value as IDataObject[]).map((pair) => ({ name: String(pair.name), value: text(pair.value) }))
				: [];
		return {
			contactId: text(json.contactId),
			emailAddress: text(json.emailAddress),
			mobileNumber: text(json.mobileNumber),
			applicationAlias: text(json.applicationAlias),
			identifier: text(json.identifier),
			attributes: pairs(json.attributes),
			unifiedIdentifiers: pairs(json.unifiedIdentifiers),
			channelAddresses: pairs(json.channelAddresses),
		};
	},
};

export const soap = {
	identifier(identifier: ContactIdentifier): XmlElement {
		return { type: identifier.type, value: identifier.value };
	},

	contact(contact: ContactInput): XmlElement {
		const element: XmlElement = {};
		for (const field of STANDARD_FIELDS) element[field] = contact[field];
		// Lists are repeated elements without a wrapper.
		element.attributes = contact.attributes.map(({ name, value }) => ({ name, value: value ?? undefined }));
		return element;
	},

	content(content: MessageContent): XmlElement {
		return {
			parameters: content.parameters.map(({ name, value }) => ({ name, value: value ?? undefined })),
			attachments: content.attachments.map(({ name, contentType, content: data }) => ({
				name,
				contentType,
				content: data,
			})),
		};
	},

	/** Lists inside a response, for the parser (a single element must still be a list). */
	contactArrays: ['*.attributes', '*.unifiedIdentifiers', '*.channelAddresses'],

	/**
	 * groupGetPreparedMessagesResponse: the WSDL names its repeated long `messageIds` (@WebResult in romankot/eCmConnector
	 * Ecm.java; MappCTSAmericas/phpdmc reads `messageIds` too). `return`, the JAX-WS default name, is read as well, in
	 * case a newer WSDL leaves the name out.
	 */
	messageIdArrays: ['groupGetPreparedMessagesResponse.messageIds', 'groupGetPreparedMessagesResponse.return'],

	readMessageIds(value: XmlParsed): string[] {
		const element = asXmlElement(value);
		const entries = [...asXmlList(element.messageIds), ...asXmlList(element.return)];
		return entries.map((entry) => {
			const id = (xmlText(entry) ?? '').trim();
			if (!/^\d{1,16}$/.test(id) || !Number.isSafeInteger(Number(id))) {
				throw new Error(`the answer holds "${id}", which is not a message ID the node can read exactly`);
			}
			return id;
		});
	},

	readContact(value: XmlParsed): Contact {
		const element = asXmlElement(asXmlElement(value).return);
		if (!xmlText(element.contactId)) throw new Error('the answer holds no contact with a contact ID');
		const text = (field: XmlParsed | undefined) => xmlText(field) ?? null;
		const pairs = (list: XmlParsed | undefined): NameValue[] =>
			asXmlList(list).map((pair) => {
				const entry = asXmlElement(pair);
				return { name: xmlText(entry.name) ?? '', value: text(entry.value) };
			});
		return {
			contactId: text(element.contactId),
			emailAddress: text(element.emailAddress),
			mobileNumber: text(element.mobileNumber),
			applicationAlias: text(element.applicationAlias),
			identifier: text(element.identifier),
			attributes: pairs(element.attributes),
			unifiedIdentifiers: pairs(element.unifiedIdentifiers),
			channelAddresses: pairs(element.channelAddresses),
		};
	},
};
