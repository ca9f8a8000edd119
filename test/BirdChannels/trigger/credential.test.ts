import { BirdChannelsApi } from '../../../credentials/BirdChannelsApi.credentials';
import { BIRD_ACCESS_KEY, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from '../../../sandbox/providers/bird';
import { birdSandbox } from '../helpers';

/** The credential test covers the Organization ID the trigger needs: with one it lists the webhook subscriptions. */
describe('Bird Channels credential: Organization ID', () => {
	const ctx = birdSandbox();
	const credential = new BirdChannelsApi();
	// The test request's URL expression, evaluated as n8n evaluates `={{ … }}` against $credentials.
	const testUrl = (credentials: Record<string, unknown>): string => {
		const expression = String(credential.test.request.url).replace(/^=\{\{/, '').replace(/\}\}$/, '');
		return (new Function('$credentials', `return (${expression});`) as (c: unknown) => string)(credentials);
	};
	const status = async (path: string) =>
		(await fetch(`${String(ctx.credentials().baseUrl)}${path}?limit=1`, { headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}` } })).status;

	it('offers an optional Organization ID', () => {
		const field = credential.properties.find((property) => property.name === 'organizationId');
		expect(field).toMatchObject({ displayName: 'Organization ID', type: 'string', default: '' });
		expect(field?.required).toBeUndefined();
	});

	it('tests the webhook subscriptions of the organization when one is given, the channels otherwise', async () => {
		const withOrg = testUrl({ workspaceId: BIRD_WORKSPACE_ID, organizationId: ` ${BIRD_ORGANIZATION_ID} ` });
		expect(withOrg).toBe(`/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`);
		expect(await status(withOrg)).toBe(200);
		const wrongOrg = testUrl({ workspaceId: BIRD_WORKSPACE_ID, organizationId: '00000000-0000-4000-8000-000000000000' });
		expect(await status(wrongOrg)).toBe(404);
		const withoutOrg = testUrl({ workspaceId: BIRD_WORKSPACE_ID, organizationId: '' });
		expect(withoutOrg).toBe(`/workspaces/${BIRD_WORKSPACE_ID}/channels`);
		expect(await status(withoutOrg)).toBe(200);
		expect(testUrl({ workspaceId: BIRD_WORKSPACE_ID })).toBe(`/workspaces/${BIRD_WORKSPACE_ID}/channels`);
	});
});
