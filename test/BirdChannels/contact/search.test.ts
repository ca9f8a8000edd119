import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Search by Identifier', () => {
	const ctx = birdSandbox();

	it('searches by identifier: one output item per contact found', async () => {
		const jane = ctx.bird.seedContact([{ key: 'emailaddress', value: 'jane@example.com' }], 'Jane');
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'other@example.com' }]);
		const result = await ctx.run({ ...CONTACT, operation: 'search', identifierKey: 'emailaddress', identifierValue: 'jane@example.com' });
		expect(ctx.calls()).toEqual([{ method: 'POST', path: `${WS}/contacts/search`, query: {}, body: { identifier: { key: 'emailaddress', value: 'jane@example.com' } } }]);
		expect(outputOf(result)).toEqual([{ json: jane, pairedItem: { item: 0 } }]);
	});

	it('a search that finds nothing keeps its input item: one empty item, paired with it', async () => {
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'other@example.com' }]);
		const result = await ctx.run({ ...CONTACT, operation: 'search', identifierKey: 'emailaddress', identifierValue: 'nobody@example.com' });
		expect(ctx.calls()).toHaveLength(1);
		expect(outputOf(result)).toEqual([{ json: {}, pairedItem: { item: 0 } }]);
	});
});
