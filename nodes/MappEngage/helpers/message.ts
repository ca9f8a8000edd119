import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { readBinaryForBase64 } from '../../shared/binary';
import { splitList } from '../../shared/records';
import { contactCreate, contactGet } from '../transport/calls';
import { callMapp, mappAnswerError } from '../transport';
import { IDENTIFIER_FIELD, type Attachment, type Contact, type ContactIdentifier, type ContactInput, type MessageContent, type NameValue } from '../transport/model';
import { readIdentifier, readMappId } from './identifier';
import { readNameValues } from './values';

export interface Recipient {
	contactId: string;
	/** Set when the contact was looked up by identifier. */
	lookedUpBy?: ContactIdentifier;
	/** Set when Create Contact If Missing is on: whether the contact was created for this send. */
	contactCreated?: boolean;
}

/**
 * The two steps of Mapp's "Sending a Single Prepared Email" and "Sending a Single Prepared SMS" pages (contact/get,
 * then message/sendSingle) in one: with an identifier the contact is fetched with contact/get first (Mapp's send
 * methods take only a contact ID), and an unknown contact fails there, before anything is sent, unless Create Contact
 * If Missing is on.
 */
export async function readRecipient(this: IExecuteFunctions, itemIndex: number, label: string): Promise<Recipient> {
	const by = this.getNodeParameter('recipientBy', itemIndex) as 'contactId' | 'identifier';
	if (by === 'contactId') return { contactId: readMappId(this, 'recipientId', itemIndex, 'Contact ID') };
	const identifier = readIdentifier(this, itemIndex);
	const createIfMissing = this.getNodeParameter('createIfMissing', itemIndex, false) as boolean;
	if (!createIfMissing) {
		const contact = await callMapp(this, itemIndex, contactGet(label, identifier));
		return { contactId: knownContactId(this, itemIndex, label, identifier, contact), lookedUpBy: identifier };
	}
	// Read before the look-up, so that a bad attribute stops the item before any request.
	const attributes = readNameValues(this, 'creationAttributes', itemIndex, 'Attributes on Creation');
	const { contact, created } = await getOrCreateContact(this, itemIndex, label, identifier, attributes);
	return { contactId: knownContactId(this, itemIndex, label, identifier, contact), lookedUpBy: identifier, contactCreated: created };
}

function knownContactId(context: IExecuteFunctions, itemIndex: number, label: string, identifier: ContactIdentifier, contact: Contact): string {
	if (contact.contactId) return contact.contactId;
	throw mappAnswerError(
		context,
		itemIndex,
		label,
		`Mapp returned the contact "${identifier.value}" without a contact ID`,
		'Nothing was sent. Send to the contact by Contact ID instead.',
	);
}

function hasCode(error: unknown, code: string): boolean {
	return error instanceof NodeApiError && (error.errorResponse as JsonObject | undefined)?.code === code;
}

/**
 * contact/get; only its definite NO_SUCH_OBJECT leads to contact/create (with the identifier as its standard
 * attribute). The create is never repeated: if it is refused with OBJECT_ALREADY_EXISTS (made in between by someone
 * else), the contact is fetched again and used as found.
 */
async function getOrCreateContact(
	context: IExecuteFunctions,
	itemIndex: number,
	label: string,
	identifier: ContactIdentifier,
	attributes: NameValue[],
): Promise<{ contact: Contact; created: boolean }> {
	const found = await callMapp(context, itemIndex, contactGet(label, identifier)).catch((error: Error) => error);
	if (!(found instanceof Error)) return { contact: found, created: false };
	if (!hasCode(found, 'NO_SUCH_OBJECT')) throw found;
	const input: ContactInput = { [IDENTIFIER_FIELD[identifier.type]]: identifier.value, attributes };
	const created = await callMapp(context, itemIndex, contactCreate(label, input)).catch((error: Error) => error);
	if (!(created instanceof Error)) return { contact: created, created: true };
	if (!hasCode(created, 'OBJECT_ALREADY_EXISTS')) throw created;
	return { contact: await callMapp(context, itemIndex, contactGet(label, identifier)), created: false };
}

export interface ContentInput {
	content: MessageContent;
	senderProfileName?: string;
	/** Attachment metadata for the output item (the content itself is not repeated there). */
	attachmentSummary: IDataObject[];
}

/** Everything read from the parameters before any request: a bad value stops the item before the lookup. */
export async function readContent(this: IExecuteFunctions, itemIndex: number): Promise<ContentInput> {
	const parameters = readNameValues(this, 'parameters', itemIndex, 'Parameters');
	const options = this.getNodeParameter('options', itemIndex, {}) as { attachments?: string; senderProfileName?: string };
	const attachments: Attachment[] = [];
	const attachmentSummary: IDataObject[] = [];
	const names = splitList(options.attachments);
	for (const name of names) {
		const file = await readBinaryForBase64(this, itemIndex, name, 'Options > Attachments');
		// Mapp requires a content type on every attachment.
		const contentType = file.mimeType ?? 'application/octet-stream';
		// Read and encoded straight into the request body when it is sent: no copy or base64 string of the file is made.
		attachments.push({ name: file.fileName, contentType, content: file.content });
		attachmentSummary.push({ name: file.fileName, contentType, size: file.size });
	}
	const senderProfileName = String(options.senderProfileName ?? '');
	return {
		content: { parameters, attachments },
		senderProfileName: senderProfileName.trim() === '' ? undefined : senderProfileName,
		attachmentSummary,
	};
}

/** The output item of a send: Mapp answers 204 with nothing, so the item says what was sent to whom. */
export function sentItem(
	messageId: string,
	recipient: Recipient,
	input: ContentInput,
	extra: IDataObject = {},
): IDataObject {
	return {
		sent: true,
		messageId,
		contactId: recipient.contactId,
		...(recipient.lookedUpBy
			? { identifierType: recipient.lookedUpBy.type, identifierValue: recipient.lookedUpBy.value }
			: {}),
		...(recipient.contactCreated === undefined ? {} : { contactCreated: recipient.contactCreated }),
		...extra,
		...(input.senderProfileName ? { senderProfileName: input.senderProfileName } : {}),
		parameters: input.content.parameters.map(({ name, value }) => ({ name, value })),
		attachments: input.attachmentSummary,
	};
}

/** The TMID as given (Mapp keeps it as it stands); an empty one is the literal "null" Mapp documents for "no TMID available". */
export function readExternalTransactionFormula(context: IExecuteFunctions, itemIndex: number): string {
	const formula = String(context.getNodeParameter('externalTransactionFormula', itemIndex, '') ?? '');
	return formula.trim() === '' ? 'null' : formula;
}
