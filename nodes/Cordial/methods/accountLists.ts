import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cordialList } from '../transport';

/**
 * Account lists by name or ID. getLists (`GET /v2/accountlists`) has no paging in Cordial's API v2 Swagger: one
 * request gives every list, filtered here.
 */
async function searchAccountLists(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const lists = await cordialList.call(this, { operation: 'Search Account Lists', method: 'GET', path: '/accountlists' });
	const needle = (filter ?? '').toLowerCase();
	return {
		results: lists
			.map((list) => ({ name: String(list.name ?? list.id), value: String(list.id ?? '') }))
			.filter((item) => item.value && (!needle || `${item.name} ${item.value}`.toLowerCase().includes(needle))),
	};
}

export const listSearch = { searchAccountLists };
