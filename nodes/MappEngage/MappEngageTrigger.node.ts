import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollFeed } from '../shared/polling';
import { properties } from './trigger/description';
import { eventItems } from './trigger/output';
import { responseReader } from './trigger/responses';
import { readMappTriggerSettings } from './trigger/settings';

export class MappEngageTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mapp Engage Trigger',
		name: 'mappEngageTrigger',
		icon: { light: 'file:../../icons/mapp.svg', dark: 'file:../../icons/mapp.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["types"].join(", ")}}',
		description: 'Starts the workflow on Mapp Engage Response Queue events: clicks, opens, bounces, unsubscribes, conversions and more',
		defaults: { name: 'Mapp Engage Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mappEngageApi', required: true }],
		properties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readMappTriggerSettings(this);
		const staticData = this.getWorkflowStaticData('node');
		const events = await pollFeed(this, staticData, {
			lookbackMs: settings.lookbackMs,
			// Mapp has no clock method on the REST API this trigger may use: n8n's clock, in whole seconds (pollByRange's
			// precision); the Late Event Window covers the skew between the two clocks.
			now: async () => Math.floor(Date.now() / 1000) * 1000,
			read: responseReader(this, settings, staticData),
		});
		return events.length ? [eventItems(events, settings.simplify)] : null;
	}
}
