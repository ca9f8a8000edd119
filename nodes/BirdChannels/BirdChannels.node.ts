import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/execute';
import { properties, resources } from './actions/resources';
import { listSearch } from './methods/listSearch';

/** Bird's Channels API (api.bird.com, workspace and channel IDs), not Bird's newer platform API. */
export class BirdChannels implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bird Channels',
		name: 'birdChannels',
		icon: { light: 'file:../../icons/bird.svg', dark: 'file:../../icons/bird.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send messages and manage contacts through the Bird Channels API (api.bird.com workspaces)',
		defaults: { name: 'Bird Channels' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'birdChannelsApi', required: true }],
		properties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources);
	}
}
