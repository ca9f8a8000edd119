import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import type { ProviderResponse } from '../../shared/transport';
import { BIRD_MAX_PAGE_SIZE, birdRequest } from '../transport';

export type ListSearch = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

interface BirdPage {
	results?: IDataObject[];
	nextPageToken?: string;
}

/** Whether a picker entry fits the search text (in its name or value, any case); an empty text fits all. */
export function matchesSearch(filter: string | undefined, entry: INodeListSearchItems): boolean {
	const needle = (filter ?? '').trim().toLowerCase();
	return needle === '' || `${entry.name} ${String(entry.value)}`.toLowerCase().includes(needle);
}

/** Where a picker's entries come from: one of Bird's `pageToken`-paged lists, and how a record reads as an entry. */
export interface PickerSource {
	operation: string;
	/** Below the workspace; may depend on the node's other parameters (e.g. the chosen channel). */
	path: string | ((context: ILoadOptionsFunctions) => string);
	/** Query parameters besides the paging, e.g. a type or status filter (may depend on the node's other parameters). */
	qs?: (context: ILoadOptionsFunctions) => IDataObject;
	entry: (record: IDataObject, context: ILoadOptionsFunctions) => INodeListSearchItems;
}

/**
 * A picker's list search over a Bird list: one page of 100 (Bird's largest, "Pagination") per call, Bird's
 * `nextPageToken` as the picker's pagination token, entries kept when the search text is in their name or value
 * (Bird's lists have no search by name).
 */
export function pagedSearch(source: PickerSource): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const response = (await birdRequest.call(this, {
			operation: source.operation,
			method: 'GET',
			path: typeof source.path === 'string' ? source.path : source.path(this),
			qs: { ...source.qs?.(this), limit: BIRD_MAX_PAGE_SIZE, ...(paginationToken ? { pageToken: paginationToken } : {}) },
		})) as unknown as ProviderResponse<BirdPage>;
		const records = Array.isArray(response.body.results) ? response.body.results : [];
		const results = records.map((record) => source.entry(record, this)).filter((entry) => matchesSearch(filter, entry));
		return { results, paginationToken: response.body.nextPageToken || undefined };
	};
}
