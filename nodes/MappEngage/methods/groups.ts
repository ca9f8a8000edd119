import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { requestMapp, type MappApi } from '../transport';
import { groupFindIdsByAttributes, groupGet } from '../transport/calls';

/**
 * How many groups the list names: each name is one group/get, and Mapp counts about 10 calls a second per account.
 * Groups beyond it are listed by ID.
 */
export const NAMED_GROUPS = 50;

function listApi(context: ILoadOptionsFunctions): MappApi {
	return context.getCurrentNodeParameter('api') === 'soap' ? 'soap' : 'rest';
}

/** The account's groups for the Group ID picker: the first ones with their names, the rest by ID. */
async function listGroups(context: ILoadOptionsFunctions): Promise<INodeListSearchItems[]> {
	// Mapp's only group listing: an empty attribute filter matches every group (see actions/group/getAll.operation.ts).
	const ids = await requestMapp(context, 'rest', groupFindIdsByAttributes('List Groups', []));
	const sorted = [...ids].sort((a, b) => Number(a) - Number(b));
	const api = listApi(context);
	const items: INodeListSearchItems[] = [];
	for (const [position, id] of sorted.entries()) {
		if (position >= NAMED_GROUPS) {
			items.push({ name: `Group ${id}`, value: id });
			continue;
		}
		const group = await requestMapp(context, api, groupGet('List Groups', id));
		items.push({ name: `${group.name ?? `Group ${id}`} (${id})`, value: id });
	}
	return items;
}

/** The account's groups, filtered by name or ID. */
export async function searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const groups = await listGroups(this);
	return { results: groups.filter((group) => needle === '' || group.name.toLowerCase().includes(needle)) };
}

export const listSearch = { searchGroups };
