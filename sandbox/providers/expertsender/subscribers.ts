/** The Subscribers resource: `GET` (one subscriber, by option), `DELETE` (from a list or entirely), `POST` (add or update). */
import { asXmlElement, asXmlList, xmlText, type XmlElement, type XmlParsed, type XmlParsedElement } from '../../../nodes/shared/codec';
import { emptyResponse, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import {
	DETAIL_OPTIONS,
	FIELDS,
	MATCHING_MODES,
	MAX_SUBSCRIBERS,
	MODES,
	NOW,
	SUBSCRIBER_ORDER,
	type EsSubscriber,
} from './fixtures';
import { assertOrder, BOOLEAN, childNames, EMAIL, errorResponse, INTEGER, md5, Rejection, reply, rowErrorsResponse, text, VALUE_CHECKS } from './xml';
import { accountLists } from './lists';
import type { Route } from './routes';

function lookup(account: EsAccount, query: URLSearchParams): EsSubscriber | undefined {
	const all = [...account.subscribers.values()];
	if (query.has('id')) return account.subscribers.get(Number(query.get('id')));
	if (query.has('email')) return account.findByEmail(query.get('email')!);
	if (query.has('md5')) return all.find((s) => s.email && md5(s.email.toLowerCase()) === query.get('md5')!.toLowerCase());
	if (query.has('phone')) return all.find((s) => s.phone === query.get('phone'));
	if (query.has('customSubscriberId')) return all.find((s) => s.customSubscriberId === query.get('customSubscriberId'));
	throw new Rejection(400, 'One of email, id, md5, phone or customSubscriberId is required.');
}

export function getSubscriber(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const option = query.get('option') ?? 'Short';
	if (!DETAIL_OPTIONS.includes(option)) throw new Rejection(400, `Option ${option} is not supported.`);
	const subscriber = lookup(account, query);
	if (!subscriber) throw new Rejection(404, 'Subscriber not found.');
	const data: XmlElement = {
		Id: subscriber.id,
		Email: subscriber.email,
		Firstname: subscriber.firstname,
		Lastname: subscriber.lastname,
	};
	if (option === 'Long' || option === 'Full') {
		Object.assign(data, {
			Name: subscriber.name,
			Phone: subscriber.phone,
			CustomSubscriberId: subscriber.customSubscriberId,
			TrackingCode: subscriber.trackingCode,
			Vendor: subscriber.vendor,
			Ip: subscriber.ip,
			BlackList: false,
			StateOnLists: {
				StateOnList: [...subscriber.lists].map(([listId, state]) => ({
					ListId: listId,
					Name: accountLists(account).find((list) => list.id === listId)?.name,
					Status: state.status,
					SubscriptionDate: state.date,
				})),
			},
		});
	}
	if (option === 'Full') {
		data.Properties = {
			Property: [...subscriber.properties].map(([fieldId, value]) => {
				const field = FIELDS.find((candidate) => candidate.id === fieldId)!;
				const valueElement = { Text: 'StringValue', Number: 'IntValue', Money: 'DecimalValue', Boolean: 'BooleanValue', Date: 'DateValue', Datetime: 'DateTimeValue' }[field.type];
				return { Id: fieldId, Type: field.type, FriendlyName: field.name, Name: field.name, [valueElement]: value ?? undefined };
			}),
		};
	}
	if (option === 'EventsHistory') {
		data.Events = { Event: subscriber.events.map((event) => ({ Date: event.date, Type: event.type, MessageId: event.messageId })) };
	}
	if (option === 'SubscriptionsHistory') {
		data.Subscriptions = {
			Subscription: subscriber.subscriptions.map((entry) => ({ Date: entry.date, ListId: entry.listId, Type: entry.type })),
		};
	}
	return reply(200, data);
}

export function deleteSubscriber(account: EsAccount, id: string | undefined, query: URLSearchParams): SandboxResponse {
	let subscriber: EsSubscriber | undefined;
	if (id !== undefined) {
		if (!INTEGER.test(id)) throw new Rejection(400, `Subscriber id ${id} is not a number.`);
		subscriber = account.subscribers.get(Number(id));
	} else {
		const email = query.get('email');
		if (!email) throw new Rejection(400, 'Email or subscriber id is required.');
		subscriber = account.findByEmail(email);
	}
	if (!subscriber) throw new Rejection(404, 'Subscriber not found.');
	const listId = query.get('listId');
	if (listId !== null) {
		if (!subscriber.lists.delete(Number(listId))) throw new Rejection(404, 'Subscriber is not on the specified list.');
	} else {
		account.subscribers.delete(subscriber.id);
	}
	return emptyResponse(204);
}

/** `POST /v2/Api/Subscribers`: one `Data xsi:type="Subscriber"` or a `MultiData` of at most 100 `Subscriber`s. */
export function addSubscribers(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'ReturnData', 'VerboseErrors', 'Data', 'MultiData'], 'ApiRequest');
	for (const flag of ['ReturnData', 'VerboseErrors']) {
		if (flag in root && !BOOLEAN.test(text(root[flag]) ?? '')) throw new Rejection(400, `${flag} must be true or false.`);
	}
	const verbose = text(root.VerboseErrors) === 'true';
	let rows: XmlParsed[];
	if ('Data' in root === 'MultiData' in root) throw new Rejection(400, 'Either Data or MultiData is required.');
	if ('Data' in root) {
		if (asXmlElement(root.Data)['@xsi:type'] !== 'Subscriber') throw new Rejection(400, 'Data must have xsi:type="Subscriber".');
		rows = [root.Data];
	} else {
		const multi = asXmlElement(root.MultiData);
		if (childNames(multi).some((name) => name !== 'Subscriber')) throw new Rejection(400, 'MultiData may only contain Subscriber elements.');
		rows = asXmlList(multi.Subscriber);
		if (rows.length === 0) throw new Rejection(400, 'MultiData contains no Subscriber.');
	}
	if (rows.length > MAX_SUBSCRIBERS) {
		throw new Rejection(400, `Too many subscribers in one request (${rows.length}); the limit is ${MAX_SUBSCRIBERS}.`);
	}
	const problems: Array<{ row: number; message: string }> = [];
	rows.forEach((row, index) => {
		for (const message of subscriberProblems(account, asXmlElement(row))) problems.push({ row: index + 1, message });
	});
	// A request with a bad row adds none of its rows.
	if (problems.length > 0) {
		return verbose ? rowErrorsResponse(problems) : errorResponse(400, problems[0].message);
	}
	const results = rows.map((row) => applySubscriber(account, asXmlElement(row)));
	if (text(root.ReturnData) !== 'true') return emptyResponse(201);
	return reply(201, {
		SubscriberData: results.map((result) => ({
			Email: result.email,
			Id: result.id,
			WasAdded: result.wasAdded,
			WasIgnored: result.wasIgnored,
		})),
	});
}

function subscriberProblems(account: EsAccount, row: XmlParsedElement): string[] {
	const problems: string[] = [];
	try {
		assertOrder(row, SUBSCRIBER_ORDER, 'Subscriber');
	} catch (error) {
		return [(error as Error).message];
	}
	const value = (name: string) => text(row[name]);
	const mode = value('Mode') ?? 'AddAndUpdate';
	if (!MODES.includes(mode)) problems.push(`Mode ${mode} is not supported.`);
	const matchingMode = value('MatchingMode') ?? 'Email';
	if (!MATCHING_MODES.includes(matchingMode)) problems.push(`MatchingMode ${matchingMode} is not supported.`);
	for (const flag of ['Force', 'AllowUnsubscribed', 'AllowRemoved']) {
		if (flag in row && !BOOLEAN.test(value(flag) ?? '')) problems.push(`${flag} must be true or false.`);
	}
	const listId = value('ListId');
	if (listId === undefined) problems.push('ListId is required.');
	else if (!INTEGER.test(listId) || !accountLists(account).some((list) => list.id === Number(listId) && !list.seed)) {
		problems.push(`List with id ${listId} does not exist.`);
	}
	const email = value('Email');
	if (email !== undefined && !EMAIL.test(email)) problems.push(`Email ${email} is invalid.`);
	const id = value('Id');
	if (id !== undefined && !INTEGER.test(id)) problems.push(`Id ${id} is invalid.`);
	const phone = value('Phone');
	if (phone !== undefined && !/^\+?\d{1,20}$/.test(phone)) problems.push(`Phone ${phone} is invalid.`);
	const identifier = { Email: email, Id: id, Phone: phone, CustomSubscriberId: value('CustomSubscriberId') }[matchingMode];
	if (MATCHING_MODES.includes(matchingMode) && identifier === undefined) {
		problems.push(`${matchingMode === 'Id' ? 'Id' : matchingMode} is required for MatchingMode ${matchingMode}.`);
	}
	if (matchingMode === 'Id' && id !== undefined && !account.subscribers.has(Number(id)) && mode.startsWith('Add')) {
		problems.push(`Subscriber with id ${id} does not exist.`);
	}
	if ('Properties' in row) {
		const properties = asXmlElement(row.Properties);
		if (childNames(properties).some((name) => name !== 'Property')) problems.push('Properties may only contain Property elements.');
		for (const property of asXmlList(properties.Property)) problems.push(...propertyProblems(asXmlElement(property)));
	}
	return problems;
}

function propertyProblems(property: XmlParsedElement): string[] {
	try {
		assertOrder(property, ['Id', 'Value'], 'Property');
	} catch (error) {
		return [(error as Error).message];
	}
	const id = text(property.Id);
	const field = FIELDS.find((candidate) => String(candidate.id) === id);
	if (!field) return [`Property with id ${id ?? '(none)'} does not exist.`];
	if (!('Value' in property)) return [`Property ${id}: Value is required.`];
	const valueElement = property.Value;
	// xsi:nil="true" parses as null; its xsi:type cannot be read back, so a nil value is only checked for presence.
	if (valueElement === null) return [];
	const type = asXmlElement(valueElement)['@xsi:type'];
	if (typeof type !== 'string') return [`Property ${id}: Value must have an xsi:type.`];
	if (!(type in VALUE_CHECKS)) return [`Property ${id}: type ${type} is not supported.`];
	if (type !== field.xsType) return [`Property ${id} (${field.name}) is of type ${field.xsType}, not ${type}.`];
	const valueText = xmlText(valueElement) ?? '';
	if (!VALUE_CHECKS[type].test(valueText)) return [`Property ${id}: value ${valueText} is not a valid ${type}.`];
	return [];
}

function applySubscriber(account: EsAccount, row: XmlParsedElement): { email?: string; id: number; wasAdded: boolean; wasIgnored: boolean } {
	const value = (name: string) => text(row[name]);
	const mode = value('Mode') ?? 'AddAndUpdate';
	const matchingMode = value('MatchingMode') ?? 'Email';
	const listId = Number(value('ListId'));
	const all = () => [...account.subscribers.values()];
	const existing =
		matchingMode === 'Email'
			? account.findByEmail(value('Email')!)
			: matchingMode === 'Id'
				? account.subscribers.get(Number(value('Id')))
				: matchingMode === 'Phone'
					? all().find((s) => s.phone === value('Phone'))
					: all().find((s) => s.customSubscriberId === value('CustomSubscriberId'));
	if (existing) {
		const state = existing.lists.get(listId);
		const blocked = state?.status === 'Unsubscribed' && value('AllowUnsubscribed') !== 'true';
		if (mode.endsWith('Ignore') || blocked) return { email: existing.email, id: existing.id, wasAdded: false, wasIgnored: true };
		writeFields(existing, row, mode.endsWith('Replace'));
		account.addSubscriber(existing);
		joinList(existing, listId);
		return { email: existing.email, id: existing.id, wasAdded: false, wasIgnored: false };
	}
	if (mode.startsWith('Ignore')) return { email: value('Email'), id: 0, wasAdded: false, wasIgnored: true };
	const subscriber: EsSubscriber = {
		id: account.nextId++,
		properties: new Map(),
		lists: new Map(),
		events: [],
		subscriptions: [],
	};
	writeFields(subscriber, row, true);
	joinList(subscriber, listId);
	account.addSubscriber(subscriber);
	return { email: subscriber.email, id: subscriber.id, wasAdded: true, wasIgnored: false };
}

function joinList(subscriber: EsSubscriber, listId: number): void {
	if (subscriber.lists.get(listId)?.status === 'Active') return;
	subscriber.lists.set(listId, { status: 'Active', date: NOW });
	subscriber.subscriptions.push({ date: NOW, listId, type: 'Subscribed' });
}

function writeFields(subscriber: EsSubscriber, row: XmlParsedElement, replace: boolean): void {
	const fields: Array<[keyof EsSubscriber, string]> = [
		['email', 'Email'],
		['phone', 'Phone'],
		['customSubscriberId', 'CustomSubscriberId'],
		['firstname', 'Firstname'],
		['lastname', 'Lastname'],
		['trackingCode', 'TrackingCode'],
		['name', 'Name'],
		['vendor', 'Vendor'],
		['ip', 'Ip'],
	];
	for (const [key, element] of fields) {
		const value = text(row[element]);
		// Replace modes clear what is not given; the identifiers stay.
		if (value !== undefined) (subscriber as unknown as Record<string, unknown>)[key] = value;
		else if (replace && key !== 'email' && key !== 'phone' && key !== 'customSubscriberId') {
			(subscriber as unknown as Record<string, unknown>)[key] = undefined;
		}
	}
	if (replace) subscriber.properties.clear();
	for (const property of asXmlList(asXmlElement(row.Properties).Property)) {
		const element = asXmlElement(property);
		subscriber.properties.set(Number(text(element.Id)), element.Value === null ? null : (xmlText(element.Value) ?? ''));
	}
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', resource: 'Subscribers', id: 'none', handle: ({ account, request }) => getSubscriber(account, request.query) },
	{ method: 'DELETE', resource: 'Subscribers', id: 'optional', handle: ({ account, request, id }) => deleteSubscriber(account, id, request.query) },
	{ method: 'POST', resource: 'Subscribers', id: 'none', handle: ({ account, root }) => addSubscribers(account, root!) },
];
