import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { cordialList, queryString } from '../transport';

const PAGE_SIZE = 100;

type ListSearch = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/**
 * A picker's list search over a Cordial list: one page (`page`/`per_page`, the page number as the pagination token)
 * as picker entries, kept when the filter is in their name or value; a full page means there may be another.
 */
function listSearch(operation: string, resource: string, entry: (record: IDataObject) => INodeListSearchItems): ListSearch {
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

/** Batch messages (newest pages first as Cordial returns them), filtered by name or ID. */
export const searchBatchMessages = listSearch('Search Batch Messages', 'batchmessages', (record) => {
	const id = String(record.id ?? record._id ?? record.bmID ?? '');
	const name = record.name ? String(record.name) : id;
	return { name: record.status ? `${name} (${String(record.status)})` : name, value: id };
});

/** Automation templates by name or key. */
export const searchAutomationTemplates = listSearch('Search Automation Templates', 'automationtemplates', (record) => ({
	name: String(record.name ?? record.key),
	value: String(record.key ?? ''),
}));
