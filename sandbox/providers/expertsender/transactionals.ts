/** The Transactionals and SystemTransactionals resources: `POST /v2/Api/{resource}/{id}`. */
import { randomUUID } from 'node:crypto';

import { asXmlElement, asXmlList, type XmlParsedElement } from '../../../nodes/shared/codec';
import { emptyResponse, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { MESSAGES, NO_SUCH_RECEIVER, NOW, type EsSentMessage } from './fixtures';
import { assertOrder, BOOLEAN, childNames, EMAIL, INTEGER, isBase64Body, md5, Rejection, reply, text } from './xml';
import { accountLists } from './lists';
import type { Route } from './routes';

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
	assertOrder(receiver, ['Id', 'Email', 'EmailMd5', 'ListId', 'Bcc'], 'Receiver');
	const id = text(receiver.Id);
	const email = text(receiver.Email);
	const emailMd5 = text(receiver.EmailMd5);
	const listId = text(receiver.ListId);
	if (id === undefined && email === undefined && emailMd5 === undefined) {
		throw new Rejection(400, 'One of Id, Email or EmailMd5 is required in Receiver.');
	}
	if (id !== undefined && !INTEGER.test(id)) throw new Rejection(400, `Receiver Id ${id} is invalid.`);
	if (email !== undefined && !EMAIL.test(email)) throw new Rejection(400, `Receiver Email ${email} is invalid.`);
	if (emailMd5 !== undefined && !/^[0-9a-f]{32}$/i.test(emailMd5)) throw new Rejection(400, `Receiver EmailMd5 ${emailMd5} is invalid.`);
	if (listId !== undefined && !accountLists(account).some((list) => String(list.id) === listId)) throw new Rejection(400, `List with id ${listId} does not exist.`);
	const snippets = readSnippets(data);
	const attachments = readAttachments(data);

	const messageId = Number(idText);
	if (!MESSAGES[kind][messageId]) throw new Rejection(400, `Transactional message ${messageId} does not exist or is not active.`);
	// Id wins over Email and EmailMd5 when several are given.
	let subscriber =
		id !== undefined
			? account.subscribers.get(Number(id))
			: email !== undefined
				? account.findByEmail(email)
				: [...account.subscribers.values()].find((s) => s.email && md5(s.email.toLowerCase()) === emailMd5!.toLowerCase());
	if (kind === 'SystemTransactionals') {
		if (!subscriber && id === undefined && email !== undefined) {
			subscriber = { id: account.nextId++, email, properties: new Map(), lists: new Map(), events: [], subscriptions: [] };
			account.addSubscriber(subscriber);
		}
		if (!subscriber) throw new Rejection(400, NO_SUCH_RECEIVER);
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
