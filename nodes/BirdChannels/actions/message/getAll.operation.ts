import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { simplifyMessage } from '../../helpers/simplify';
import { birdListAll, segment } from '../../transport';
import { channelLocator, pagingOptions } from '../fields';
import { simplifyField } from './fields';

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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const scope = this.getNodeParameter('scope', itemIndex, 'channel') as string;
	const path =
		scope === 'workspace'
			? '/channels/messages'
			: `/channels/${segment(this, itemIndex, 'Channel', requiredString(this, 'channel', itemIndex, 'Channel', 'Pick a channel from the list or enter its ID.'))}/messages`;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(
		this,
		{ operation: 'Get Many Messages', itemIndex, path, qs: options.reverse === true ? { reverse: true } : {} },
		settings,
	);
	const messages = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyMessage) : results;
	return birdListOutput(settings, messages, nextPageToken);
}
