import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchDataTables } from '../transport/dataTables';

/** The account's data tables for the Table locator, filtered by name; the value is the name the API takes. */
export async function searchDataTables(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const tables = await fetchDataTables.call(this);
	return {
		results: tables
			.map((table) => String(table.Name ?? ''))
			.filter((name) => name !== '' && (needle === '' || name.toLowerCase().includes(needle)))
			.sort((a, b) => a.localeCompare(b))
			.map((name) => ({ name, value: name })),
	};
}

export const listSearch = { searchDataTables };
