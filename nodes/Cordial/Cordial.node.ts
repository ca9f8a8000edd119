import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/execute';
import { properties, resources } from './actions/resources';
import { listSearch } from './methods/listSearch';

export class Cordial implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cordial',
		name: 'cordial',
		icon: { light: 'file:../../icons/cordial.svg', dark: 'file:../../icons/cordial.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create and send Cordial batch messages, manage contacts and send automation templates',
		defaults: { name: 'Cordial' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'cordialApi', required: true }],
		properties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources);
	}
}
