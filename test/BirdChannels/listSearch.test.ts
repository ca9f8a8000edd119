import { mock } from 'jest-mock-extended';
import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { ICredentialsHelper, Workflow } from 'n8n-workflow';

import { BirdChannelsApi } from '../../credentials/BirdChannelsApi.credentials';
import { BirdChannels } from '../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_ACCESS_KEY, BIRD_CHANNELS, BIRD_FOREIGN_ACCESS_KEY } from '../../sandbox/providers/bird';
import { nodeRegistry } from '../harness/engine';
import { WS, birdSandbox } from './helpers';

/** Applies the credential's generic `authenticate` block (one header expression) like n8n's credentials helper. */
class CredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}
	getParentTypes = () => [];
	isCredentialUsableByNode = () => true;
	async authenticate(credentials: ICredentialDataDecryptedObject, _type: string, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const headers = new BirdChannelsApi().authenticate.properties.headers as Record<string, string>;
		options.headers ??= {};
		for (const [name, template] of Object.entries(headers)) {
			options.headers[name] = template.replace(/^=/, '').replace(/\{\{\$credentials\.(\w+)\}\}/g, (_, key: string) => String(credentials[key]));
		}
		return options;
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	getCredentialsProperties = () => [];
	async getDecrypted() {
		return structuredClone(this.data);
	}
	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
}

describe('Bird Channels: channel list search and credential', () => {
	const ctx = birdSandbox();

	function loadOptionsContext(credentials: ICredentialDataDecryptedObject) {
		const node: INode = {
			id: 'bird',
			name: 'Bird',
			type: 'n8n-nodes-messaging-suite.birdChannels',
			typeVersion: 1,
			position: [0, 0],
			parameters: { resource: 'message', operation: 'send' },
			credentials: { birdChannelsApi: { id: '1', name: 'Bird sandbox' } },
		};
		const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, nodeTypes: nodeRegistry(), active: false });
		const additionalData = mock<IWorkflowExecuteAdditionalData>();
		additionalData.credentialsHelper = new CredentialsHelper(credentials);
		additionalData.currentNodeParameters = undefined;
		return new LoadOptionsContext(workflow, node, additionalData, 'channel');
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
			url: '=/workspaces/{{encodeURIComponent($credentials.workspaceId)}}/channels',
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
