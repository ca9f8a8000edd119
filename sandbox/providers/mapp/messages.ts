/**
 * Prepared messages: message/sendSingle and message/sendTransactional of the Mapp Engage REST API
 * (messageSendSingle, messageSendTransactional in the SOAP API's WSDL), the second step of "Sending a Single Prepared
 * Email" and "Sending a Single Prepared SMS", answering 204.
 */
import type { MappAccount } from './account';
import { invalidParameter, missingParameter, noSuchObject, Unreadable } from './errors';
import type { Sendout } from './fixtures';
import { isBase64, LONG, nameValue, STRING, type Answer, type Args, type BodyArgs, type ContentArg, type NameValueArg, type Operation, type Schema, type Route } from './operation';
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

// ------------------------------------------------------------------ sendTransactionalWithEventDetails

/** One accepted send with event details: what Mapp's template would loop over. */
export interface EventDetailSendout {
	messageId: number;
	contactId: number;
	externalTransactionFormula: string;
	parameters: NameValueArg[];
	attachments: ContentArg['attachments'];
	transaction?: boolean;
	eventDetailsProcessing?: Record<string, string>;
	eventDetails: NameValueArg[][];
}

/** The sends with event details since the last reset, in order (kept in this file's own state). */
export function eventDetailSendouts(account: MappAccount): EventDetailSendout[] {
	return account.state('eventDetailSendouts', () => [] as EventDetailSendout[]);
}

interface EventDetailsBody {
	content: ContentArg;
	transaction?: boolean;
	processing?: Record<string, string>;
	eventDetails: NameValueArg[][];
}

/** The bound body rides along with the request's arguments (the REST binding merges what `body` returns into them). */
type EventDetailsArgs = Args & { eventDetailsBody?: EventDetailsBody };

/**
 * message/sendTransactionalWithEventDetails (docs.mapp.com apidocs, Message): TransactionalMessageContent
 * `{parameters, attachments, transaction?, eventDetailsProcessing?: {groupBy, groupLabel, valueField}, eventDetails:
 * [{itemDetails: [{name, value}]}]}`, keys case-sensitive ("not eventdetails but eventDetails"); 204. The REST API only:
 * the WSDL has no such operation.
 */
export const messageSendTransactionalWithEventDetails: Operation = {
	query: { messageId: 'long', recipientId: 'long', externalTransactionFormula: 'string' },
	body(json) {
		const eventDetailsBody = readEventDetailsBody(json);
		return { content: eventDetailsBody.content, eventDetailsBody } as BodyArgs;
	},
	run(account, args: EventDetailsArgs) {
		const body = args.eventDetailsBody!;
		const message = account.messages.get(Number(args.messageId));
		if (!message) throw noSuchObject('Message', 'id', args.messageId!);
		const contact = account.contactById(args.recipientId!, 'recipientId');
		const group = account.groups.get(message.groupId)!;
		if (!group.has(contact.contactId)) group.set(contact.contactId, 'OPT_IN');
		eventDetailSendouts(account).push({
			messageId: Number(args.messageId),
			contactId: contact.contactId,
			externalTransactionFormula: args.externalTransactionFormula!,
			parameters: body.content.parameters,
			attachments: body.content.attachments,
			...(body.transaction === undefined ? {} : { transaction: body.transaction }),
			...(body.processing ? { eventDetailsProcessing: body.processing } : {}),
			eventDetails: body.eventDetails,
		});
		return {};
	},
};

function readEventDetailsBody(json: unknown): EventDetailsBody {
	const object = asObject(json, 'TransactionalMessageContent');
	onlyKeys(object, ['parameters', 'attachments', 'transaction', 'eventDetailsProcessing', 'eventDetails'], 'TransactionalMessageContent');
	const { transaction, eventDetailsProcessing, eventDetails, ...content } = object;
	if (transaction !== undefined && transaction !== null && typeof transaction !== 'boolean') {
		throw new Unreadable('Cannot deserialize value of type `boolean` for TransactionalMessageContent.transaction');
	}
	return {
		content: readRestContent(content),
		transaction: typeof transaction === 'boolean' ? transaction : undefined,
		processing: readProcessing(eventDetailsProcessing),
		eventDetails: readEventDetailList(eventDetails),
	};
}

function readProcessing(value: unknown): Record<string, string> | undefined {
	if (value === undefined || value === null) return undefined;
	const object = asObject(value, 'EventDetailsProcessing');
	onlyKeys(object, ['groupBy', 'groupLabel', 'valueField'], 'EventDetailsProcessing');
	const fields: Record<string, string> = {};
	for (const key of ['groupBy', 'groupLabel', 'valueField']) {
		const text = optionalString(object, key, 'EventDetailsProcessing');
		if (text !== undefined && text !== null) fields[key] = text;
	}
	return fields;
}

function readEventDetailList(value: unknown): NameValueArg[][] {
	if (value === undefined || value === null) throw missingParameter('eventDetails');
	if (!Array.isArray(value)) throw new Unreadable('Cannot deserialize value of type `ArrayList<EventDetail>` from Object value');
	return value.map((entry) => {
		const detail = asObject(entry, 'EventDetail');
		onlyKeys(detail, ['itemDetails'], 'EventDetail');
		if (detail.itemDetails === undefined || detail.itemDetails === null) throw missingParameter('itemDetails');
		if (!Array.isArray(detail.itemDetails)) throw new Unreadable('Cannot deserialize value of type `ArrayList<Attribute>` from Object value');
		return readRestPairs(detail.itemDetails, 'Attribute');
	});
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', path: '/message/sendSingle', soap: 'messageSendSingle', handler: messageSendSingle },
	{ method: 'POST', path: '/message/sendTransactional', soap: 'messageSendTransactional', handler: messageSendTransactional },
	{ method: 'POST', path: '/message/sendTransactionalWithEventDetails', handler: messageSendTransactionalWithEventDetails },
];
