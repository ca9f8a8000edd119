import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const NEWSLETTER = BIRD_LISTS.newsletter;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'Newsletter' });

/** The seeded list as Bird's "Get a list" answers it (the workspace's lists start with no contacts). */
const rawNewsletter = (contactCount: number) => ({
	id: NEWSLETTER.id,
	name: 'Newsletter',
	description: 'Monthly product news',
	createdAt: '2025-01-06T09:00:00.000Z',
	updatedAt: '2025-01-06T09:00:00.000Z',
	contactCount,
	tags: [],
	isProof: false,
	counter: { count: contactCount, updatedAt: expect.any(String) },
});

describe('Bird Channels: List → Get', () => {
	const ctx = birdSandbox();

	it('gets a list picked from the list, simplified by default', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		ctx.bird.contacts.get(String(ann.id))!.listIds.push(NEWSLETTER.id);
		const result = await ctx.run({ ...LIST, operation: 'get', listId: fromList(NEWSLETTER.id) });
		// docs.bird.com "Get a list": GET /workspaces/{workspaceId}/lists/{listId}, no body.
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/lists/${NEWSLETTER.id}`, query: {}, body: undefined }]);
		expect(outputOf(result)).toEqual([
			{
				json: { id: NEWSLETTER.id, name: 'Newsletter', description: 'Monthly product news', contactCount: 1, createdAt: '2025-01-06T09:00:00.000Z', updatedAt: '2025-01-06T09:00:00.000Z' },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('gives the raw list with Simplify off, and an ID mapped as plain text works too', async () => {
		const result = await ctx.run({ ...LIST, operation: 'get', listId: '={{ $json.list }}', simplify: false }, [{ json: { list: NEWSLETTER.id } }]);
		expect(outputOf(result)).toEqual([{ json: rawNewsletter(0), pairedItem: { item: 0 } }]);
	});

	it("an unknown list fails with Bird's message", async () => {
		const result = await ctx.run({ ...LIST, operation: 'get', listId: byId('0f0f0f0f-0000-4000-8000-000000000000') });
		expect(result.error?.message).toBe('Bird Get List failed: List not found (NotFound) [item 0]');
	});

	it.each(['', '  ', '..'])('refuses the List %j before any request', async (value) => {
		const result = await ctx.run({ ...LIST, operation: 'get', listId: byId('={{ $json.list }}') }, [{ json: { list: value } }]);
		expect(result.error?.message).toMatch(/^List: .* \[item 0\]$/);
		expect(ctx.calls()).toEqual([]);
	});
});
