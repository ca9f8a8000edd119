import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll } from '../../transport';
import { pagingOptions } from '../fields';
import { channelStatusOptions, reverseOrderOption, simplifyField } from './fields';
import { simplifyChannel } from '../../helpers/simplify';

/** A platform name as the `platform` filter takes it: the `Id` pattern of "Retrieve list of channels". */
const PLATFORM_NAME = /^[A-Za-z0-9-]+$/;

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	simplifyField,
	collectionProperty('filters', [
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'string',
			default: '',
			placeholder: 'e.g. sms-messagebird',
			description: "Only channels of this platform, by Bird's platform ID (a channel's platformId, such as whatsapp or email-sparkpost)",
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'active',
			description: 'Only channels in this status',
			options: channelStatusOptions,
		},
	]),
	collectionProperty('options', [...pagingOptions, reverseOrderOption].sort((a, b) => a.displayName.localeCompare(b.displayName))),
];

export const description = updateDisplayOptions({ show: { resource: ['channel'], operation: ['getAll'] } }, properties);

/** The Platform filter: undefined when not added, else a platform ID of the documented `Id` pattern. */
function readPlatform(context: IExecuteFunctions, itemIndex: number, filters: IDataObject): string | undefined {
	if (!('platform' in filters)) return undefined;
	const platform = String(filters.platform ?? '').trim();
	const fix = 'Enter the platform ID of a channel, e.g. sms-messagebird or whatsapp, or remove the filter.';
	if (platform === '') throw invalidParameter(context, itemIndex, 'Filters › Platform', 'is empty', fix);
	if (!PLATFORM_NAME.test(platform)) throw invalidParameter(context, itemIndex, 'Filters › Platform', `"${platform}" is not a platform ID (letters, digits and - only)`, fix);
	return platform;
}

/** The `platform`, `status` and `reverse` query of "Retrieve list of channels", checked before any request. */
function channelQuery(context: IExecuteFunctions, itemIndex: number, filters: IDataObject, options: IDataObject): IDataObject {
	const platform = readPlatform(context, itemIndex, filters);
	return {
		...(platform ? { platform } : {}),
		...(typeof filters.status === 'string' ? { status: filters.status } : {}),
		...(options.reverse === true ? { reverse: true } : {}),
	};
}

/** `GET /workspaces/{workspaceId}/channels` with its filters, page by page (docs.bird.com, Channels management). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = channelQuery(this, itemIndex, filters, options);
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Many Channels', itemIndex, path: '/channels', qs }, settings);
	const channels = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyChannel) : results;
	return birdListOutput(settings, channels, nextPageToken);
}
