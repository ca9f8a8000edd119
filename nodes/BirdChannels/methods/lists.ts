import { pagedSearch } from './pagedSearch';

/** The workspace's contact lists for the List picker ("List lists", `GET /lists`), filtered by name or ID. */
export const searchLists = pagedSearch({
	operation: 'List Lists',
	path: '/lists',
	entry: (list) => ({ name: String(list.name ?? list.id), value: String(list.id) }),
});

export const listSearch = { searchLists };
