import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { cordialList, queryString } from '../transport';

const PAGE_SIZE = 100;

export type ListSearch = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/**
 * A picker's list search over a Cordial list: one page (`page`/`per_page`, the page number as the pagination token)
 * as picker entries, kept when the filter is in their name or value; a full page means there may be another.
 */
export function pagedListSearch(operation: string, resource: string, entry: (record: IDataObject) => INodeListSearchItems): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = Number(paginationToken ?? 1);
		const records = await cordialList.call(this, {
			operation,
			method: 'GET',
			path: `/${resource}${queryString([['page', page], ['per_page', PAGE_SIZE]])}`,
		});
		const list = Array.isArray(records) ? records : [];
		const needle = (filter ?? '').toLowerCase();
		return {
			results: list
				.map((record) => entry(record))
				.filter((item) => item.value && (!needle || `${item.name} ${item.value}`.toLowerCase().includes(needle))),
			paginationToken: list.length === PAGE_SIZE ? String(page + 1) : undefined,
		};
	};
}
