import { pagedListSearch } from './pagedListSearch';

/** Supplements (`GET /v2/supplements`, paged) by name or key; the value is the key the record paths use. */
export const searchSupplements = pagedListSearch('Search Supplements', 'supplements', (record) => ({
	name: String(record.name ?? record.key),
	value: String(record.key ?? ''),
}));

export const listSearch = { searchSupplements };
