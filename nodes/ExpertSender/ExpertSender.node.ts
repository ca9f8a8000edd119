import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/execute';
import { properties, resources } from './actions/resources';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';

export class ExpertSender implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ExpertSender',
		name: 'expertSender',
		icon: { light: 'file:../../icons/expertsender.svg', dark: 'file:../../icons/expertsender.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send transactional, trigger and newsletter messages, fire workflow events, and manage subscribers, lists, data tables and suppression lists in ExpertSender (API v2)',
		defaults: { name: 'ExpertSender' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'expertSenderApi', required: true }],
		properties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources);
	}
}
