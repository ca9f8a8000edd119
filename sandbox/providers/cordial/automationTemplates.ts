/**
 * Automation templates (`/v2/automationtemplates`): the list (getTemplates), one template (gettemplate), and the
 * transactional send of one to a contact (sentMessage), as Cordial's API v2 Swagger and the "Automation Templates
 * API" page describe them.
 */
import type { PatternRoute } from './routes';
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { findContact } from './contacts';
import { isAttributeKey } from './contactAttributes';
import { EMAIL, ISO_8601, TEMPLATE_DETAILS, type AutomationTemplate, type CordialContact, type Json } from './fixtures';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';

/** A template as TemplateShowAuto shows it: the stored fields and the seeded details. */
function templateView(template: AutomationTemplate): Json {
	return { ...structuredClone(TEMPLATE_DETAILS[template.key] ?? { accountID: '252', baseAggregation: 'daily', message: {} }), ...template };
}

/** `fields`: only these fields of each template (its key always). */
function project(view: Json, fields: string | null): Json {
	if (!fields) return view;
	const wanted = fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(view).filter(([field]) => field === 'key' || wanted.includes(field)));
}

const RANGES = ['ct', 'lm'].flatMap((field) => ['gt', 'gte', 'lt', 'lte'].map((op) => [field, op] as const));

function inRange(view: Json, field: string, op: string, limit: number): boolean {
	const at = Date.parse(String(view[field] ?? '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
	if (Number.isNaN(at)) return false;
	return op === 'gt' ? at > limit : op === 'gte' ? at >= limit : op === 'lt' ? at < limit : at <= limit;
}

/** getTemplates: the Swagger's query parameters (fields, ct/lm ranges, tags, orchestrationID, compositionID, paging). */
export function listTemplates(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['fields', ...RANGES.map(([field, op]) => `${field}[${op}]`), 'tags', 'orchestrationID', 'compositionID', 'page', 'per_page']);
	if (unknown) return unknown;
	let views = [...account.templates.values()].map(templateView);
	for (const [field, op] of RANGES) {
		const value = query.get(`${field}[${op}]`);
		if (value === null) continue;
		if (!ISO_8601.test(value)) return error(422, 'VALIDATION_ERROR', { [`${field}[${op}]`]: ['Must be an ISO 8601 date'] }, 'messages');
		views = views.filter((view) => inRange(view, field, op, Date.parse(value)));
	}
	const tags = query.get('tags');
	if (tags) views = views.filter((view) => tags.split(',').some((tag) => ((view.tags as string[] | undefined) ?? []).includes(tag)));
	for (const key of ['orchestrationID', 'compositionID']) {
		const value = query.get(key);
		if (value) views = views.filter((view) => view[key] === value);
	}
	return listReply(views.map((view) => project(view, query.get('fields'))), query);
}

function getTemplate(account: CordialAccount, key: string, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['fields']);
	if (unknown) return unknown;
	const template = account.templates.get(key);
	return template ? jsonResponse(200, project(templateView(template), query.get('fields'))) : notFound();
}

/** `to` and `identifyBy` of a send: the contact's fields and the keys it is looked up by, or the error. */
function readRecipient(account: CordialAccount, body: Json | undefined): { contactFields: Json; keys: string[] } | SandboxResponse {
	if (!body || !isObject(body.to) || !isObject(body.to.contact)) {
		return error(422, 'VALIDATION_ERROR', { 'to.contact': ['Required'] }, 'messages');
	}
	const unknown = Object.keys(body).filter((field) => field !== 'to' && field !== 'identifyBy');
	if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown field'] }, 'messages');
	if (body.to.extVars !== undefined && !isObject(body.to.extVars)) {
		return error(422, 'VALIDATION_ERROR', { 'to.extVars': ['Must be an object'] }, 'messages');
	}
	const contactFields = body.to.contact;
	// Besides its identifier, `to.contact` upserts contact attributes (the Swagger's IdentifyBy): they must exist in
	// the account, the seeded ones or those made through the Account Contact Attributes API.
	const unknownAttribute = Object.keys(contactFields).find((field) => field !== 'cID' && field !== 'email' && !isAttributeKey(account, field));
	if (unknownAttribute) return error(422, 'VALIDATION_ERROR', { [`to.contact.${unknownAttribute}`]: ['Attribute does not exist'] }, 'messages');
	const identifyBy = body.identifyBy === undefined ? Object.keys(contactFields).slice(0, 1) : body.identifyBy;
	const keys = typeof identifyBy === 'string' ? [identifyBy] : identifyBy;
	if (!Array.isArray(keys) || keys.length === 0 || keys.some((entry) => typeof entry !== 'string' || contactFields[entry] === undefined)) {
		return error(422, 'VALIDATION_ERROR', { identifyBy: ['Must name a key given in to.contact'] }, 'messages');
	}
	return { contactFields, keys: keys as string[] };
}

const sent = (messagecontacts: Json[]) => jsonResponse(200, { success: true, message: 'messages sent', messagecontacts });

export function sendTemplate(account: CordialAccount, key: string, body: Json | undefined): SandboxResponse {
	const template = account.templates.get(key);
	if (!template) return notFound();
	const recipient = readRecipient(account, body);
	if ('status' in recipient) return recipient;
	const { contactFields, keys } = recipient;
	let contact: CordialContact | undefined;
	for (const entry of keys) contact ??= findContact(account, entry, String(contactFields[entry]));
	if (!contact) {
		// An unknown contact is created with subscribe status "none", as Cordial's API v2 Swagger documents.
		if (typeof contactFields.email !== 'string' || !EMAIL.test(contactFields.email)) {
			return sent([{ accepted: false, ...contactFields, error: 'no-address' }]);
		}
		const cID = account.addContact(contactFields.email, 'none');
		contact = account.contacts.get(cID)!;
	}
	for (const [field, value] of Object.entries(contactFields)) {
		if (isAttributeKey(account, field) && !keys.includes(field)) contact.attributes[field] = value;
	}
	const status = contact.channels.email?.subscribeStatus;
	if (template.classification === 'promotional' && status !== 'subscribed') {
		return sent([{ accepted: false, email: contact.channels.email?.address, error: 'not-subscribed' }]);
	}
	const mcID = `${account.counter + 1000}:${contact.cID}:${account.nextHex().slice(-6)}`;
	contact.mcIDs.push(mcID);
	return sent([{ accepted: true, cID: contact.cID, mcID }]);
}

/** Routes of this resource written as patterns (see routes.ts), matched before index.ts's table. */
export const automationTemplateRoutes: PatternRoute[] = [
	{ method: 'GET', path: 'automationtemplates', handle: ({ account, request }) => listTemplates(account, request.query) },
	{ method: 'GET', path: 'automationtemplates/{key}', handle: ({ account, params, request }) => getTemplate(account, params.key, request.query) },
];
