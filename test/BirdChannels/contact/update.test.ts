import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Update', () => {
	const ctx = birdSandbox();

	it('rejects an update with nothing to change before any request', async () => {
		const result = await ctx.run({ ...CONTACT, operation: 'update', contactId: 'c1', updateFields: {} });
		expect(result.error?.message).toBe('Update Fields: is empty [item 0]');
		expect(ctx.log()).toEqual([]);
	});

	it('sets the account IDs of a contact ("Update a contact": accountIds)', async () => {
		const contact = ctx.bird.seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet');
		const account = '123e4567-e89b-12d3-a456-426614174000';
		const result = await ctx.run({ ...CONTACT, operation: 'update', contactId: { __rl: true, mode: 'id', value: contact.id }, updateFields: { accountIds: account } });
		expect(ctx.calls()).toEqual([{ method: 'PATCH', path: `${WS}/contacts/${String(contact.id)}`, query: {}, body: { accountIds: [account] } }]);
		expect(outputOf(result)[0].json).toMatchObject({ id: contact.id, accountIds: [account] });
	});
});
