import type { StoredSubscription } from '../../../sandbox/providers/bird';
import { BIRD_CHANNELS, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from '../../../sandbox/providers/bird';
import { birdSandbox, outputOf } from '../helpers';

const GET_MANY = { resource: 'webhookSubscription', operation: 'getAll' };
const SUBSCRIPTIONS = `/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;

/** A subscription as "Create a webhook subscription" stores it, put straight into the emulator. */
function seed(ctx: ReturnType<typeof birdSandbox>, n: number, extra: Partial<StoredSubscription> = {}): StoredSubscription {
	const subscription: StoredSubscription = {
		id: `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		organizationId: BIRD_ORGANIZATION_ID,
		workspaceId: BIRD_WORKSPACE_ID,
		service: 'channels',
		event: 'sms.inbound',
		eventFilters: [],
		url: `https://hooks.example.com/${n}`,
		signingKey: `secret-${n}`,
		status: 'active',
		createdAt: '2025-05-01T10:00:00.000Z',
		updatedAt: '2025-05-01T10:00:00.000Z',
		...extra,
	};
	ctx.bird.subscriptions.set(subscription.id, subscription);
	return subscription;
}

describe('Bird Channels: Webhook Subscription → Get Many', () => {
	const ctx = birdSandbox();

	// docs.bird.com "List webhook subscriptions": GET …/webhook-subscriptions with `limit` (1..100) and `pageToken`.
	it('lists the subscriptions, simplified, never with the signing key', async () => {
		const first = seed(ctx, 1, { event: 'email.interaction', eventFilters: [{ key: 'channelId', value: BIRD_CHANNELS.email.id }] });
		const second = seed(ctx, 2);
		const result = await ctx.run({ ...GET_MANY, returnAll: true });
		expect(ctx.calls()).toEqual([{ method: 'GET', path: SUBSCRIPTIONS, query: { limit: '100' }, body: undefined }]);
		const simplified = (s: StoredSubscription) => ({ id: s.id, event: s.event, url: s.url, eventFilters: s.eventFilters, status: 'active', createdAt: s.createdAt, updatedAt: s.updatedAt });
		expect(outputOf(result)).toEqual([
			{ json: simplified(first), pairedItem: { item: 0 } },
			{ json: simplified(second), pairedItem: { item: 0 } },
		]);
	});

	it('gives raw subscriptions without the signing key, page by page up to the limit', async () => {
		const seeded = [1, 2, 3].map((n) => seed(ctx, n));
		const result = await ctx.run({ ...GET_MANY, returnAll: false, limit: 2, simplify: false, options: { pageSize: 1 } });
		expect(ctx.calls().map((call) => [call.query.limit, typeof call.query.pageToken])).toEqual([
			['1', 'undefined'],
			['1', 'string'],
		]);
		expect(outputOf(result)).toEqual(seeded.slice(0, 2).map((subscription) => ({ json: { ...subscription, signingKey: undefined }, pairedItem: { item: 0 } })));
		expect(outputOf(result).map((item) => 'signingKey' in item.json)).toEqual([false, false]);
	});

	it('refuses a credential without Organization ID, and bad paging, before any request', async () => {
		const noOrg = await ctx.run({ ...GET_MANY, returnAll: true }, [{ json: {} }], { credentials: { ...ctx.credentials(), organizationId: '  ' } });
		expect(noOrg.error?.message).toBe('The Bird Channels credential has no Organization ID [item 0]');
		const badSize = await ctx.run({ ...GET_MANY, returnAll: true, options: { pageSize: 0 } });
		expect(badSize.error?.message).toBe('Page Size: 0 is not a whole number from 1 to 100 [item 0]');
		expect(ctx.calls()).toEqual([]);
	});

	it("fails with Bird's message when the organization is not the key's", async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true }, [{ json: {} }], { credentials: { ...ctx.credentials(), organizationId: '00000000-0000-4000-8000-000000000000' } });
		expect(result.error?.message).toBe('Bird Get Many Webhook Subscriptions failed: Organization not found (NotFound) [item 0]');
	});
});
