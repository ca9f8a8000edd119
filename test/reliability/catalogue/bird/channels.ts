/**
 * The Channel, Template and Webhook Subscription operations of Bird Channels, for the generated suites: channels and
 * templates are the emulator's fixtures (sandbox/providers/bird/fixtures.ts); webhook subscriptions are put into the
 * emulator by `setup` with known IDs.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../../sandbox/framework';
import { BIRD_CHANNELS, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID, type BirdProvider, type StoredSubscription } from '../../../../sandbox/providers/bird';
import { BIRD_CHANNEL_TEMPLATES, BIRD_TEMPLATE_PROJECTS } from '../../../../sandbox/providers/bird/fixtures';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const base = { node: 'birdChannels', credentialType: 'birdChannelsApi', provider: 'bird', providerName: 'Bird' };
const bird = (sandbox: Sandbox) => sandbox.provider<BirdProvider>('bird');
const mapped = (field: string): IDataObject => ({ __rl: true, mode: 'id', value: `={{ $json.${field} }}` });
const twoRuns = [{ json: { n: 1 } }, { json: { n: 2 } }];

/** Path values RFC 3986 dot-segment removal turns into another resource, and what an expression gives besides text. */
const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];
const NOT_TEXT = [{ id: 'x' }, ['a', 'b'], 'half \uD83D of an emoji'];
const pagingInputs: InvalidInput[] = [
	{ path: 'limit', values: [0, -1, 1.5], field: 'Limit' },
	{ path: 'options.pageSize', values: [0, 101, -1, 2.5], field: 'Page Size' },
	{ path: 'options.pageToken', values: ['t'.repeat(8001), 'a\u0000b', 'a\nb'], field: 'Start Page Token' },
];

// ------------------------------------------------------------------------------------------------------- channels

const getChannel: OperationSpec = {
	...base,
	label: 'Bird Channels Get Channel',
	parameters: { resource: 'channel', operation: 'get', channel: mapped('channelId'), simplify: true },
	items: [{ json: { channelId: BIRD_CHANNELS.sms.id } }, { json: { channelId: BIRD_CHANNELS.whatsapp.id } }],
};

const getManyChannels: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Channels (platform and status)',
	parameters: { resource: 'channel', operation: 'getAll', returnAll: false, limit: 5, simplify: true, filters: { platform: 'sms-messagebird', status: 'active' } },
	items: twoRuns,
	oneToOne: false,
};

const getManyChannelsPaged: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Channels (Include Paging Info)',
	parameters: { resource: 'channel', operation: 'getAll', returnAll: false, limit: 2, simplify: false, options: { includePagingInfo: true, pageSize: 50, reverse: true } },
	items: twoRuns,
	oneToOne: true,
};

// ------------------------------------------------------------------------------------------------------ templates

const { appointmentReminder, orderShipped } = BIRD_TEMPLATE_PROJECTS;

const getTemplate: OperationSpec = {
	...base,
	label: 'Bird Channels Get Template (latest)',
	parameters: { resource: 'template', operation: 'get', template: mapped('projectId'), version: 'latest', simplify: true },
	items: [{ json: { projectId: appointmentReminder.id } }, { json: { projectId: orderShipped.id } }],
};

/** A given version, mapped from the item: the version ID goes into the second request's path. */
const getTemplateVersion: OperationSpec = {
	...base,
	label: 'Bird Channels Get Template (one version)',
	parameters: { resource: 'template', operation: 'get', template: { __rl: true, mode: 'id', value: appointmentReminder.id }, version: '={{ $json.version }}', simplify: false },
	items: BIRD_CHANNEL_TEMPLATES.slice(0, 2).map((template) => ({ json: { version: template.id } })),
};

const getManyTemplates: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Templates (Include Variables)',
	parameters: { resource: 'template', operation: 'getAll', returnAll: false, limit: 10, simplify: true, filters: { search: 'customer' }, options: { includeVariables: true } },
	items: twoRuns,
	oneToOne: false,
};

// ------------------------------------------------------------------------------------------ webhook subscriptions

const SUBSCRIPTION_IDS = ['d0000000-0000-4000-8000-0000000000a1', 'd0000000-0000-4000-8000-0000000000a2'];

/** Two subscriptions, as if made in Bird's UI. */
function seedSubscriptions(sandbox: Sandbox): void {
	SUBSCRIPTION_IDS.forEach((id, n) => {
		const subscription: StoredSubscription = {
			id,
			organizationId: BIRD_ORGANIZATION_ID,
			workspaceId: BIRD_WORKSPACE_ID,
			service: 'channels',
			event: n === 0 ? 'sms.inbound' : 'sms.outbound',
			eventFilters: [],
			url: `https://hooks.example.com/seeded-${n}`,
			signingKey: `seeded-signing-key-${n}`,
			status: 'active',
			createdAt: '2025-05-01T10:00:00.000Z',
			updatedAt: '2025-05-01T10:00:00.000Z',
		};
		bird(sandbox).subscriptions.set(id, subscription);
	});
}

/** Every subscription as event, URL and filters: one made twice shows as the same key twice. */
const subscriptionsNow = (sandbox: Sandbox) =>
	[...bird(sandbox).subscriptions.values()].map((subscription) => `${subscription.event}|${subscription.url}|${JSON.stringify(subscription.eventFilters)}`);

const createSubscription: OperationSpec = {
	...base,
	label: 'Bird Channels Create Webhook Subscription',
	parameters: {
		resource: 'webhookSubscription',
		operation: 'create',
		event: 'sms.outbound',
		url: '={{ $json.url }}',
		additionalFields: {
			eventFilters: { filter: [{ key: 'channelId', value: BIRD_CHANNELS.sms.id }, { key: 'messageStatus', value: '={{ $json.status }}' }] },
			signingKey: 'sk-catalogue-1',
		},
	},
	items: [
		{ json: { url: 'https://hooks.example.com/delivered', status: 'delivered' } },
		{ json: { url: 'https://hooks.example.com/failed', status: 'delivery_failed' } },
	],
	deliveries: subscriptionsNow,
};

const getManySubscriptions: OperationSpec = {
	...base,
	label: 'Bird Channels Get Many Webhook Subscriptions',
	parameters: { resource: 'webhookSubscription', operation: 'getAll', returnAll: false, limit: 10, simplify: true },
	items: twoRuns,
	oneToOne: false,
	setup: seedSubscriptions,
};

const deleteSubscription: OperationSpec = {
	...base,
	label: 'Bird Channels Delete Webhook Subscription',
	parameters: { resource: 'webhookSubscription', operation: 'delete', webhookSubscription: mapped('id') },
	items: SUBSCRIPTION_IDS.map((id) => ({ json: { id } })),
	setup: seedSubscriptions,
	// One key per deleted subscription.
	deliveries: (sandbox) => SUBSCRIPTION_IDS.filter((id) => !bird(sandbox).subscriptions.has(id)).map((id) => `deleted:${id}`),
};

export const operations: OperationSpec[] = [
	getChannel,
	getManyChannels,
	getManyChannelsPaged,
	getTemplate,
	getTemplateVersion,
	getManyTemplates,
	createSubscription,
	getManySubscriptions,
	deleteSubscription,
];

const BAD_URLS = ['', 'http://hooks.example.com/x', 'https://127.0.0.1/x', 'https://localhost/x', 'hooks.example.com/x', 'https://exa mple.com/x', 'javascript:alert(1)'];

export const invalid: ProviderCatalogue['invalid'] = [
	{ operation: getChannel.label, inputs: [{ path: 'item.channelId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Channel' }] },
	{
		operation: getManyChannels.label,
		inputs: [
			{ path: 'filters.platform', values: ['', '  ', 'sms messagebird', 'sms/messagebird', 'whats_app'], field: 'Platform' },
			{ path: 'filters.status', values: ['deleted', 'ACTIVE'], field: 'Status' },
			...pagingInputs,
		],
	},
	{ operation: getManyChannelsPaged.label, inputs: pagingInputs },
	{ operation: getTemplate.label, inputs: [{ path: 'item.projectId', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Template' }] },
	{
		operation: getTemplateVersion.label,
		inputs: [
			{ path: 'item.version', values: ['', '   ', ...DOT_IDS, ...NOT_TEXT], field: 'Version' },
			{ path: 'template.value', values: ['  ', ...DOT_IDS], field: 'Template' },
		],
	},
	{ operation: getManyTemplates.label, inputs: pagingInputs },
	{
		operation: createSubscription.label,
		inputs: [
			{ path: 'item.url', values: [...BAD_URLS, ...NOT_TEXT], field: 'URL' },
			{ path: 'item.status', values: ['', '   ', ...NOT_TEXT], field: 'Event Filters › Filter 2 › Value' },
			{ path: 'additionalFields.eventFilters.filter[1].key', values: ['channelId'], field: 'Event Filters › Filter 2 › Key' },
			{ path: 'event', values: ['sms.clicked', 'channels'], field: 'Event' },
		],
	},
	{ operation: getManySubscriptions.label, inputs: pagingInputs },
	{ operation: deleteSubscription.label, inputs: [{ path: 'item.id', values: ['', '   ', null, ...DOT_IDS, ...NOT_TEXT], field: 'Webhook Subscription' }] },
];
