import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { requestsPerSecondProperty } from '../nodes/shared/descriptions';

export class MappEngageApi implements ICredentialType {
	name = 'mappEngageApi';

	displayName = 'Mapp Engage API';

	// This n8n-nodes-base rule is for n8n's own repository (slugs); community credentials need a full URL.
	documentationUrl = 'https://github.com/n8n-nodes-messaging-suite/n8n-nodes-messaging-suite/blob/main/README.md#mapp-engage';

	icon = { light: 'file:../icons/mapp.svg', dark: 'file:../icons/mapp.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://your-engage-domain.com/api/rest/v19',
			description:
				'The full REST API base URL of your Mapp Engage instance, with any instance path and the API version',
		},
		{
			displayName: 'SOAP Endpoint',
			name: 'soapEndpoint',
			type: 'string',
			default: '',
			placeholder: 'https://your-engage-domain.com/api/soap/v19',
			description:
				'Only for API: SOAP. Leave empty to derive it from the API Base URL (…/api/rest/v19 becomes …/api/soap/v19).',
		},
		{
			displayName: 'System User Email',
			name: 'user',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. api-user@example.com',
			description: 'A system user of type API or Hybrid (Administration > System Users)',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		requestsPerSecondProperty(
			10,
			'Ceiling for REST and SOAP calls to this Mapp account. Mapp allows about 10 calls per second per account and answers more with "Database Access Limit Exceeded".',
		),
	];

	// Mapp takes HTTP Basic on every REST and SOAP call; there is no login or token.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.user}}', password: '={{$credentials.password}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/system/getApiVersion',
			method: 'GET',
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Mapp received no credentials: fill in the System User Email and Password.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Mapp refused the system user: check the password, and that the system user is of type API or Hybrid (Administration > System Users).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No Mapp Engage API at this address: the API Base URL should look like https://your-engage-domain.com/api/rest/v19.',
				},
			},
		],
	};
}
