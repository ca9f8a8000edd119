import { BirdChannels } from '../../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_ACCESS_KEY } from '../../../sandbox/providers/bird';
import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { loadOptionsContext } from '../../harness/loadOptions';
import { WS, birdSandbox } from '../helpers';

describe('Bird Channels: List picker (searchLists)', () => {
	const ctx = birdSandbox();
	const search = new BirdChannels().methods.listSearch.searchLists;
	const context = () =>
		loadOptionsContext({
			node: 'birdChannels',
			credentialType: 'birdChannelsApi',
			credentials: ctx.credentials(),
			parameters: { resource: 'list', operation: 'get' },
			path: 'parameters.listId',
		});

	it('pages through the lists by name and filters each page by the search text', async () => {
		// 100 more lists through the API, so that the picker needs a second page.
		for (let n = 0; n < 100; n++) {
			await fetch(`${ctx.sandbox.url}/bird${WS}/lists`, {
				method: 'POST',
				headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'Content-Type': 'application/json' },
				body: JSON.stringify({ name: `Campaign ${n}` }),
			});
		}
		ctx.sandbox.log.length = 0;
		const first = await search.call(context());
		expect(first.results.slice(0, 3)).toEqual([
			{ name: 'Newsletter', value: BIRD_LISTS.newsletter.id },
			{ name: 'VIP Customers', value: BIRD_LISTS.vip.id },
			{ name: 'Campaign 0', value: expect.any(String) },
		]);
		expect(first.results).toHaveLength(100);
		const second = await search.call(context(), undefined, first.paginationToken);
		expect(second.results.map((entry) => entry.name)).toEqual(['Campaign 98', 'Campaign 99']);
		expect(second.paginationToken).toBeUndefined();
		expect(await search.call(context(), 'vip')).toEqual({ results: [{ name: 'VIP Customers', value: BIRD_LISTS.vip.id }], paginationToken: first.paginationToken });
		expect(ctx.calls().map((call) => [call.method, call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			['GET', `${WS}/lists`, '100', 'undefined'],
			['GET', `${WS}/lists`, '100', 'string'],
			['GET', `${WS}/lists`, '100', 'undefined'],
		]);
	});
});
