import type { IAuthenticateGeneric, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Test-only credential for the transport probe: a base URL and HTTP Basic, like Mapp Engage and Cordial. */
export class TestProbeApi implements ICredentialType {
	name = 'testProbeApi';

	displayName = 'Test Probe API';

	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
		{ displayName: 'User', name: 'user', type: 'string', default: '' },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.user}}', password: '={{$credentials.password}}' } },
	};
}
