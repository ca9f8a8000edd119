/** The Transactionals and SystemTransactionals resources: `POST /v2/Api/{resource}/{id}`. */
import { createHash, randomUUID } from 'node:crypto';

import { asXmlElement, asXmlList, type XmlParsedElement } from '../../../nodes/shared/codec';
import { emptyResponse, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { NO_SUCH_RECEIVER, NOW, type EsSentMessage, type EsSubscriber } from './fixtures';
import { assertOrder, BOOLEAN, childNames, EMAIL, INTEGER, isBase64Body, md5, Rejection, reply, text } from './xml';
import { accountLists } from './lists';
import { isActiveTransactional } from './messages';
import type { Route } from './routes';

/**
 * The Receiver children in the documented orders: "Send transactional messages" (Id, Email, EmailMd5, ListId, Bcc)
 * and "Send system transactional messages", which adds EmailSha256, Firstname, Lastname, TrackingCode and Name after
 * EmailMd5 (help.expertsender.com/emp/api/methods/email-messages/send-system-transactional-messages).
 */
const RECEIVER_ORDER: Record<EsSentMessage['kind'], string[]> = {
	Transactionals: ['Id', 'Email', 'EmailMd5', 'ListId', 'Bcc'],
	SystemTransactionals: ['Id', 'Email', 'EmailMd5', 'EmailSha256', 'Firstname', 'Lastname', 'TrackingCode', 'Name', 'ListId', 'Bcc'],
};

function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/** `POST /v2/Api/Transactionals/{id}` and `/SystemTransactionals/{id}` (same body; the system variant creates or updates the receiver). */
export function sendTransactional(account: EsAccount, kind: EsSentMessage['kind'], idText: string, root: XmlParsedElement): SandboxResponse {
	if (!INTEGER.test(idText)) throw new Rejection(400, `Transactional message id ${idText} is not a number.`);
	assertOrder(root, ['ApiKey', 'Data'], 'ApiRequest');
	if (!('Data' in root)) throw new Rejection(400, 'Data is required.');
	const data = asXmlElement(root.Data);
	if ('@xsi:type' in data) throw new Rejection(400, 'Data of a transactional request takes no xsi:type.');
	assertOrder(data, ['ReturnGuid', 'Receiver', 'Snippets', 'Attachments'], 'Data');
	const returnGuid = text(data.ReturnGuid);
	if (returnGuid !== undefined && !BOOLEAN.test(returnGuid)) throw new Rejection(400, 'ReturnGuid must be true or false.');
	if (!('Receiver' in data)) throw new Rejection(400, 'Receiver is required.');
	const receiver = asXmlElement(data.Receiver);
	assertOrder(receiver, RECEIVER_ORDER[kind], 'Receiver');
	const id = text(receiver.Id);
	const email = text(receiver.Email);
	const emailMd5 = text(receiver.EmailMd5);
	const emailSha256 = text(receiver.EmailSha256);
	const listId = text(receiver.ListId);
	if (id === undefined && email === undefined && emailMd5 === undefined && emailSha256 === undefined) {
		throw new Rejection(400, kind === 'SystemTransactionals' ? 'One of Id, Email, EmailMd5 or EmailSha256 is required in Receiver.' : 'One of Id, Email or EmailMd5 is required in Receiver.');
	}
	if (id !== undefined && !INTEGER.test(id)) throw new Rejection(400, `Receiver Id ${id} is invalid.`);
	if (email !== undefined && !EMAIL.test(email)) throw new Rejection(400, `Receiver Email ${email} is invalid.`);
	if (emailMd5 !== undefined && !/^[0-9a-f]{32}$/i.test(emailMd5)) throw new Rejection(400, `Receiver EmailMd5 ${emailMd5} is invalid.`);
	if (emailSha256 !== undefined && !/^[0-9a-f]{64}$/i.test(emailSha256)) throw new Rejection(400, `Receiver EmailSha256 ${emailSha256} is invalid.`);
	if (listId !== undefined && !accountLists(account).some((list) => String(list.id) === listId)) throw new Rejection(400, `List with id ${listId} does not exist.`);
	const snippets = readSnippets(data);
	const attachments = readAttachments(data);

	const messageId = Number(idText);
	if (!isActiveTransactional(account, kind, messageId)) throw new Rejection(400, `Transactional message ${messageId} does not exist or is not active.`);
	// Id wins over Email and EmailMd5 when several are given.
	let subscriber =
		id !== undefined
			? account.subscribers.get(Number(id))
			: email !== undefined
				? account.findByEmail(email)
				: findByHash(account, emailMd5, emailSha256);
	if (kind === 'SystemTransactionals') {
		if (!subscriber && id === undefined && email !== undefined) {
			subscriber = { id: account.nextId++, email, properties: new Map(), lists: new Map(), events: [], subscriptions: [] };
			account.addSubscriber(subscriber);
		}
		if (!subscriber) throw new Rejection(400, NO_SUCH_RECEIVER);
		updateReceiver(subscriber, receiver);
	} else if (!subscriber || ![...subscriber.lists.values()].some((state) => state.status === 'Active')) {
		throw new Rejection(400, NO_SUCH_RECEIVER);
	}
	const guid = randomUUID();
	account.sent.push({
		kind,
		messageId,
		subscriberId: subscriber.id,
		listId: listId === undefined ? undefined : Number(listId),
		bcc: text(receiver.Bcc),
		snippets,
		attachments,
		guid,
	});
	subscriber.events.push({ date: NOW, type: 'Send', messageId });
	return returnGuid === 'true' ? reply(201, guid) : emptyResponse(201);
}

/** The subscriber whose lower-case e-mail has the given MD5 or SHA-256 hash. */
function findByHash(account: EsAccount, emailMd5: string | undefined, emailSha256: string | undefined): EsSubscriber | undefined {
	return [...account.subscribers.values()].find((s) => {
		if (!s.email) return false;
		const address = s.email.toLowerCase();
		return emailMd5 !== undefined ? md5(address) === emailMd5.toLowerCase() : sha256(address) === emailSha256!.toLowerCase();
	});
}

/** "If subscriber … is already present …, he is updated": the name fields and tracking code the receiver gives. */
function updateReceiver(subscriber: EsSubscriber, receiver: XmlParsedElement): void {
	const firstname = text(receiver.Firstname);
	const lastname = text(receiver.Lastname);
	const name = text(receiver.Name);
	const trackingCode = text(receiver.TrackingCode);
	if (firstname !== undefined) subscriber.firstname = firstname;
	if (lastname !== undefined) subscriber.lastname = lastname;
	if (name !== undefined) subscriber.name = name;
	if (trackingCode !== undefined) subscriber.trackingCode = trackingCode;
}

function readSnippets(data: XmlParsedElement): EsSentMessage['snippets'] {
	if (!('Snippets' in data)) return [];
	const container = asXmlElement(data.Snippets);
	if (childNames(container).some((name) => name !== 'Snippet')) throw new Rejection(400, 'Snippets may only contain Snippet elements.');
	return asXmlList(container.Snippet).map((entry) => {
		const snippet = asXmlElement(entry);
		assertOrder(snippet, ['Name', 'Value'], 'Snippet');
		const name = text(snippet.Name);
		if (!name) throw new Rejection(400, 'Snippet Name is required.');
		return { name, value: text(snippet.Value) ?? '' };
	});
}

function readAttachments(data: XmlParsedElement): EsSentMessage['attachments'] {
	if (!('Attachments' in data)) return [];
	const container = asXmlElement(data.Attachments);
	if (childNames(container).some((name) => name !== 'Attachment')) throw new Rejection(400, 'Attachments may only contain Attachment elements.');
	const names = new Set<string>();
	return asXmlList(container.Attachment).map((entry) => {
		const attachment = asXmlElement(entry);
		assertOrder(attachment, ['FileName', 'MimeType', 'Content'], 'Attachment');
		const fileName = text(attachment.FileName);
		if (!fileName) throw new Rejection(400, 'Attachment FileName is required.');
		if (names.has(fileName.toLowerCase())) throw new Rejection(400, `Attachment file name ${fileName} is not unique.`);
		names.add(fileName.toLowerCase());
		const content = (text(attachment.Content) ?? '').replace(/\s+/g, '');
		if (content === '' || content.length % 4 !== 0 || !isBase64Body(content)) {
			throw new Rejection(400, `Attachment ${fileName}: Content must be Base64 encoded.`);
		}
		const mimeType = text(attachment.MimeType) ?? 'application/octet-stream';
		if (!/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) throw new Rejection(400, `Attachment ${fileName}: MimeType ${mimeType} is invalid.`);
		return { fileName, mimeType, content: Buffer.from(content, 'base64') };
	});
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', resource: 'Transactionals', id: 'required', handle: ({ account, id, root }) => sendTransactional(account, 'Transactionals', id!, root!) },
	{
		method: 'POST',
		resource: 'SystemTransactionals',
		id: 'required',
		handle: ({ account, id, root }) => sendTransactional(account, 'SystemTransactionals', id!, root!),
	},
];
