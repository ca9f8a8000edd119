import { BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from '../../../sandbox/providers/bird';
import { birdSandbox, outputOf } from '../helpers';

const DELETE = { resource: 'webhookSubscription', operation: 'delete' };
const SUBSCRIPTIONS = `/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: Webhook Subscription → Delete', () => {
	const ctx = birdSandbox();

	// docs.bird.com "Delete a webhook subscription": DELETE …/webhook-subscriptions/{id}, 204 without a body.
	it('deletes a subscription made before and returns deleted: true', async () => {
		const created = await ctx.run({ resource: 'webhookSubscription', operation: 'create', event: 'sms.inbound', url: 'https://hooks.example.com/bird' });
		const id = String(outputOf(created)[0].json.id);
		ctx.sandbox.log.length = 0;
		const result = await ctx.run({ ...DELETE, webhookSubscription: byId(id) });
		expect(ctx.calls()).toEqual([{ method: 'DELETE', path: `${SUBSCRIPTIONS}/${id}`, query: {}, body: undefined }]);
		expect(outputOf(result)).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(ctx.bird.subscriptions.size).toBe(0);
	});

	it("404: an unknown subscription fails with Bird's message", async () => {
		const result = await ctx.run({ ...DELETE, webhookSubscription: byId('d0000000-0000-4000-8000-00000000dead') });
		expect(result.error?.message).toBe('Bird Delete Webhook Subscription failed: Webhook subscription not found (NotFound) [item 0]');
	});

	it.each([
		['   ', 'Webhook Subscription: is empty [item 0]'],
		['..', 'Webhook Subscription: ".." cannot be used in a URL path, since "." and ".." name the path around it [item 0]'],
	])('refuses %j before any request', async (value, message) => {
		const result = await ctx.run({ ...DELETE, webhookSubscription: byId(value) });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
