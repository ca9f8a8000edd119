import { BirdChannels } from '../../../nodes/BirdChannels/BirdChannels.node';
import { callBird } from '../../../sandbox/providers/bird/conversations';
import { loadOptionsContext } from '../../harness/loadOptions';
import { WS, birdSandbox } from '../helpers';
import { seedEmailConversation } from './fixtures';

describe('Bird Channels: Conversation picker', () => {
	const ctx = birdSandbox();
	const context = () =>
		loadOptionsContext({
			node: 'birdChannels',
			credentialType: 'birdChannelsApi',
			credentials: ctx.credentials(),
			parameters: { resource: 'conversation', operation: 'get' },
			path: 'parameters.conversation',
		});

	it('lists the conversations page by page, naming closed ones, filtered by the search text', async () => {
		const seeded = Array.from({ length: 101 }, (_, n) => seedEmailConversation(ctx.bird, `user${n}@example.com`, `Case ${n}`, false));
		callBird(ctx.bird, 'PATCH', `/conversations/${String(seeded[100].id)}`, { status: 'closed' });
		const search = new BirdChannels().methods.listSearch.searchConversations;
		const first = await search.call(context());
		expect(first.results[0]).toEqual({ name: 'Case 100 (closed)', value: seeded[100].id });
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await search.call(context(), undefined, first.paginationToken as string);
		expect(second).toEqual({ results: [{ name: 'Case 0', value: seeded[0].id }], paginationToken: undefined });
		expect(ctx.calls().map((call) => [call.path, call.query.limit, call.query.pageToken])).toEqual([
			[`${WS}/conversations`, '100', undefined],
			[`${WS}/conversations`, '100', first.paginationToken],
		]);

		const filtered = await search.call(context(), 'case 10');
		expect(filtered.results.map((entry) => entry.name)).toEqual(['Case 100 (closed)', 'Case 10']);
		const byId = await search.call(context(), String(seeded[5].id));
		expect(byId.results).toEqual([{ name: 'Case 5', value: seeded[5].id }]);
	});
});
