/**
 * Readers and builders of the Conversation resource (Bird's Conversations API, docs.bird.com "Conversations API" →
 * "API reference"): participants, recipients and the content of a conversation message, and the simplified output.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookupTable } from '../../shared/lookupTable';
import { invalidParameter, requiredString } from '../../shared/validation';
import { segment } from '../transport';
import { checkIdentifier } from './contact';
import {
	readFileContent,
	readHtmlContent,
	readImageContent,
	readMessageJson,
	readTemplateContent,
	readTextContent,
	type ContentReader,
	type PendingUpload,
} from './content';
import { uploadMedia } from './media';

/** "A list of up to 5 conversation participants" ("Create conversation"). */
export const MAX_PARTICIPANTS = 5;

/** One participant as the node's fields name it: a contact by ID or identifier, or a flow or user by ID. */
export interface ParticipantChoice {
	type: 'contact' | 'flow' | 'user';
	id?: string;
	identifier?: { key: string; value: string };
}

/** The fields of one participant (`entry`: a fixed-collection entry or the node's own fields), checked. */
export function readParticipant(context: IExecuteFunctions, itemIndex: number, entry: IDataObject, label: string, typeField = 'type'): ParticipantChoice {
	const type = String(entry[typeField] ?? 'contact') as ParticipantChoice['type'];
	const text = (name: string) => String(entry[name] ?? '').trim();
	if (type !== 'contact') {
		const id = text('participantId');
		if (id === '') throw invalidParameter(context, itemIndex, `${label}Flow or User ID`, 'is empty', `Enter the ID of the Bird ${type}.`);
		return { type, id };
	}
	if ((entry.identifyBy ?? 'identifier') === 'id') {
		const id = text('contactId');
		if (id === '') throw invalidParameter(context, itemIndex, `${label}Contact ID`, 'is empty', 'Enter the ID of a Bird contact, or identify the contact by an identifier.');
		return { type, id };
	}
	const chosenKey = text('identifierKey') || 'emailaddress';
	const key = chosenKey === 'custom' ? text('customIdentifierKey') : chosenKey;
	const value = text('identifierValue');
	if (key === '') throw invalidParameter(context, itemIndex, `${label}Custom Identifier Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
	if (value === '') throw invalidParameter(context, itemIndex, `${label}Identifier Value`, 'is empty', 'Enter the e-mail address, phone number or other identifier of the contact.');
	checkIdentifier(context, itemIndex, `${label}Identifier Value`, key, value);
	return { type, identifier: { key, value } };
}

/** Create's Participants as Bird's `ParticipantRef`s: `{id, type}`, or a contact as `{type, identifierKey, identifierValue}`. */
export function readParticipantRefs(context: IExecuteFunctions, itemIndex: number): IDataObject[] | undefined {
	const entries = context.getNodeParameter('participants.participant', itemIndex, []) as IDataObject[];
	if (entries.length === 0) return undefined;
	if (entries.length > MAX_PARTICIPANTS) {
		throw invalidParameter(context, itemIndex, 'Participants', `has ${entries.length} participants; Bird takes at most ${MAX_PARTICIPANTS}`, `Keep at most ${MAX_PARTICIPANTS} and add the others later with Add Participant.`);
	}
	return entries.map((entry, position) => {
		const participant = readParticipant(context, itemIndex, entry, `Participants (participant ${position + 1}) `);
		return participant.identifier
			? { type: 'contact', identifierKey: participant.identifier.key, identifierValue: participant.identifier.value }
			: { id: participant.id, type: participant.type };
	});
}

/** Add Participant's body, a `CreateParticipant`: a flow or user by ID, a contact by ID or by `contact` identifier. */
export function createParticipantBody(participant: ParticipantChoice, status: string | undefined): IDataObject {
	const identity: IDataObject = participant.identifier
		? { type: 'contact', contact: { identifierKey: participant.identifier.key, identifierValue: participant.identifier.value } }
		: { id: participant.id, type: participant.type };
	return status ? { ...identity, status } : identity;
}

/** The Recipients of a message; undefined when none are set (Bird then sends to the conversation's contacts). */
export function readRecipients(context: IExecuteFunctions, itemIndex: number): IDataObject[] | undefined {
	const entries = context.getNodeParameter('recipients.recipient', itemIndex, []) as IDataObject[];
	if (entries.length === 0) return undefined;
	return entries.map((entry, position) => {
		const label = `Recipients (recipient ${position + 1})`;
		const chosenKey = String(entry.identifierKey ?? 'emailaddress');
		const key = (chosenKey === 'custom' ? String(entry.customIdentifierKey ?? '') : chosenKey).trim();
		const value = String(entry.identifierValue ?? '').trim();
		if (key === '') throw invalidParameter(context, itemIndex, `${label} Custom Identifier Key`, 'is empty', 'Enter the identifier key, e.g. telegram.');
		if (value === '') throw invalidParameter(context, itemIndex, `${label} Identifier Value`, 'is empty', 'Enter the e-mail address, phone number or other identifier of the recipient.');
		checkIdentifier(context, itemIndex, `${label} Identifier Value`, key, value);
		return { identifierKey: key, identifierValue: value, type: String(entry.type ?? 'to') };
	});
}

/** The reader of each choice of Content: what goes into the message's `body` or `template` (helpers/content.ts). */
const CONTENT_READERS: Readonly<Record<string, ContentReader>> = lookupTable({
	text: readTextContent,
	html: readHtmlContent,
	image: readImageContent,
	file: readFileContent,
	template: readTemplateContent,
	json: readMessageJson,
});

/** A conversation message's content, read and checked before any request; files to upload are in `uploads`. */
export interface ConversationContent {
	content: IDataObject;
	uploads: PendingUpload[];
}

/** The Content (`label`: its display name) of an item, or undefined when it is None (Create's initial message). */
export async function readConversationContent(context: IExecuteFunctions, itemIndex: number, label: string): Promise<ConversationContent | undefined> {
	const choice = String(context.getNodeParameter('content', itemIndex, 'text'));
	if (choice === 'none') return undefined;
	const read = CONTENT_READERS[choice];
	if (read === undefined) {
		throw invalidParameter(context, itemIndex, label, `"${choice}" is not a known content type`, 'Choose Text, HTML Email, Image, File, Template or Custom JSON.');
	}
	const uploads: PendingUpload[] = [];
	return { content: await read(context, itemIndex, uploads), uploads };
}

/** Uploads the content's files (Bird's presigned media upload) and returns the `body` or `template` to send. */
export async function completeContent(context: IExecuteFunctions, itemIndex: number, content: ConversationContent, operation: string): Promise<IDataObject> {
	for (const upload of content.uploads) upload.apply(await uploadMedia.call(context, itemIndex, upload.file, operation));
	return content.content;
}

/** A date of a `dateTime` field as RFC 3339 (UTC), or undefined when empty. */
export function readDateTime(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	const time = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
	if (Number.isNaN(time)) {
		throw invalidParameter(context, itemIndex, label, `"${String(raw)}" is not a date and time`, 'Pick a date in the field, or map an ISO 8601 time such as 2026-01-01T10:00:00Z.');
	}
	return new Date(time).toISOString();
}

/** `/conversations/{id}` of the Conversation picker's value, encoded as one path segment. */
export function conversationPath(context: IExecuteFunctions, itemIndex: number): string {
	const id = requiredString(context, 'conversation', itemIndex, 'Conversation', 'Pick a conversation from the list or enter its ID.');
	return `/conversations/${segment(context, itemIndex, 'Conversation', id)}`;
}
