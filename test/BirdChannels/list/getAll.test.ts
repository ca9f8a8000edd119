import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const seededSimplified = Object.values(BIRD_LISTS).map((list) => ({
	id: list.id,
	name: list.name,
	description: list.description,
	contactCount: 0,
	createdAt: '2025-01-06T09:00:00.000Z',
	updatedAt: '2025-01-06T09:00:00.000Z',
}));

describe('Bird Channels: List → Get Many', () => {
	const ctx = birdSandbox();

	it('reads every list page by page, simplified', async () => {
		const result = await ctx.run({ ...LIST, operation: 'getAll', returnAll: true, options: { pageSize: 1 } });
		// docs.bird.com "List lists" (GET /workspaces/{workspaceId}/lists) paged as "Pagination" says: limit, pageToken.
		expect(ctx.calls().map((call) => [call.method, call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			['GET', `${WS}/lists`, '1', 'undefined'],
			['GET', `${WS}/lists`, '1', 'string'],
		]);
		expect(outputOf(result)).toEqual(seededSimplified.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	it('stops at the limit and gives the paging info with Include Paging Info', async () => {
		const result = await ctx.run({ ...LIST, operation: 'getAll', returnAll: false, limit: 1, simplify: false, options: { includePagingInfo: true } });
		expect(ctx.calls().map((call) => call.query)).toEqual([{ limit: '1' }]);
		const [item] = outputOf(result);
		expect(item.json.results).toEqual([expect.objectContaining({ id: BIRD_LISTS.newsletter.id, tags: [], isProof: false, counter: expect.any(Object) })]);
		expect(item.json.nextPageToken).toEqual(expect.any(String));
	});

	it('refuses a Limit of 0 before any request', async () => {
		const result = await ctx.run({ ...LIST, operation: 'getAll', returnAll: false, limit: 0 });
		expect(result.error?.message).toBe('Limit: "0" is not a whole number of at least 1 [item 0]');
		expect(ctx.calls()).toEqual([]);
	});
});
