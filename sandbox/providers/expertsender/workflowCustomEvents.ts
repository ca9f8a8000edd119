/**
 * The WorkflowCustomEvents resource: `POST /v2/Api/WorkflowCustomEvents`, written from help.expertsender.com "Trigger
 * workflow custom event": a plain `<Data>` with CustomEventId (required), one of SubscriberId, SubscriberSegmentId,
 * CustomSubscriberId, CustomChannelId, SubscriberEmail, SubscriberEmailMd5, SubscriberEmailSha256, SubscriberPhone
 * (the first given wins, in this order) and DataFields/DataField{Name, Type, Value} with the types Text, Number, Date
 * (YYYY-MM-DD), Datetime (YYYY-MM-DD hh:mm:ss) and Boolean (true, false, 1, 0). 201 Created with an empty body.
 */
import { createHash } from 'node:crypto';

import { asXmlElement, asXmlList, type XmlParsedElement } from '../../../nodes/shared/codec';
import { emptyResponse, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import type { EsSubscriber } from './fixtures';
import type { Route } from './routes';
import { assertOrder, childNames, EMAIL, INTEGER, md5, Rejection, text } from './xml';

/** The custom events defined in the account's workflows, by ID (seeded; they are made in the workflow editor). */
export const CUSTOM_EVENTS: Record<number, string> = { 1: 'Completing a sale', 2: 'Cart abandoned' };

const DATA_ORDER = [
	'CustomEventId',
	'SubscriberId',
	'SubscriberSegmentId',
	'CustomSubscriberId',
	'CustomChannelId',
	'SubscriberEmail',
	'SubscriberEmailMd5',
	'SubscriberEmailSha256',
	'SubscriberPhone',
	'DataFields',
] as const;

const IDENTIFIERS = DATA_ORDER.slice(1, -1);

export interface EsCustomEvent {
	customEventId: number;
	subscriberId: number;
	dataFields: Array<{ name: string; type: string; value: string }>;
}

/** Every custom event ExpertSender accepted since the last reset, in request order. */
export function customEvents(account: EsAccount): EsCustomEvent[] {
	return account.state('customEvents', () => [] as EsCustomEvent[]);
}

function validDay(value: string): boolean {
	const [year, month, day] = value.slice(0, 10).split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const VALUE_CHECKS: Record<string, (value: string) => boolean> = {
	Text: () => true,
	Number: (value) => /^-?\d+(\.\d+)?$/.test(value),
	Date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && validDay(value),
	Datetime: (value) => /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value) && validDay(value),
	Boolean: (value) => /^(true|false|1|0)$/i.test(value),
};

function readDataFields(data: XmlParsedElement): EsCustomEvent['dataFields'] {
	if (!('DataFields' in data)) return [];
	const container = asXmlElement(data.DataFields);
	if (childNames(container).some((name) => name !== 'DataField')) throw new Rejection(400, 'DataFields may only contain DataField elements.');
	return asXmlList(container.DataField).map((entry) => {
		const field = asXmlElement(entry);
		assertOrder(field, ['Name', 'Type', 'Value'], 'DataField');
		const name = text(field.Name);
		const type = text(field.Type);
		const value = text(field.Value) ?? '';
		if (!name) throw new Rejection(400, 'DataField Name is required.');
		if (!type) throw new Rejection(400, `DataField ${name}: Type is required.`);
		const check = Object.prototype.hasOwnProperty.call(VALUE_CHECKS, type) ? VALUE_CHECKS[type] : undefined;
		if (!check) throw new Rejection(400, `DataField ${name}: type ${type} is not supported.`);
		if (!check(value)) throw new Rejection(400, `DataField ${name}: value "${value}" is not a valid ${type}.`);
		return { name, type, value };
	});
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The subscriber the first identifying element names, or undefined when none matches. */
function findSubscriber(account: EsAccount, name: string, value: string): EsSubscriber | undefined {
	const all = [...account.subscribers.values()];
	const lower = value.toLowerCase();
	if (name === 'SubscriberId') return account.subscribers.get(Number(value));
	if (name === 'SubscriberEmail') return account.findByEmail(value);
	if (name === 'CustomSubscriberId') return all.find((s) => s.customSubscriberId === value);
	if (name === 'SubscriberPhone') return all.find((s) => s.phone !== undefined && s.phone.replace(/^\+/, '') === value.replace(/^\+/, ''));
	if (name === 'SubscriberEmailMd5') return all.find((s) => s.email && md5(s.email.toLowerCase()) === lower);
	if (name === 'SubscriberEmailSha256') return all.find((s) => s.email && sha256(s.email.toLowerCase()) === lower);
	return undefined;
}

export function triggerCustomEvent(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'Data'], 'ApiRequest');
	if (!('Data' in root)) throw new Rejection(400, 'Data is required.');
	const data = asXmlElement(root.Data);
	if ('@xsi:type' in data) throw new Rejection(400, 'Data of a workflow custom event takes no xsi:type.');
	assertOrder(data, DATA_ORDER, 'Data');
	const eventId = text(data.CustomEventId);
	if (eventId === undefined) throw new Rejection(400, 'CustomEventId is required.');
	if (!INTEGER.test(eventId)) throw new Rejection(400, `CustomEventId ${eventId} is not a number.`);
	const identifier = IDENTIFIERS.find((name) => name in data);
	if (identifier === undefined) throw new Rejection(400, `Either ${IDENTIFIERS.join(', ')} has to be specified.`);
	const value = text(data[identifier]) ?? '';
	if ((identifier === 'SubscriberId' || identifier === 'SubscriberSegmentId') && !INTEGER.test(value)) throw new Rejection(400, `${identifier} ${value} is not a number.`);
	if (identifier === 'SubscriberEmail' && !EMAIL.test(value)) throw new Rejection(400, `SubscriberEmail ${value} is invalid.`);
	const dataFields = readDataFields(data);
	const customEventId = Number(eventId);
	if (!CUSTOM_EVENTS[customEventId]) throw new Rejection(400, `Custom event ${customEventId} does not exist.`);
	// Segments and custom channels are not emulated: the sandbox answers as for a subscriber it cannot find.
	const subscriber = findSubscriber(account, identifier, value);
	if (!subscriber) throw new Rejection(400, 'Subscriber not found.');
	customEvents(account).push({ customEventId, subscriberId: subscriber.id, dataFields });
	return emptyResponse(201);
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [{ method: 'POST', resource: 'WorkflowCustomEvents', id: 'none', handle: ({ account, root }) => triggerCustomEvent(account, root!) }];
