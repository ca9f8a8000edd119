import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { compact } from '../../../shared/records';
import { readDateTime } from '../../helpers/dateTime';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { simplifyMessage } from '../../helpers/simplify';
import { birdListAll, segment } from '../../transport';
import { channelLocator, channelLocatorProperty, pagingOptions } from '../fields';
import { messageStatusOptions, simplifyField } from './fields';

/**
 * The filters of "List messages by channel" and of the workspace's messages: `direction`, `status`, `startAt` and
 * `endAt` (api-evangelist's bird-com "Bird Channels Messaging API", `listChannelMessages`; Bird's own page names the
 * endpoints only), and for the whole workspace a channel (`channelId`, the node's choice of name, where no public
 * document names one).
 */
const filters = collectionProperty('filters', [
	channelLocatorProperty({
		description: 'Only the messages of this channel',
		displayOptions: { show: { '/scope': ['workspace'] } },
	}),
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		options: [
			{ name: 'Incoming', value: 'incoming', description: 'Received on the channel' },
			{ name: 'Outgoing', value: 'outgoing', description: 'Sent through the channel' },
		],
		default: 'outgoing',
	},
	{ displayName: 'End At', name: 'endAt', type: 'dateTime', default: '', description: "Only messages created before this time (in the workflow's time zone unless it has an offset)" },
	{ displayName: 'Start At', name: 'startAt', type: 'dateTime', default: '', description: "Only messages created at or after this time (in the workflow's time zone unless it has an offset)" },
	{ displayName: 'Status', name: 'status', type: 'options', options: messageStatusOptions, default: 'delivered' },
]);

const properties: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: [
			{ name: 'One Channel', value: 'channel', description: 'The messages of one channel' },
			{ name: 'Whole Workspace', value: 'workspace', description: 'The messages of every channel of the workspace' },
		],
		default: 'channel',
	},
	{ ...channelLocator, displayOptions: { show: { scope: ['channel'] } } },
	...returnAllOrLimit(),
	simplifyField,
	filters,
	collectionProperty(
		'options',
		([
			...pagingOptions,
			{
				displayName: 'Reverse Order',
				name: 'reverse',
				type: 'boolean',
				default: false,
				description: 'Whether to ask Bird for the list in reverse order',
			},
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['getAll'] } }, properties);

/** A time filter as Bird's query takes it: RFC 3339 in UTC. */
function timeQuery(context: IExecuteFunctions, itemIndex: number, label: string, raw: unknown): string | undefined {
	const given = readDateTime(context, itemIndex, label, raw);
	return given ? given.time.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined : undefined;
}

/** The query of the list: the set filters (checked before any request), and `reverse`. */
function listQuery(context: IExecuteFunctions, itemIndex: number, workspace: boolean, options: IDataObject): IDataObject {
	const set = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const query: IDataObject = {
		direction: set.direction,
		status: set.status,
		startAt: timeQuery(context, itemIndex, 'Filters › Start At', set.startAt),
		endAt: timeQuery(context, itemIndex, 'Filters › End At', set.endAt),
		channelId: workspace && set.channel !== undefined ? requiredString(context, 'filters.channel', itemIndex, 'Filters › Channel', 'Pick a channel from the list or enter its ID, or remove the filter.') : undefined,
		reverse: options.reverse === true ? true : undefined,
	};
	if (query.startAt !== undefined && query.endAt !== undefined && Date.parse(String(query.startAt)) > Date.parse(String(query.endAt))) {
		throw invalidParameter(context, itemIndex, 'Filters › End At', `${String(query.endAt)} is before Start At (${String(query.startAt)})`, 'Choose an End At after Start At, or remove one of them.');
	}
	return compact(query);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const workspace = (this.getNodeParameter('scope', itemIndex, 'channel') as string) === 'workspace';
	const path = workspace
		? '/channels/messages'
		: `/channels/${segment(this, itemIndex, 'Channel', requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.'))}/messages`;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = listQuery(this, itemIndex, workspace, options);
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Many Messages', itemIndex, path, qs }, settings);
	const messages = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyMessage) : results;
	return birdListOutput(settings, messages, nextPageToken);
}
