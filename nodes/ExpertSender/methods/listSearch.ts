import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchLists } from '../transport/lists';

/** The account's lists for the List locator, filtered by name or ID. */
export async function searchLists(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const lists = await fetchLists.call(this);
	return {
		results: lists
			.filter((list) => needle === '' || `${String(list.Name)} ${String(list.Id)}`.toLowerCase().includes(needle))
			.map((list) => ({ name: `${String(list.Name)} (${String(list.Id)})`, value: String(list.Id) })),
	};
}
