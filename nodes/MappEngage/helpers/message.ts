import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readBinaryForBase64 } from '../../shared/binary';
import { splitList } from '../../shared/records';
import { contactGet } from '../transport/calls';
import { callMapp, mappAnswerError } from '../transport';
import type { Attachment, ContactIdentifier, MessageContent } from '../transport/model';
import { readIdentifier, readMappId } from './identifier';
import { readNameValues } from './values';

export interface Recipient {
	contactId: string;
	/** Set when the contact was looked up by identifier. */
	lookedUpBy?: ContactIdentifier;
}

/**
 * The two steps of Mapp's "Sending a Single Prepared Email" and "Sending a Single Prepared SMS" pages (contact/get,
 * then message/sendSingle) in one: with an identifier the contact is fetched with contact/get first (Mapp's send
 * methods take only a contact ID), and an unknown contact fails there, before anything is sent.
 */
export async function readRecipient(this: IExecuteFunctions, itemIndex: number, label: string): Promise<Recipient> {
	const by = this.getNodeParameter('recipientBy', itemIndex) as 'contactId' | 'identifier';
	if (by === 'contactId') return { contactId: readMappId(this, 'recipientId', itemIndex, 'Contact ID') };
	const identifier = readIdentifier(this, itemIndex);
	const contact = await callMapp(this, itemIndex, contactGet(label, identifier));
	if (!contact.contactId) {
		throw mappAnswerError(
			this,
			itemIndex,
			label,
			`Mapp returned the contact "${identifier.value}" without a contact ID`,
			'Nothing was sent. Send to the contact by Contact ID instead.',
		);
	}
	return { contactId: contact.contactId, lookedUpBy: identifier };
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
		...extra,
		...(input.senderProfileName ? { senderProfileName: input.senderProfileName } : {}),
		parameters: input.content.parameters.map(({ name, value }) => ({ name, value })),
		attachments: input.attachmentSummary,
	};
}
