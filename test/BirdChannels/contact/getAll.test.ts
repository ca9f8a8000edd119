import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Get Many', () => {
	const ctx = birdSandbox();

	it('gets many contacts across pages', async () => {
		const seeded = Array.from({ length: 120 }, (_, n) => ctx.bird.seedContact([{ key: 'emailaddress', value: `user${n}@example.com` }]));
		const all = await ctx.run({ ...CONTACT, operation: 'getAll', returnAll: true });
		expect(ctx.calls().map((call) => [call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			[`${WS}/contacts`, '100', 'undefined'],
			[`${WS}/contacts`, '100', 'string'],
		]);
		expect(outputOf(all)).toEqual(seeded.map((contact) => ({ json: contact, pairedItem: { item: 0 } })));

		ctx.sandbox.log.length = 0;
		const limited = await ctx.run({ ...CONTACT, operation: 'getAll', returnAll: false, limit: 5 });
		expect(ctx.calls().map((call) => call.query)).toEqual([{ limit: '5' }]);
		expect(outputOf(limited)).toEqual(seeded.slice(0, 5).map((contact) => ({ json: contact, pairedItem: { item: 0 } })));
	});
});
