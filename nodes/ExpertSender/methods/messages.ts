import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { fetchActiveTransactionalIds, fetchMessages } from '../transport/messages';

function matches(needle: string, ...values: unknown[]): boolean {
	return needle === '' || values.map((value) => String(value ?? '')).join(' ').toLowerCase().includes(needle);
}

function entry(message: IDataObject): INodeListSearchItems {
	return { name: `${String(message.Subject ?? '')} (${String(message.Id)})`, value: String(message.Id) };
}

/** The messages of one type ("Get messages list", `type=`), filtered by subject or ID, newest first. */
async function searchByType(context: ILoadOptionsFunctions, type: string, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const messages = await fetchMessages.call(context, { type }, undefined, `Search ${type} Messages`);
	return {
		results: messages
			.filter((message) => matches(needle, message.Subject, message.Id))
			.sort((a, b) => String(b.SentDate ?? '').localeCompare(String(a.SentDate ?? '')))
			.map(entry),
	};
}

/**
 * The active transactional messages for the Message ID locators of Send and Send System Transactional. The IDs come
 * from "Get active transactionals" (which also lists messages never sent); their subjects from the Transactional
 * messages of "Get messages list" where ExpertSender has one. ExpertSender documents no separate type for system
 * transactional messages, so both sends offer the same list.
 */
export async function searchTransactionalMessages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const [ids, messages] = await Promise.all([fetchActiveTransactionalIds.call(this), fetchMessages.call(this, { type: 'Transactional' }, undefined, 'Search Transactional Messages')]);
	const subjects = new Map(messages.map((message) => [Number(message.Id), String(message.Subject ?? '')]));
	return {
		results: ids
			.map((id) => ({ Id: id, Subject: subjects.get(id) ?? 'Transactional message' }))
			.filter((message) => matches(needle, message.Subject, message.Id))
			.map(entry),
	};
}

/** Trigger messages (the Trigger Message › Send locator). */
export async function searchTriggerMessages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchByType(this, 'Trigger', filter);
}

/** Newsletters (the Newsletter › Pause and Resume locators). */
export async function searchNewsletters(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchByType(this, 'Newsletter', filter);
}

/** Every sent message of any type (the Message › Get locator). */
export async function searchMessages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const messages = await fetchMessages.call(this, {}, undefined, 'Search Messages');
	return {
		results: messages
			.filter((message) => matches(needle, message.Subject, message.Id, message.Type))
			.sort((a, b) => String(b.SentDate ?? '').localeCompare(String(a.SentDate ?? '')))
			.map((message) => ({ ...entry(message), name: `${String(message.Subject ?? '')} (${String(message.Type ?? '')}, ${String(message.Id)})` })),
	};
}

export const listSearch = { searchMessages, searchNewsletters, searchTransactionalMessages, searchTriggerMessages };
