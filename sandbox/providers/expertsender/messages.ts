/**
 * The account's email messages: `GET /v2/Api/Messages[?tag=&startDate=&endDate=&type=]`, `GET /v2/Api/Messages/{id}
 * [?fullDetails=true]` ("Get messages list", help.expertsender.com/emp/api/methods/email-messages/get-messages-list)
 * and `GET /v2/Api/ActiveTransactionals` ("Get active transactionals", the API v2 documentation's
 * methods/email-messages/get-active-transactionals). The transactional entries are built from MESSAGES of
 * fixtures.ts, so that the catalogue and the sends of transactionals.ts agree on which message exists and is active.
 */
import type { SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { MESSAGES, NOW, type EsSentMessage } from './fixtures';
import { accountLists } from './lists';
import type { Route } from './routes';
import { INTEGER, Rejection, reply } from './xml';

/** The documented values of `type` ("Only return specific message types"). Deliberate copy of the page. */
export const MESSAGE_TYPES = [
	'Newsletter',
	'Autoresponder',
	'Trigger',
	'Transactional',
	'Confirmation',
	'Recurring',
	'Test',
	'FreeEmailPreview',
	'PaidEmailPreview',
	'WorkflowMessage',
] as const;

export type MessageType = (typeof MESSAGE_TYPES)[number];

/** A newsletter's sending state; "Pause or resume newsletter" names InProgress and Paused. */
export type MessageStatus = 'Scheduled' | 'InProgress' | 'Paused' | 'Finished';

export interface EsMessage {
	id: number;
	type: MessageType;
	fromName: string;
	fromEmail: string;
	replyToName?: string;
	replyToEmail?: string;
	subject: string;
	/** `YYYY-MM-DDTHH:MM:SS`, the business unit's time. */
	sentDate: string;
	status: MessageStatus;
	tags: string[];
	listIds: number[];
	segmentIds: number[];
	throttlingMethod: string;
	html?: string;
	plain?: string;
	/** Transactional messages only: which send resource takes it, and whether it is active. */
	transactional?: { kind: EsSentMessage['kind']; active: boolean };
}

const SHOP = { fromName: 'Acme Shop', fromEmail: 'news@acme.example', throttlingMethod: 'None' };

const SUBJECTS: Record<number, string> = {
	123: 'Your order confirmation',
	124: 'Your receipt (old design)',
	200: 'Reset your password',
	201: 'Confirm your new e-mail address',
};

/** One transactional catalogue entry for each message of MESSAGES, active as MESSAGES says. */
function transactionalMessages(): EsMessage[] {
	return (Object.keys(MESSAGES) as Array<EsSentMessage['kind']>).flatMap((kind) =>
		Object.entries(MESSAGES[kind]).map(([id, active]) => ({
			...SHOP,
			id: Number(id),
			type: 'Transactional' as const,
			subject: SUBJECTS[Number(id)] ?? `Transactional ${id}`,
			sentDate: '2026-01-10T08:00:00',
			status: 'InProgress' as const,
			tags: ['service'],
			listIds: [],
			segmentIds: [],
			html: `<p>${SUBJECTS[Number(id)] ?? 'Transactional'} *[tr_orderNo]*</p>`,
			transactional: { kind, active },
		})),
	);
}

function seeded(id: number, type: MessageType, subject: string, sentDate: string, extra: Partial<EsMessage> = {}): EsMessage {
	return { ...SHOP, id, type, subject, sentDate, status: 'Finished', tags: [], listIds: [1], segmentIds: [], html: `<h1>${subject}</h1>`, plain: subject, ...extra };
}

function seedMessages(): EsMessage[] {
	return [
		...transactionalMessages(),
		seeded(300, 'Newsletter', 'January deals', '2026-01-05T09:00:00', { tags: ['deals'], replyToName: 'Acme Support', replyToEmail: 'support@acme.example' }),
		seeded(301, 'Newsletter', 'Winter sale starts now', '2026-01-15T09:30:00', { status: 'InProgress', tags: ['sale', 'winter'], listIds: [1, 2], throttlingMethod: 'Auto' }),
		seeded(302, 'Newsletter', 'Weekly digest #2', '2026-01-14T07:00:00', { status: 'Paused', tags: ['digest'] }),
		seeded(400, 'Trigger', 'You left something in your cart', '2026-01-12T18:00:00', { status: 'InProgress', tags: ['cart'], listIds: [2] }),
		seeded(401, 'Trigger', 'Back in stock', '2026-01-13T11:00:00', { status: 'InProgress', tags: ['stock'], listIds: [2] }),
		seeded(500, 'Autoresponder', 'Welcome to Acme', '2026-01-02T10:00:00', { status: 'InProgress', tags: ['welcome'] }),
		seeded(600, 'Confirmation', 'Please confirm your subscription', '2026-01-02T10:00:00', { status: 'InProgress', listIds: [2] }),
		seeded(700, 'Recurring', 'Your weekly picks', '2026-01-12T06:00:00', { status: 'InProgress', tags: ['digest'] }),
		seeded(800, 'Test', '[TEST] January deals', '2026-01-04T16:00:00', { tags: ['deals'], listIds: [7] }),
	];
}

/** The account's messages: the seeded ones after a reset, and the newsletters created since (newsletters.ts). */
export function accountMessages(account: EsAccount): EsMessage[] {
	return account.state('messages', seedMessages);
}

export function findMessage(account: EsAccount, id: number): EsMessage | undefined {
	return accountMessages(account).find((message) => message.id === id);
}

/** Whether `id` is an active transactional message that `kind` (Transactionals or SystemTransactionals) sends. */
export function isActiveTransactional(account: EsAccount, kind: EsSentMessage['kind'], id: number): boolean {
	const message = findMessage(account, id);
	return message?.transactional?.kind === kind && message.transactional.active;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDate(query: URLSearchParams, name: string): string | undefined {
	const value = query.get(name);
	if (value === null) return undefined;
	const match = DATE.exec(value);
	const day = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
	if (!match || !day || day.getUTCDate() !== +match[3] || day.getUTCMonth() + 1 !== +match[2]) {
		throw new Rejection(400, `Parameter ${name} '${value}' is not a date in YYYY-MM-DD format.`);
	}
	return value;
}

function checkQuery(query: URLSearchParams, allowed: readonly string[]): void {
	for (const name of query.keys()) {
		if (name !== 'apiKey' && !allowed.includes(name)) throw new Rejection(400, `Unknown parameter ${name}.`);
	}
}

/** The answer's Message element of the list ("Message element children": Id, FromName, FromEmail, Subject, Type, SentDate, Tags). */
function listEntry(message: EsMessage) {
	return {
		Id: message.id,
		FromName: message.fromName,
		FromEmail: message.fromEmail,
		Subject: message.subject,
		Type: message.type,
		SentDate: message.sentDate,
		Tags: { Tag: message.tags },
	};
}

export function getMessages(account: EsAccount, query: URLSearchParams): SandboxResponse {
	checkQuery(query, ['tag', 'startDate', 'endDate', 'type']);
	const type = query.get('type');
	if (type !== null && !(MESSAGE_TYPES as readonly string[]).includes(type)) throw new Rejection(400, `Invalid message type '${type}'.`);
	const tag = query.get('tag');
	const startDate = readDate(query, 'startDate');
	const endDate = readDate(query, 'endDate');
	const messages = accountMessages(account).filter(
		(message) =>
			(type === null || message.type === type) &&
			(tag === null || message.tags.includes(tag)) &&
			// "messages sent before this date will not be returned"; endDate is its counterpart, the whole day included.
			(startDate === undefined || message.sentDate.slice(0, 10) >= startDate) &&
			(endDate === undefined || message.sentDate.slice(0, 10) <= endDate),
	);
	return reply(200, { Messages: { Message: messages.map(listEntry) } });
}

function named(account: EsAccount, ids: number[]) {
	return ids.map((id) => ({ Id: id, Name: accountLists(account).find((list) => list.id === id)?.name ?? `List ${id}` }));
}

export function getMessage(account: EsAccount, idText: string, query: URLSearchParams): SandboxResponse {
	checkQuery(query, ['fullDetails']);
	if (!INTEGER.test(idText)) throw new Rejection(400, `Message id ${idText} is not a number.`);
	const fullDetails = query.get('fullDetails');
	if (fullDetails !== null && fullDetails !== 'true' && fullDetails !== 'false') throw new Rejection(400, 'Parameter fullDetails must be true or false.');
	const message = findMessage(account, Number(idText));
	if (!message) throw new Rejection(400, `Message with id ${idText} does not exist.`);
	const details = fullDetails === 'true' ? { ReplyToName: message.replyToName, ReplyToEmail: message.replyToEmail, Html: message.html, Plain: message.plain } : {};
	return reply(200, {
		FromName: message.fromName,
		FromEmail: message.fromEmail,
		Subject: message.subject,
		Type: message.type,
		SentDate: message.sentDate,
		Status: message.status,
		Tags: { Tag: message.tags },
		Lists: { List: named(account, message.listIds) },
		Segments: { Segment: message.segmentIds.map((id) => ({ Id: id, Name: `Segment ${id}` })) },
		ThrottlingMethod: message.throttlingMethod,
		...details,
	});
}

/** "Get active transactionals": every active transactional message (sent or not), with its tags. */
export function getActiveTransactionals(account: EsAccount, query: URLSearchParams): SandboxResponse {
	checkQuery(query, []);
	const active = accountMessages(account).filter((message) => message.transactional?.active);
	return reply(200, { Transactionals: { Transactional: active.map((message) => ({ Id: message.id, Tags: { Tag: message.tags } })) } });
}

/** The business unit's clock as a message date (`YYYY-MM-DDTHH:MM:SS`). */
export function accountNow(account: EsAccount): string {
	return (account.clock.now ?? NOW).slice(0, 19);
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', resource: 'Messages', id: 'none', handle: ({ account, request }) => getMessages(account, request.query) },
	{ method: 'GET', resource: 'Messages', id: 'required', handle: ({ account, id, request }) => getMessage(account, id!, request.query) },
	{ method: 'GET', resource: 'ActiveTransactionals', id: 'none', handle: ({ account, request }) => getActiveTransactionals(account, request.query) },
];
