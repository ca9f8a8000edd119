import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchChannels } from './methods/listSearch';
import { properties } from './trigger/description';
import { receive } from './trigger/receive';
import { checkExists, create, remove } from './trigger/registration';

/**
 * Starts a workflow on Bird Channels events (received messages, message status updates, e-mail interactions) through
 * webhook subscriptions it registers on activation and deletes on deactivation, verifying Bird's signature.
 */
export class BirdChannelsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bird Channels Trigger',
		name: 'birdChannelsTrigger',
		icon: { light: 'file:../../icons/bird.svg', dark: 'file:../../icons/bird.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Bird receives a message, a sent message changes status or a contact interacts with an e-mail',
		defaults: { name: 'Bird Channels Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'birdChannelsApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties,
	};

	methods = { listSearch: { searchChannels } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receive.call(this);
	}
}
