import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeListSearchItems } from 'n8n-workflow';

import type { ProviderResponse } from '../../shared/transport';
import { isE164Phone, isEmail } from '../../shared/validation';
import { BIRD_MAX_PAGE_SIZE, birdRequest } from '../transport';
import { matchesSearch } from './pagedSearch';

interface ContactPage {
	results?: IDataObject[];
	nextPageToken?: string;
}

/** A contact as a picker entry: its display name, with its first identifier when that says more. */
function entryOf(contact: IDataObject): INodeListSearchItems {
	const name = String(contact.computedDisplayName || contact.id);
	const first = ((contact.featuredIdentifiers ?? []) as IDataObject[])[0]?.value;
	return { name: first !== undefined && String(first) !== name ? `${name} (${String(first)})` : name, value: String(contact.id) };
}

/** Bird's "Search contact by identifier" (`POST /contacts/search`) for a search text that is an e-mail address or phone number. */
async function byIdentifier(context: ILoadOptionsFunctions, key: string, value: string): Promise<INodeListSearchResult> {
	const response = (await birdRequest.call(context, {
		operation: 'Search Contacts',
		method: 'POST',
		path: '/contacts/search',
		body: { json: { identifier: { key, value } } },
		// A search changes nothing.
		idempotent: true,
	})) as unknown as ProviderResponse<ContactPage>;
	return { results: (response.body.results ?? []).map(entryOf) };
}

/**
 * The workspace's contacts for the Contact ID picker. An e-mail address or a phone number (+31612345678) is looked
 * up with Bird's identifier search; any other text filters the pages of "List contacts" by display name, identifier
 * or ID, as Bird has no search by name.
 */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	if (isEmail(text)) return await byIdentifier(this, 'emailaddress', text);
	if (isE164Phone(text)) return await byIdentifier(this, 'phonenumber', text);
	const response = (await birdRequest.call(this, {
		operation: 'List Contacts',
		method: 'GET',
		path: '/contacts',
		qs: { limit: BIRD_MAX_PAGE_SIZE, ...(paginationToken ? { pageToken: paginationToken } : {}) },
	})) as unknown as ProviderResponse<ContactPage>;
	const results = (response.body.results ?? []).map(entryOf).filter((entry) => matchesSearch(text, entry));
	return { results, paginationToken: response.body.nextPageToken || undefined };
}

export const listSearch = { searchContacts };
