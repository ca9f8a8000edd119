import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { requestsPerSecondProperty } from '../nodes/shared/descriptions';

export class ExpertSenderApi implements ICredentialType {
	name = 'expertSenderApi';

	displayName = 'ExpertSender API';

	icon = { light: 'file:../icons/expertsender.svg', dark: 'file:../icons/expertsender.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-messaging-suite/n8n-nodes-messaging-suite/blob/main/README.md#expertsender';

	properties: INodeProperties[] = [
		{
			displayName: 'API Server URL',
			name: 'apiServer',
			type: 'string',
			default: 'https://api.esv2.com',
			placeholder: 'https://api2.esv2.com',
			required: true,
			description:
				'The API server of your ExpertSender account, shown in the ExpertSender panel under Settings → API (e.g. https://api.esv2.com or https://api2.esv2.com)',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key shown in the ExpertSender panel under Settings → API',
		},
		requestsPerSecondProperty(
			10,
			'Ceiling for requests to this account. ExpertSender publishes no limit, so the default is conservative; raise it if your account manager confirms more.',
		),
	];

	/**
	 * ExpertSender reads the key from the `apiKey` query parameter on GET and DELETE. A POST carries it as `<ApiKey>`
	 * inside the XML body (written by the node's transport), so it is not added to POST URLs, where it would only leak
	 * into logs.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		// Add to suppression list is a POST without a body: its key goes in the query, as for GET and DELETE.
		const bodyless = method === 'POST' && (requestOptions.body === undefined || requestOptions.body === '');
		if (method !== 'GET' && method !== 'DELETE' && !bodyless) return requestOptions;
		return { ...requestOptions, qs: { ...requestOptions.qs, apiKey: credentials.apiKey } };
	}

	// The server time is ExpertSender's cheapest authenticated call.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.apiServer.replace(/\\/+$/, "")}}',
			url: '/v2/Api/Time',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'ExpertSender refused the API key: copy it again from Settings → API in the ExpertSender panel, and check that the API server URL is the one shown there',
				},
			},
		],
	};
}
