import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollFeed } from '../shared/polling';
import { getLists } from './methods/loadOptions';
import { properties } from './trigger/description';
import { feedReader, serverNow } from './trigger/feeds';
import { readEsTriggerSettings } from './trigger/settings';

export class ExpertSenderTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ExpertSender Trigger',
		name: 'expertSenderTrigger',
		icon: { light: 'file:../../icons/expertsender.svg', dark: 'file:../../icons/expertsender.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["feed"] === "activities" ? $parameter["activityType"] : $parameter["feed"]}}',
		description: 'Starts the workflow on ExpertSender activity: subscriptions, sends, opens, clicks, bounces, removals and more',
		defaults: { name: 'ExpertSender Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'expertSenderApi', required: true }],
		properties,
	};

	methods = { loadOptions: { getLists } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readEsTriggerSettings(this);
		const events = await pollFeed(this, this.getWorkflowStaticData('node'), {
			lookbackMs: settings.lookbackMs,
			now: async () => await serverNow(this),
			read: feedReader(this, settings),
		});
		return events.length ? [events.map((event) => ({ json: event.row }))] : null;
	}
}
