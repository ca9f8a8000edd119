import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { requestsPerSecondProperty } from '../nodes/shared/descriptions';

/**
 * Access key for the Bird Channels API (api.bird.com, workspace-scoped paths). Named `birdChannelsApi` because the
 * official Bird package, which targets Bird's newer platform API, already uses `birdApi`.
 */
export class BirdChannelsApi implements ICredentialType {
	name = 'birdChannelsApi';

	displayName = 'Bird Channels API';

	icon = { light: 'file:../icons/bird.svg', dark: 'file:../icons/bird.dark.svg' } as const;

	documentationUrl = 'https://docs.bird.com/api/channels-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Key',
			name: 'accessKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'In Bird, open Settings → Security → Access keys and create a key whose role allows the channels and contacts of the workspace',
		},
		{
			displayName: 'Workspace ID',
			name: 'workspaceId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 5d8bd3c5-1a40-4c4c-9f4b-5b1a4a3b2c1d',
			description: 'The UUID in the address bar of Bird after /workspaces/, or under Settings → Workspace',
		},
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
			description:
				'Needed only by the Bird Channels Trigger, which registers webhook subscriptions (an organization-level API). The UUID in the address bar of Bird after /organizations/, or under Settings → Organization.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.bird.com',
			description: 'Change only to reach a proxy or a test double of the Channels API',
		},
		requestsPerSecondProperty(
			500,
			'Ceiling for sends and other writes (POST, PATCH, PUT, DELETE) in this workspace. Bird allows 500 per second per workspace.',
			{ displayName: 'Write Requests per Second' },
		),
		requestsPerSecondProperty(
			50,
			'Ceiling for reads (GET) in this workspace. Bird allows 50 per second per workspace.',
			{ displayName: 'Read Requests per Second', name: 'readRequestsPerSecond' },
		),
	];

	/**
	 * `Authorization: AccessKey <key>` (docs.bird.com, "Authentication"). A function rather than the generic form, whose
	 * expression n8n evaluates again for every request: about 1 ms each, as long as a slot at Bird's 500 writes a second.
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: `AccessKey ${String(credentials.accessKeySecret ?? '')}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			// With an organization ID the test lists the webhook subscriptions, so that the ID the trigger needs is
			// checked too; without one it lists the workspace's channels.
			url: '={{($credentials.organizationId || "").trim() ? "/organizations/" + encodeURIComponent($credentials.organizationId.trim()) + "/workspaces/" + encodeURIComponent($credentials.workspaceId) + "/webhook-subscriptions" : "/workspaces/" + encodeURIComponent($credentials.workspaceId) + "/channels"}}',
			qs: { limit: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Bird did not accept the access key: copy it again from Settings → Security → Access keys',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The access key is valid but may not read this workspace: check the workspace ID and give the key a role with channel access (and, with an organization ID, webhook subscription access)',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No such workspace, or the organization ID does not belong to it: check the workspace ID and the organization ID',
				},
			},
		],
	};
}
