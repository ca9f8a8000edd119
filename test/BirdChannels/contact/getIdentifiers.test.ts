import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Get Identifiers', () => {
	const ctx = birdSandbox();

	it('lists the identifiers of a contact page by page ("List contact identifiers")', async () => {
		const ann = ctx.bird.seedContact(
			[
				{ key: 'emailaddress', value: 'ann@example.com' },
				{ key: 'phonenumber', value: '+31600000000' },
				{ key: 'telegram', value: 'ann_t' },
			],
			'Ann',
		);
		const result = await ctx.run({ ...CONTACT, operation: 'getIdentifiers', contactId: { __rl: true, mode: 'list', value: ann.id, cachedResultName: 'Ann' }, returnAll: true, options: { pageSize: 2 } });
		expect(ctx.calls().map((call) => [call.method, call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			['GET', `${WS}/contacts/${String(ann.id)}/identifiers`, '2', 'undefined'],
			['GET', `${WS}/contacts/${String(ann.id)}/identifiers`, '2', 'string'],
		]);
		expect(outputOf(result)).toEqual(
			[
				['emailaddress', 'ann@example.com'],
				['phonenumber', '+31600000000'],
				['telegram', 'ann_t'],
			].map(([key, value]) => ({ json: { contactId: ann.id, key, value, properties: {}, createdAt: ann.createdAt }, pairedItem: { item: 0 } })),
		);
	});

	it("an unknown contact fails with Bird's message", async () => {
		const result = await ctx.run({ ...CONTACT, operation: 'getIdentifiers', contactId: '0f0f0f0f-0000-4000-8000-000000000000', returnAll: false, limit: 5 });
		expect(result.error?.message).toBe('Bird Get Contact Identifiers failed: Contact not found (NotFound) [item 0]');
		expect(ctx.calls().map((call) => call.query)).toEqual([{ limit: '5' }]);
	});
});
