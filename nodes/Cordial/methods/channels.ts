import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cordialList, queryString } from '../transport';

/** The channels Cordial documents (email, sms, push), with those the account's automation templates use. */
const STANDARD_CHANNELS = ['email', 'sms', 'push'];

/** Channel keys for the batch message Channel picker: there is no channel list in API v2, so templates tell. */
async function searchChannels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const templates = await cordialList.call(this, {
		operation: 'Search Channels',
		method: 'GET',
		path: `/automationtemplates${queryString([['fields', 'channel'], ['page', 1], ['per_page', 100]])}`,
	});
	const keys = [...new Set([...STANDARD_CHANNELS, ...templates.map((template) => String(template.channel ?? '')).filter(Boolean)])];
	const needle = (filter ?? '').toLowerCase();
	return { results: keys.filter((key) => !needle || key.toLowerCase().includes(needle)).map((key) => ({ name: key, value: key })) };
}

export const listSearch = { searchChannels };
