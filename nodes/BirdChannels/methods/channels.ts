import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ProviderResponse } from '../../shared/transport';
import { BIRD_MAX_PAGE_SIZE, birdRequest } from '../transport';

interface ChannelPage {
	results?: IDataObject[];
	nextPageToken?: string;
}

/** The workspace's channels for the Channel picker, page by page; the search text filters by name, platform or ID. */
export async function searchChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const response = (await birdRequest.call(this, {
		operation: 'List Channels',
		method: 'GET',
		path: '/channels',
		qs: { limit: BIRD_MAX_PAGE_SIZE, ...(paginationToken ? { pageToken: paginationToken } : {}) },
	})) as unknown as ProviderResponse<ChannelPage>;
	const needle = (filter ?? '').trim().toLowerCase();
	const results = (response.body.results ?? [])
		.map((channel) => {
			const name = String(channel.name ?? channel.id);
			const platform = channel.platformId ? ` (${String(channel.platformId)})` : '';
			return { name: `${name}${platform}`, value: String(channel.id) };
		})
		.filter((entry) => needle === '' || `${entry.name} ${entry.value}`.toLowerCase().includes(needle));
	return { results, paginationToken: response.body.nextPageToken || undefined };
}

export const listSearch = { searchChannels };
