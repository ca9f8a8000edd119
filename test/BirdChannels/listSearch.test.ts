import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { BirdChannelsApi } from '../../credentials/BirdChannelsApi.credentials';
import { BirdChannels } from '../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_ACCESS_KEY, BIRD_CHANNELS, BIRD_FOREIGN_ACCESS_KEY } from '../../sandbox/providers/bird';
import { loadOptionsContext as harnessContext } from '../harness/loadOptions';
import { WS, birdSandbox } from './helpers';

describe('Bird Channels: channel list search and credential', () => {
	const ctx = birdSandbox();

	/** The editor's context for the Channel picker of Message → Send, with the given credential. */
	function loadOptionsContext(credentials: ICredentialDataDecryptedObject) {
		return harnessContext({
			node: 'birdChannels',
			credentialType: 'birdChannelsApi',
			credentials,
			parameters: { resource: 'message', operation: 'send' },
			path: 'parameters.channel',
		});
	}

	it('lists the workspace channels, filtered by the search text', async () => {
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
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels`, query: { limit: '100' }, body: undefined }]);
		expect(ctx.log()[0].headers.authorization).toBe(`AccessKey ${BIRD_ACCESS_KEY}`);
		expect(await search.call(context, 'email')).toEqual({
			results: [{ name: 'Transactional Email (email-sparkpost)', value: BIRD_CHANNELS.email.id }],
			paginationToken: undefined,
		});
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
