/** Automation templates (`/v2/automationtemplates`): the list, and the transactional send of one to a contact. */
import type { PatternRoute } from './routes';
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { findContact } from './contacts';
import { ACCOUNT_ATTRIBUTES, EMAIL, type CordialContact, type Json } from './fixtures';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';

export function listTemplates(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['page', 'per_page', 'tags']);
	if (unknown) return unknown;
	return listReply([...account.templates.values()].map((template) => ({ ...template })), query);
}

/** `to` and `identifyBy` of a send: the contact's fields and the keys it is looked up by, or the error. */
function readRecipient(body: Json | undefined): { contactFields: Json; keys: string[] } | SandboxResponse {
	if (!body || !isObject(body.to) || !isObject(body.to.contact)) {
		return error(422, 'VALIDATION_ERROR', { 'to.contact': ['Required'] }, 'messages');
	}
	const unknown = Object.keys(body).filter((field) => field !== 'to' && field !== 'identifyBy');
	if (unknown.length) return error(422, 'VALIDATION_ERROR', { [unknown[0]]: ['Unknown field'] }, 'messages');
	if (body.to.extVars !== undefined && !isObject(body.to.extVars)) {
		return error(422, 'VALIDATION_ERROR', { 'to.extVars': ['Must be an object'] }, 'messages');
	}
	const contactFields = body.to.contact;
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
	const recipient = readRecipient(body);
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
		if (ACCOUNT_ATTRIBUTES.includes(field) && !keys.includes(field)) contact.attributes[field] = value;
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
export const automationTemplateRoutes: PatternRoute[] = [];
