import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cordialList } from '../transport';
import type { ListSearch } from './pagedListSearch';

/**
 * The account's contact attributes (value: the key), filtered by name or key. Cordial answers the whole list at once
 * (Swagger, getListAccountAttributes has no paging), so pagedListSearch, which sends page/per_page, does not fit.
 */
export const searchContactAttributes: ListSearch = async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const records = await cordialList.call(this, { operation: 'Search Contact Attributes', method: 'GET', path: '/accountcontactattributes' });
	const needle = (filter ?? '').toLowerCase();
	const results = records
		.map((record) => {
			const key = String(record.key ?? '');
			const name = record.name && record.name !== key ? `${String(record.name)} (${key})` : key;
			return { name: record.type ? `${name}, ${String(record.type)}` : name, value: key };
		})
		.filter((item) => item.value && (!needle || `${item.name} ${item.value}`.toLowerCase().includes(needle)));
	return { results };
};

export const listSearch = { searchContactAttributes };
