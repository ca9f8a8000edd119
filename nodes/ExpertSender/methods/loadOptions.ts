import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fetchLists } from '../transport/lists';

/** The account's lists for optional list dropdowns, sorted by name. */
export async function getLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const lists = await fetchLists.call(this);
	return lists
		.map((list) => ({ name: String(list.Name), value: String(list.Id), description: `ID ${String(list.Id)}` }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
