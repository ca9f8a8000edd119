import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, outputOf } from '../helpers';

const GET_MANY = { resource: 'channel', operation: 'getAll' };

describe('Bird Channels: Channel → Get Many', () => {
	const ctx = birdSandbox();

	it('lists every channel of the workspace, raw, in one request of 100', async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true, simplify: false });
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels`, query: { limit: '100' }, body: undefined }]);
		expect(outputOf(result)).toEqual(Object.values(BIRD_CHANNELS).map((channel) => ({ json: { ...channel }, pairedItem: { item: 0 } })));
	});

	// The filters of docs.bird.com "Channels management" › Retrieve list of channels: `platform` (a platform name)
	// and `status`, with `limit`, `pageToken` and `reverse`.
	it('filters by platform and status as Bird documents them', async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true, filters: { platform: 'sms-messagebird', status: 'inactive' } });
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels`, query: { limit: '100', platform: 'sms-messagebird', status: 'inactive' }, body: undefined }]);
		const legacy = BIRD_CHANNELS.legacySms;
		expect(outputOf(result)).toEqual([
			{
				json: { id: legacy.id, name: legacy.name, platformId: 'sms-messagebird', identifier: legacy.identifier, status: 'inactive', connectorId: legacy.connectorId },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('reads page by page up to the limit, in reverse order, and gives the paging info', async () => {
		const result = await ctx.run({ ...GET_MANY, returnAll: false, limit: 3, simplify: false, options: { pageSize: 2, reverse: true, includePagingInfo: true } });
		const calls = ctx.calls();
		expect(calls.map((call) => [call.query.limit, call.query.reverse, typeof call.query.pageToken])).toEqual([
			['2', 'true', 'undefined'],
			['1', 'true', 'string'],
		]);
		const reversed = Object.values(BIRD_CHANNELS).reverse();
		const [item] = outputOf(result);
		expect(item.json.results).toEqual(reversed.slice(0, 3));
		expect(typeof item.json.nextPageToken).toBe('string');
		// The token goes on where the read stopped.
		ctx.sandbox.log.length = 0;
		const next = await ctx.run({ ...GET_MANY, returnAll: true, simplify: false, options: { reverse: true, pageToken: item.json.nextPageToken } });
		expect(ctx.calls()[0].query.pageToken).toBe(item.json.nextPageToken);
		expect(outputOf(next).map((entry) => entry.json)).toEqual(reversed.slice(3));
	});

	it.each([
		[{ filters: { platform: '' } }, 'Filters › Platform: is empty [item 0]'],
		[{ filters: { platform: 'sms messagebird' } }, 'Filters › Platform: "sms messagebird" is not a platform ID (letters, digits and - only) [item 0]'],
		[{ filters: { status: 'deleted' } }, 'Filters › Status: "deleted" is not one of its options [item 0]'],
		[{ returnAll: false, limit: 0 }, 'Limit: "0" is not a whole number of at least 1 [item 0]'],
		[{ options: { pageSize: 101 } }, 'Page Size: 101 is not a whole number from 1 to 100 [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await ctx.run({ ...GET_MANY, returnAll: true, ...parameters });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
