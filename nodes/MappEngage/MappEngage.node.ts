import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/execute';
import { properties, resources } from './actions/resources';
import { listSearch } from './methods/listSearch';

export class MappEngage implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mapp Engage',
		name: 'mappEngage',
		icon: { light: 'file:../../icons/mapp.svg', dark: 'file:../../icons/mapp.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage contacts, groups and memberships, and send prepared, transactional and order (event details) messages with Mapp Engage',
		defaults: { name: 'Mapp Engage' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mappEngageApi', required: true }],
		properties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources);
	}
}
