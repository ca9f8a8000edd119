import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Create or Update', () => {
	const ctx = birdSandbox();

	it('creates, then updates by identifier, with the value URL-encoded in the path', async () => {
		const created = await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'phonenumber', identifierValue: '+31612345678', additionalFields: { attributes: '{"plan":"gold"}', addToLists: 'list-9' } });
		expect(created.error).toBeUndefined();
		const updated = await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'phonenumber', identifierValue: '+31612345678', additionalFields: { attributes: '{"plan":"platinum"}', removeFromLists: 'list-9' } });
		expect(ctx.calls()).toEqual([
			{ method: 'PATCH', path: `${WS}/contacts/identifiers/phonenumber/%2B31612345678`, query: {}, body: { attributes: { plan: 'gold' }, addToLists: ['list-9'] } },
			{ method: 'PATCH', path: `${WS}/contacts/identifiers/phonenumber/%2B31612345678`, query: {}, body: { attributes: { plan: 'platinum' }, removeFromLists: ['list-9'] } },
		]);
		expect(ctx.log().map((entry) => entry.status)).toEqual([201, 200]);
		expect(ctx.bird.contacts.size).toBe(1);
		const [stored] = [...ctx.bird.contacts.values()];
		expect(outputOf(updated)).toEqual([{ json: ctx.bird.contactJson(stored), pairedItem: { item: 0 } }]);
		expect(stored).toMatchObject({ attributes: { plan: 'platinum' }, listIds: [], identifiers: [{ key: 'phonenumber', value: '+31612345678' }] });

		await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'a+b@example.com', additionalFields: {} });
		expect(ctx.calls()[2].path).toBe(`${WS}/contacts/identifiers/emailaddress/a%2Bb%40example.com`);
		expect(ctx.calls()[2].body).toEqual({});
	});

	it('adds to and removes from lists and accounts, with the fields of "Create or update a contact by identifier"', async () => {
		const account = '123e4567-e89b-12d3-a456-426614174000';
		const other = '223e4567-e89b-12d3-a456-426614174000';
		await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'ann@example.com', additionalFields: { addToAccounts: `${account}, ${other}`, addToLists: 'list-1' } });
		const result = await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'ann@example.com', additionalFields: { removeFromAccounts: other, removeFromLists: 'list-1' } });
		expect(ctx.calls().map((call) => call.body)).toEqual([
			{ addToAccounts: [account, other], addToLists: ['list-1'] },
			{ removeFromAccounts: [other], removeFromLists: ['list-1'] },
		]);
		expect(outputOf(result)[0].json).toMatchObject({ accountIds: [account], listIds: [] });
	});

	it('refuses eleven account IDs to add before any request (Bird takes at most 10)', async () => {
		const eleven = Array.from({ length: 11 }, (_, n) => `account-${n}`).join(',');
		const result = await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'emailaddress', identifierValue: 'ann@example.com', additionalFields: { addToAccounts: eleven } });
		expect(result.error?.message).toBe('Add to Account IDs: has 11 IDs; Bird takes at most 10 [item 0]');
		expect(ctx.calls()).toEqual([]);
	});

	it('rejects a malformed identifier before any request', async () => {
		const phone = await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'phonenumber', identifierValue: '06-12345678' });
		expect(phone.error?.message).toBe('Identifier Value: "06-12345678" is not a phone number in international format [item 0]');
		const email = await ctx.run({ ...CONTACT, operation: 'search', identifierKey: 'emailaddress', identifierValue: 'not-an-email' });
		expect(email.error?.message).toBe('Identifier Value: "not-an-email" is not an e-mail address [item 0]');
		const create = await ctx.run({ ...CONTACT, operation: 'create', identifiers: { identifier: [{ key: 'phonenumber', value: '12' }] } });
		expect(create.error?.message).toBe('Identifiers (identifier 1) Value: "12" is not a phone number in international format [item 0]');
		expect(ctx.log()).toEqual([]);
	});
});
