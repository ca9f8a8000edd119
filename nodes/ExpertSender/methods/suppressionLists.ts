import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchSuppressionLists } from '../transport/suppressionLists';

/** The account's suppression lists for the Suppression List locator, filtered by name or ID. */
export async function searchSuppressionLists(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const lists = await fetchSuppressionLists.call(this);
	return {
		results: lists
			.filter((list) => needle === '' || `${String(list.Name)} ${String(list.Id)}`.toLowerCase().includes(needle))
			.map((list) => ({ name: `${String(list.Name)} (${String(list.ListType)}, ${String(list.Id)})`, value: String(list.Id) })),
	};
}

export const listSearch = { searchSuppressionLists };
