import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cordialList, queryString } from '../transport';

const PAGE_SIZE = 100;

/** Batch messages (newest pages first as Cordial returns them), filtered by name or ID. */
export async function searchBatchMessages(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const records = await cordialList.call(this, {
		operation: 'Search Batch Messages',
		method: 'GET',
		path: `/batchmessages${queryString([['page', page], ['per_page', PAGE_SIZE]])}`,
	});
	const list = Array.isArray(records) ? records : [];
	const needle = (filter ?? '').toLowerCase();
	return {
		results: list
			.map((record) => {
				const id = String(record.id ?? record._id ?? record.bmID ?? '');
				const name = record.name ? String(record.name) : id;
				return { name: record.status ? `${name} (${String(record.status)})` : name, value: id };
			})
			.filter((entry) => entry.value && (!needle || `${entry.name} ${entry.value}`.toLowerCase().includes(needle))),
		paginationToken: list.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}

/** Automation templates by name or key. */
export async function searchAutomationTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const records = await cordialList.call(this, {
		operation: 'Search Automation Templates',
		method: 'GET',
		path: `/automationtemplates${queryString([['page', page], ['per_page', PAGE_SIZE]])}`,
	});
	const list = Array.isArray(records) ? records : [];
	const needle = (filter ?? '').toLowerCase();
	return {
		results: list
			.map((record) => ({ name: String(record.name ?? record.key), value: String(record.key ?? '') }))
			.filter((entry) => entry.value && (!needle || `${entry.name} ${entry.value}`.toLowerCase().includes(needle))),
		paginationToken: list.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}
