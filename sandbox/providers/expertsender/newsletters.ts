/**
 * The Newsletters resource. `POST /v2/Api/Newsletters`, "Create and send newsletter"
 * (help.expertsender.com/emp/api/methods/email-messages/create-and-send-newsletter): `Data` with a required
 * `Recipients` (SubscriberLists, SubscriberSegments, SeedLists, SuppressionLists, ExcludedLists, ExcludedSegments, each
 * an array of integer elements; at least one subscriber list, segment or seed list), a required `Content` (FromName,
 * FromEmail, ReplyToName, ReplyToEmail, Subject, Html, Plain, AmpHtml, … with Html or Plain, AMP HTML only beside one
 * of them) and the optional `DeliverySettings`; the answer is 201 `<Data>ID</Data>`. `POST /v2/Api/Newsletters/{id}`,
 * "Pause or resume newsletter": `<Action>PauseMessage|ResumeMessage</Action>` right after `ApiKey`; only an InProgress
 * newsletter can be paused and only a Paused one resumed; the answer is always `<Data>0</Data>`.
 */
import { asXmlElement, asXmlList, type XmlParsedElement } from '../../../nodes/shared/codec';
import type { SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { accountLists } from './lists';
import { accountMessages, accountNow, findMessage, type EsMessage } from './messages';
import type { Route } from './routes';
import { assertOrder, childNames, EMAIL, INTEGER, Rejection, reply, text, VALUE_CHECKS } from './xml';

/** The documented orders (deliberate copies of the page, not imports from the node). */
const DATA_ORDER = ['Recipients', 'Content', 'DeliverySettings'];
const RECIPIENT_ARRAYS: Record<string, string> = {
	SubscriberLists: 'SubscriberList',
	SubscriberSegments: 'SubscriberSegment',
	SeedLists: 'SeedList',
	SuppressionLists: 'SuppressionList',
	ExcludedLists: 'SubscriberList',
	ExcludedSegments: 'SubscriberSegment',
};
// Tags last follows shax88/expertsender-api src/Template/Newsletters/Newsletters.xml.twig; the page's table was not readable past AmpHtml.
const CONTENT_ORDER = ['FromName', 'FromEmail', 'ReplyToName', 'ReplyToEmail', 'Subject', 'Html', 'Plain', 'AmpHtml', 'Tags'];
const DELIVERY_ORDER = ['ThrottlingMethod', 'DeliveryDate'];
const THROTTLING_METHODS = ['None', 'Auto', 'Manual'];
const ACTIONS = ['PauseMessage', 'ResumeMessage'];
export const NO_RECIPIENTS = 'Newsletter has to have at least one subscriber list, subscriber segment or seed list specified.';

function idsOf(container: XmlParsedElement, name: string, child: string): number[] {
	if (childNames(container).some((entry) => entry !== child)) throw new Rejection(400, `${name} may only contain ${child} elements.`);
	return asXmlList(container[child]).map((entry) => {
		const value = text(entry);
		if (value === undefined || !INTEGER.test(value)) throw new Rejection(400, `${child} '${value ?? ''}' is not a valid ID.`);
		return Number(value);
	});
}

function readRecipients(account: EsAccount, data: XmlParsedElement): { lists: number[]; segments: number[] } {
	if (!('Recipients' in data)) throw new Rejection(400, 'Recipients is required.');
	const recipients = asXmlElement(data.Recipients);
	assertOrder(recipients, Object.keys(RECIPIENT_ARRAYS), 'Recipients');
	const ids: Record<string, number[]> = {};
	for (const name of childNames(recipients)) ids[name] = idsOf(asXmlElement(recipients[name]), name, RECIPIENT_ARRAYS[name]);
	const known = accountLists(account);
	for (const [name, wantSeed] of [['SubscriberLists', false], ['SeedLists', true], ['ExcludedLists', false]] as const) {
		for (const id of ids[name] ?? []) {
			if (!known.some((list) => list.id === id && list.seed === wantSeed)) throw new Rejection(400, `List with id ${id} does not exist.`);
		}
	}
	const lists = [...(ids.SubscriberLists ?? []), ...(ids.SeedLists ?? [])];
	if (lists.length === 0 && (ids.SubscriberSegments ?? []).length === 0) throw new Rejection(400, NO_RECIPIENTS);
	return { lists, segments: ids.SubscriberSegments ?? [] };
}

function required(content: XmlParsedElement, name: string): string {
	const value = text(content[name]);
	if (value === undefined || value.trim() === '') throw new Rejection(400, `${name} is required.`);
	return value;
}

function readContent(data: XmlParsedElement): Pick<EsMessage, 'fromName' | 'fromEmail' | 'replyToName' | 'replyToEmail' | 'subject' | 'html' | 'plain' | 'tags'> {
	if (!('Content' in data)) throw new Rejection(400, 'Content is required.');
	const content = asXmlElement(data.Content);
	assertOrder(content, CONTENT_ORDER, 'Content');
	const fromEmail = required(content, 'FromEmail');
	if (!EMAIL.test(fromEmail)) throw new Rejection(400, `FromEmail ${fromEmail} is invalid.`);
	const replyToEmail = text(content.ReplyToEmail);
	if (replyToEmail !== undefined && !EMAIL.test(replyToEmail)) throw new Rejection(400, `ReplyToEmail ${replyToEmail} is invalid.`);
	const html = text(content.Html);
	const plain = text(content.Plain);
	if (!html && !plain) throw new Rejection(400, 'Newsletter content was not found: give Html, Plain or ContentFromUrl.');
	const tags = 'Tags' in content ? asXmlList(asXmlElement(content.Tags).Tag).map((tag) => text(tag) ?? '') : [];
	return { fromName: required(content, 'FromName'), fromEmail, replyToName: text(content.ReplyToName), replyToEmail, subject: required(content, 'Subject'), html, plain, tags };
}

function readDelivery(data: XmlParsedElement): { throttlingMethod: string; deliveryDate?: string } {
	if (!('DeliverySettings' in data)) return { throttlingMethod: 'None' };
	const settings = asXmlElement(data.DeliverySettings);
	assertOrder(settings, DELIVERY_ORDER, 'DeliverySettings');
	const throttlingMethod = text(settings.ThrottlingMethod) ?? 'None';
	if (!THROTTLING_METHODS.includes(throttlingMethod)) throw new Rejection(400, `Invalid value of ThrottlingMethod: '${throttlingMethod}'.`);
	const deliveryDate = text(settings.DeliveryDate);
	if (deliveryDate !== undefined && !VALUE_CHECKS['xs:dateTime'].test(deliveryDate)) throw new Rejection(400, `DeliveryDate '${deliveryDate}' is not a valid date.`);
	return { throttlingMethod, deliveryDate };
}

/** The newsletters created through the API, in order (what a test or the reliability suite counts). */
export function createdNewsletters(account: EsAccount): EsMessage[] {
	return account.state('newsletters', () => [] as EsMessage[]);
}

export function createNewsletter(account: EsAccount, root: XmlParsedElement): SandboxResponse {
	assertOrder(root, ['ApiKey', 'Data'], 'ApiRequest');
	if (!('Data' in root)) throw new Rejection(400, 'Data is required.');
	const data = asXmlElement(root.Data);
	if ('@xsi:type' in data) throw new Rejection(400, 'Data of a newsletter request takes no xsi:type.');
	assertOrder(data, DATA_ORDER, 'Data');
	const recipients = readRecipients(account, data);
	const content = readContent(data);
	const delivery = readDelivery(data);
	const messages = accountMessages(account);
	const now = accountNow(account);
	// A date without offset is the business unit's time; one with an offset is compared by its wall clock, as the emulator keeps no zones.
	const scheduled = delivery.deliveryDate !== undefined && delivery.deliveryDate.slice(0, 19) > now;
	const newsletter: EsMessage = {
		...content,
		id: Math.max(1000, ...messages.map((message) => message.id)) + 1,
		type: 'Newsletter',
		sentDate: scheduled ? delivery.deliveryDate!.slice(0, 19) : now,
		status: scheduled ? 'Scheduled' : 'InProgress',
		listIds: recipients.lists,
		segmentIds: recipients.segments,
		throttlingMethod: delivery.throttlingMethod,
	};
	messages.push(newsletter);
	createdNewsletters(account).push(newsletter);
	return reply(201, String(newsletter.id));
}

/** The pause and resume actions taken, as `<id>:<action>` (one per accepted request). */
export function newsletterActions(account: EsAccount): string[] {
	return account.state('newsletterActions', () => [] as string[]);
}

export function changeNewsletter(account: EsAccount, idText: string, root: XmlParsedElement): SandboxResponse {
	if (!INTEGER.test(idText)) throw new Rejection(400, `Newsletter id ${idText} is not a number.`);
	assertOrder(root, ['ApiKey', 'Action'], 'ApiRequest');
	const action = text(root.Action);
	if (action === undefined) throw new Rejection(400, 'Action is required.');
	if (!ACTIONS.includes(action)) throw new Rejection(400, `Invalid value of Action: '${action}'.`);
	const newsletter = findMessage(account, Number(idText));
	if (!newsletter || newsletter.type !== 'Newsletter') throw new Rejection(400, `Newsletter with id ${idText} does not exist.`);
	if (action === 'PauseMessage' && newsletter.status !== 'InProgress') {
		throw new Rejection(400, `Only newsletters with status InProgress can be paused; newsletter ${idText} is ${newsletter.status}.`);
	}
	if (action === 'ResumeMessage' && newsletter.status !== 'Paused') {
		throw new Rejection(400, `Only paused newsletters can be resumed; newsletter ${idText} is ${newsletter.status}.`);
	}
	newsletter.status = action === 'PauseMessage' ? 'Paused' : 'InProgress';
	newsletterActions(account).push(`${idText}:${action}`);
	return reply(201, '0');
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', resource: 'Newsletters', id: 'none', handle: ({ account, root }) => createNewsletter(account, root!) },
	{ method: 'POST', resource: 'Newsletters', id: 'required', handle: ({ account, id, root }) => changeNewsletter(account, id!, root!) },
];
