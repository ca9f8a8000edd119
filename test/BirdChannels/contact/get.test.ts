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
});
