import { pagedListSearch } from './pagedListSearch';

/** Batch messages (newest pages first as Cordial returns them), filtered by name or ID. */
export const searchBatchMessages = pagedListSearch('Search Batch Messages', 'batchmessages', (record) => {
	const id = String(record.id ?? record._id ?? record.bmID ?? '');
	const name = record.name ? String(record.name) : id;
	return { name: record.status ? `${name} (${String(record.status)})` : name, value: id };
});

export const listSearch = { searchBatchMessages };
