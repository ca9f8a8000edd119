/**
 * Prepared messages: message/sendSingle and message/sendTransactional of the Mapp Engage REST API
 * (messageSendSingle, messageSendTransactional in the SOAP API's WSDL), the second step of "Sending a Single Prepared
 * Email" and "Sending a Single Prepared SMS", answering 204.
 */
import type { MappAccount } from './account';
import { invalidParameter, missingParameter, noSuchObject, Unreadable } from './errors';
import type { Sendout } from './fixtures';
import { isBase64, LONG, nameValue, STRING, type Answer, type Args, type ContentArg, type Operation, type Schema, type Route } from './operation';
import { asObject, onlyKeys, optionalString, readRestPairs } from './rest';

const messageContent: Schema = {
	kind: 'sequence',
	children: [
		{ name: 'parameters', type: nameValue, min: 0, many: true },
		{
			name: 'attachments',
			type: {
				kind: 'sequence',
				children: [
					{ name: 'name', type: STRING, min: 1 },
					{ name: 'contentType', type: STRING, min: 1 },
					{ name: 'content', type: { kind: 'base64' }, min: 1 },
				],
			},
			min: 0,
			many: true,
		},
	],
};

export const messageSendSingle: Operation = {
	query: { messageId: 'long', recipientId: 'long', senderProfileName: 'string' },
	optional: ['senderProfileName'],
	body: (json) => ({ content: readRestContent(json) }),
	soap: [
		{ name: 'messageId', type: LONG, min: 1 },
		{ name: 'recipientId', type: LONG, min: 1 },
		{ name: 'additionalContent', type: messageContent, min: 1 },
		{ name: 'senderProfileName', type: STRING, min: 0 },
	],
	run: (account, args) => send(account, 'sendSingle', args),
};

export const messageSendTransactional: Operation = {
	query: { messageId: 'long', recipientId: 'long', externalTransactionFormula: 'string', senderProfileName: 'string' },
	optional: ['senderProfileName'],
	body: (json) => ({ content: readRestContent(json) }),
	soap: [
		{ name: 'messageId', type: LONG, min: 1 },
		{ name: 'externalTransactionFormula', type: STRING, min: 1 },
		{ name: 'recipientId', type: LONG, min: 1 },
		{ name: 'additionalContent', type: messageContent, min: 1 },
		{ name: 'senderProfileName', type: STRING, min: 0 },
	],
	run: (account, args) => send(account, 'sendTransactional', args),
};

function send(account: MappAccount, method: Sendout['method'], args: Args): Answer {
	const message = account.messages.get(Number(args.messageId));
	if (!message) throw noSuchObject('Message', 'messageId', args.messageId!, 'Prepared message');
	const contact = account.contactById(args.recipientId!, 'recipientId');
	if (method === 'sendTransactional' && args.externalTransactionFormula === undefined) {
		throw missingParameter('externalTransactionFormula');
	}
	// Sending adds the recipient to the message's group, without any opt-in.
	const group = account.groups.get(message.groupId)!;
	if (!group.has(contact.contactId)) group.set(contact.contactId, 'OPT_IN');
	account.sendouts.push({
		method,
		messageId: Number(args.messageId),
		contactId: contact.contactId,
		...(method === 'sendTransactional' ? { externalTransactionFormula: args.externalTransactionFormula } : {}),
		...(args.senderProfileName ? { senderProfileName: args.senderProfileName } : {}),
		parameters: args.content!.parameters,
		attachments: args.content!.attachments,
	});
	return {};
}

function readRestContent(json: unknown): ContentArg {
	const object = asObject(json, 'MessageContent');
	onlyKeys(object, ['parameters', 'attachments'], 'MessageContent');
	const attachments = object.attachments === undefined || object.attachments === null ? [] : object.attachments;
	if (!Array.isArray(attachments)) throw new Unreadable('Cannot deserialize value of type `ArrayList<Attachment>` from Object value');
	return {
		parameters: readRestPairs(object.parameters, 'Attribute'),
		attachments: attachments.map((entry) => {
			const attachment = asObject(entry, 'Attachment');
			onlyKeys(attachment, ['name', 'contentType', 'content'], 'Attachment');
			const fields = ['name', 'contentType', 'content'].map((key) => optionalString(attachment, key, 'Attachment'));
			fields.forEach((value, index) => {
				if (!value) throw missingParameter(['name', 'contentType', 'content'][index]);
			});
			const [name, contentType, content] = fields as string[];
			if (!isBase64(content)) throw invalidParameter('content', content.slice(0, 20), 'attachment content must be Base64');
			return { name, contentType, content };
		}),
	};
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', path: '/message/sendSingle', soap: 'messageSendSingle', handler: messageSendSingle },
	{ method: 'POST', path: '/message/sendTransactional', soap: 'messageSendTransactional', handler: messageSendTransactional },
];
