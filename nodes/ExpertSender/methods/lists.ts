import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

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

/** The account's lists for optional list dropdowns, sorted by name. */
export async function getLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const lists = await fetchLists.call(this);
	return lists
		.map((list) => ({ name: String(list.Name), value: String(list.Id), description: `ID ${String(list.Id)}` }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export const listSearch = { searchLists };

export const loadOptions = { getLists };
