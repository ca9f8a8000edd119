import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Get, Update and Delete', () => {
	const ctx = birdSandbox();

	it('gets, updates and deletes a contact', async () => {
		const contact = ctx.bird.seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet');
		const got = await ctx.run({ ...CONTACT, operation: 'get', contactId: contact.id });
		expect(outputOf(got)).toEqual([{ json: contact, pairedItem: { item: 0 } }]);

		const updated = await ctx.run({ ...CONTACT, operation: 'update', contactId: contact.id, updateFields: { displayName: 'Piet Jansen', attributes: '{"city":"Utrecht"}' } });
		expect(updated.error).toBeUndefined();
		expect(ctx.calls()[1]).toEqual({ method: 'PATCH', path: `${WS}/contacts/${String(contact.id)}`, query: {}, body: { displayName: 'Piet Jansen', attributes: { city: 'Utrecht' } } });
		expect(outputOf(updated)[0].json).toMatchObject({ id: contact.id, computedDisplayName: 'Piet Jansen', attributes: { city: 'Utrecht' } });

		const deleted = await ctx.run({ ...CONTACT, operation: 'delete', contactId: contact.id });
		expect(ctx.calls()[2]).toEqual({ method: 'DELETE', path: `${WS}/contacts/${String(contact.id)}`, query: {}, body: undefined });
		expect(outputOf(deleted)).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(ctx.bird.contacts.size).toBe(0);

		const missing = await ctx.run({ ...CONTACT, operation: 'get', contactId: contact.id });
		expect(missing.error?.message).toBe('Bird Get Contact failed: Contact not found (NotFound) [item 0]');
	});

	it('reads the Contact ID from the picker in either mode, and from a plain string of an older workflow', async () => {
		const contact = ctx.bird.seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet');
		const id = String(contact.id);
		for (const contactId of [{ __rl: true, mode: 'list', value: id, cachedResultName: 'Piet' }, { __rl: true, mode: 'id', value: id }, id, '={{ $json.id }}']) {
			const result = await ctx.run({ ...CONTACT, operation: 'get', contactId }, [{ json: { id } }]);
			expect(outputOf(result)).toEqual([{ json: contact, pairedItem: { item: 0 } }]);
		}
		expect(ctx.calls().map((call) => call.path)).toEqual(Array.from({ length: 4 }, () => `${WS}/contacts/${id}`));
	});
});

describe('Bird Channels: Contact → Get and Get Many with Simplify', () => {
	const ctx = birdSandbox();

	it('is off by default (the raw contact, as before Simplify existed) and keeps the documented fields when on', async () => {
		const contact = ctx.bird.seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet');
		const raw = await ctx.run({ ...CONTACT, operation: 'get', contactId: contact.id });
		expect(outputOf(raw)[0].json).toEqual(contact);
		const expected = {
			id: contact.id,
			computedDisplayName: 'Piet',
			featuredIdentifiers: contact.featuredIdentifiers,
			listIds: [],
			createdAt: contact.createdAt,
			updatedAt: contact.updatedAt,
		};
		const simple = await ctx.run({ ...CONTACT, operation: 'get', contactId: contact.id, simplify: true });
		expect(outputOf(simple)).toEqual([{ json: expected, pairedItem: { item: 0 } }]);
		const many = await ctx.run({ ...CONTACT, operation: 'getAll', returnAll: true, simplify: true });
		expect(outputOf(many)).toEqual([{ json: expected, pairedItem: { item: 0 } }]);
		expect(Object.keys(contact)).toEqual(expect.arrayContaining(['attributes', 'workspaceId']));
	});
});
