import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { BirdChannelsApi } from '../../credentials/BirdChannelsApi.credentials';
import { BirdChannels } from '../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_ACCESS_KEY, BIRD_CHANNELS, BIRD_FOREIGN_ACCESS_KEY, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from '../../sandbox/providers/bird';
import { BIRD_TEMPLATE_PROJECTS } from '../../sandbox/providers/bird/fixtures';
import { loadOptionsContext as harnessContext } from '../harness/loadOptions';
import { WS, birdSandbox } from './helpers';

describe('Bird Channels: channel list search and credential', () => {
	const ctx = birdSandbox();

	/** The editor's context for a picker (by default the Channel picker of Message → Send), with the given credential. */
	function loadOptionsContext(credentials: ICredentialDataDecryptedObject, parameters: INodeParameters = { resource: 'message', operation: 'send' }, path = 'parameters.channel') {
		return harnessContext({ node: 'birdChannels', credentialType: 'birdChannelsApi', credentials, parameters, path });
	}

	// docs.bird.com "Channels management" › Retrieve list of channels: the `status` filter; "In order to send a
	// message you must have an active channel" (Messaging).
	it('lists the active channels of the workspace, filtered by the search text', async () => {
		const search = new BirdChannels().methods.listSearch.searchChannels;
		const context = loadOptionsContext(ctx.credentials());
		const all = await search.call(context);
		expect(all).toEqual({
			results: [
				{ name: 'SMS Notifications (sms-messagebird)', value: BIRD_CHANNELS.sms.id },
				{ name: 'Transactional Email (email-sparkpost)', value: BIRD_CHANNELS.email.id },
				{ name: 'WhatsApp Support (whatsapp)', value: BIRD_CHANNELS.whatsapp.id },
			],
			paginationToken: undefined,
		});
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels`, query: { limit: '100', status: 'active' }, body: undefined }]);
		expect(ctx.log()[0].headers.authorization).toBe(`AccessKey ${BIRD_ACCESS_KEY}`);
		expect(await search.call(context, 'email')).toEqual({
			results: [{ name: 'Transactional Email (email-sparkpost)', value: BIRD_CHANNELS.email.id }],
			paginationToken: undefined,
		});
	});

	it('offers every channel, with its status when not active, under the Channel resource', async () => {
		const search = new BirdChannels().methods.listSearch.searchChannels;
		const context = loadOptionsContext(ctx.credentials(), { resource: 'channel', operation: 'get' });
		expect(await search.call(context, 'sms')).toEqual({
			results: [
				{ name: 'SMS Notifications (sms-messagebird)', value: BIRD_CHANNELS.sms.id },
				{ name: 'Legacy SMS Number (sms-messagebird) [inactive]', value: BIRD_CHANNELS.legacySms.id },
			],
			paginationToken: undefined,
		});
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels`, query: { limit: '100' }, body: undefined }]);
	});

	// docs.bird.com "Projects" › List projects in workspace, `type` channelTemplate (the ProjectType of message templates).
	it('lists the message templates as "<name> (<locales>)" with the project ID, filtered by the search text', async () => {
		const search = new BirdChannels().methods.listSearch.searchTemplates;
		const context = loadOptionsContext(ctx.credentials(), { resource: 'template', operation: 'get' }, 'parameters.template');
		expect(await search.call(context)).toEqual({
			results: [
				{ name: 'Appointment reminder (en, nl)', value: BIRD_TEMPLATE_PROJECTS.appointmentReminder.id },
				{ name: 'Order shipped (en)', value: BIRD_TEMPLATE_PROJECTS.orderShipped.id },
				{ name: 'Spring sale (en)', value: BIRD_TEMPLATE_PROJECTS.springSale.id },
			],
			paginationToken: undefined,
		});
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/projects`, query: { type: 'channelTemplate', limit: '100' }, body: undefined }]);
		expect((await search.call(context, 'NL')).results).toEqual([{ name: 'Appointment reminder (en, nl)', value: BIRD_TEMPLATE_PROJECTS.appointmentReminder.id }]);
		expect((await search.call(context, 'nothing like it')).results).toEqual([]);
	});

	// docs.bird.com "List webhook subscriptions": `limit` 1..100 and `pageToken`, below the organization.
	it('lists the webhook subscriptions page by page, filtered by the search text', async () => {
		const subscriptions = `/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;
		for (let n = 0; n < 101; n++) {
			const id = `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
			const event = n === 100 ? 'email.interaction' : 'sms.inbound';
			const stamp = '2025-05-01T10:00:00.000Z';
			ctx.bird.subscriptions.set(id, { id, organizationId: BIRD_ORGANIZATION_ID, workspaceId: BIRD_WORKSPACE_ID, service: 'channels', event, eventFilters: [], url: `https://hooks.example.com/${n}`, status: 'active', createdAt: stamp, updatedAt: stamp });
		}
		const search = new BirdChannels().methods.listSearch.searchWebhookSubscriptions;
		const context = loadOptionsContext(ctx.credentials(), { resource: 'webhookSubscription', operation: 'delete' }, 'parameters.webhookSubscription');
		const first = await search.call(context);
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'sms.inbound → https://hooks.example.com/0', value: 'd0000000-0000-4000-8000-000000000000' });
		const second = await search.call(context, 'interaction', first.paginationToken);
		expect(second).toEqual({ results: [{ name: 'email.interaction → https://hooks.example.com/100', value: 'd0000000-0000-4000-8000-000000000100' }], paginationToken: undefined });
		expect(ctx.calls().map((call) => [call.path, call.query])).toEqual([
			[subscriptions, { limit: '100' }],
			[subscriptions, { limit: '100', pageToken: first.paginationToken }],
		]);
		const noOrg = loadOptionsContext({ ...ctx.credentials(), organizationId: '' }, { resource: 'webhookSubscription', operation: 'delete' });
		await expect(search.call(noOrg)).rejects.toMatchObject({ message: 'The Bird Channels credential has no Organization ID' });
	});

	it('fails with Bird\'s message when the key may not use the workspace, without showing the key', async () => {
		const search = new BirdChannels().methods.listSearch.searchChannels;
		const context = loadOptionsContext({ ...ctx.credentials(), accessKeySecret: BIRD_FOREIGN_ACCESS_KEY });
		const error = (await search.call(context).catch((caught: unknown) => caught)) as { message: string; description: string };
		expect(error.message).toBe('Bird List Channels failed: The access key has no permission for this workspace (Forbidden)');
		expect(error.description).toContain('The access key has no role or policy for this action in this workspace');
		expect(JSON.stringify(error)).not.toContain(BIRD_FOREIGN_ACCESS_KEY);
	});

	it('credential: AccessKey header, a test request that lists channels, and explanations for 401 and 403', async () => {
		const credential = new BirdChannelsApi();
		expect(credential.name).toBe('birdChannelsApi');
		expect(credential.properties.find((property) => property.name === 'accessKeySecret')?.typeOptions).toEqual({ password: true });
		expect(credential.test.request).toEqual({
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			// With an Organization ID it lists webhook subscriptions instead (test/BirdChannels/trigger/credential.test.ts).
			url: expect.stringContaining('"/workspaces/" + encodeURIComponent($credentials.workspaceId) + "/channels"'),
			qs: { limit: 1 },
			headers: { Accept: 'application/json' },
		});
		expect(credential.test.rules?.map((rule) => (rule.properties as { value: number }).value)).toEqual([401, 403, 404]);
		// The same request against the sandbox: 200 with the key, 401 without a valid one, 403 for another workspace's key.
		const url = `${String(ctx.credentials().baseUrl)}${WS}/channels?limit=1`;
		const status = async (key: string) => (await fetch(url, { headers: { Authorization: `AccessKey ${key}` } })).status;
		expect(await status(BIRD_ACCESS_KEY)).toBe(200);
		expect(await status('wrong')).toBe(401);
		expect(await status(BIRD_FOREIGN_ACCESS_KEY)).toBe(403);
	});
});
