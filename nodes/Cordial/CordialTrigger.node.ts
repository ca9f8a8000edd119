import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollFeed } from '../shared/polling';
import { readActivities } from './trigger/activities';
import { properties } from './trigger/description';
import { eventItems } from './trigger/output';
import { readCordialTriggerSettings } from './trigger/settings';

export class CordialTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cordial Trigger',
		name: 'cordialTrigger',
		icon: { light: 'file:../../icons/cordial.svg', dark: 'file:../../icons/cordial.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow on Cordial contact activities: message sent, open, click, bounce, opt-out and custom events',
		defaults: { name: 'Cordial Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'cordialApi', required: true }],
		properties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readCordialTriggerSettings(this);
		const events = await pollFeed(this, this.getWorkflowStaticData('node'), {
			lookbackMs: settings.lookbackMs,
			// Cordial has no clock endpoint: n8n's clock, in whole seconds (the precision of Cordial's times).
			now: async () => Math.floor(Date.now() / 1000) * 1000,
			read: async (from, until) => await readActivities(this, settings, from, until),
		});
		return events.length ? [eventItems(events, settings.simplify)] : null;
	}
}
