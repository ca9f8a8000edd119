import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { requestsPerSecondProperty } from '../nodes/shared/descriptions';

/** Cordial API v2: the API key is the HTTP Basic user name, with an empty password. */
export class CordialApi implements ICredentialType {
	name = 'cordialApi';

	displayName = 'Cordial API';

	icon: Icon = { light: 'file:../icons/cordial.svg', dark: 'file:../icons/cordial.dark.svg' };

	documentationUrl = 'https://support.cordial.com/hc/en-us/articles/115005365087-RESTful-API-summary-and-usage';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Created in Cordial under Account Settings > API Keys. Each key has a list of allowed IP addresses: add the address n8n sends from.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Custom Base URL', value: 'custom' },
				{ name: 'US East (admin.cordial.io)', value: 'usEast' },
				{ name: 'US West (usw2.admin.cordial.io)', value: 'usWest' },
			],
			default: 'usEast',
			description: 'The API host of the account: the one that matches the address of your Cordial admin',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api.cordial.io/v2',
			description: 'The API root including /v2',
			displayOptions: { show: { region: ['custom'] } },
		},
		requestsPerSecondProperty(
			10,
			'Ceiling for requests with this API key. Cordial sets limits per account and publishes no default, so the default is conservative; use the limit Cordial gave your account.',
		),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.apiKey}}', password: '' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{ $credentials.region === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : $credentials.region === "usWest" ? "https://api.usw2.cordial.io/v2" : "https://api.cordial.io/v2" }}',
			url: '/accountcontactattributes',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Cordial refused the API key: either the key is wrong, or the IP address n8n sends from is not on the key\'s allowed IP list (Account Settings > API Keys).',
				},
			},
		],
	};
}
