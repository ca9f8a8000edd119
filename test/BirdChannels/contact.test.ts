import { WS, birdSandbox, outputOf } from './helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact', () => {
	const ctx = birdSandbox();

	it('creates a contact with identifiers, attributes and lists', async () => {
		const result = await ctx.run({
			...CONTACT,
			operation: 'create',
			identifiers: {
				identifier: [
					{ key: 'emailaddress', value: 'jane@example.com' },
					{ key: 'phonenumber', value: '+31612345678' },
					{ key: 'custom', customKey: 'telegram', value: 'jane_t' },
				],
			},
			additionalFields: { displayName: 'Jane Doe', attributes: '{"firstName":"Jane","vip":true}', listIds: 'list-1, list-2' },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/contacts`,
				query: {},
				body: {
					displayName: 'Jane Doe',
					identifiers: [
						{ key: 'emailaddress', value: 'jane@example.com' },
						{ key: 'phonenumber', value: '+31612345678' },
						{ key: 'telegram', value: 'jane_t' },
					],
					attributes: { firstName: 'Jane', vip: true },
					listIds: ['list-1', 'list-2'],
				},
			},
		]);
		const [stored] = [...ctx.bird.contacts.values()];
		expect(outputOf(result)).toEqual([{ json: ctx.bird.contactJson(stored), pairedItem: { item: 0 } }]);
		expect(outputOf(result)[0].json).toMatchObject({ computedDisplayName: 'Jane Doe', identifierCount: 3, listIds: ['list-1', 'list-2'] });
	});

	it('409: an identifier another contact has', async () => {
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'jane@example.com' }]);
		const result = await ctx.run({ ...CONTACT, operation: 'create', identifiers: { identifier: [{ key: 'emailaddress', value: 'jane@example.com' }] } });
		expect(result.error?.message).toBe('Bird Create Contact failed: A contact with identifier emailaddress jane@example.com already exists (Conflict) [item 0]');
	});

	it.each(['..', '.', '%2e%2E', ''])('refuses the credential Workspace ID %j before any request: it would leave the workspace path', async (workspaceId) => {
		const result = await ctx.run({ ...CONTACT, operation: 'get', contactId: 'c-1' }, [{ json: {} }], {
			continueOnFail: true,
			credentials: { ...ctx.credentials(), workspaceId },
		});
		expect(outputOf(result)).toEqual([
			{ json: expect.objectContaining({ error: expect.stringMatching(/^Workspace ID \(in the credential\): .* \[item 0\]$/) }), pairedItem: { item: 0 } },
		]);
		expect(ctx.calls()).toEqual([]);
	});

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

	it('rejects an update with nothing to change before any request', async () => {
		const result = await ctx.run({ ...CONTACT, operation: 'update', contactId: 'c1', updateFields: {} });
		expect(result.error?.message).toBe('Update Fields: is empty [item 0]');
		expect(ctx.log()).toEqual([]);
	});

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

	it('rejects a malformed identifier before any request', async () => {
		const phone = await ctx.run({ ...CONTACT, operation: 'upsert', identifierKey: 'phonenumber', identifierValue: '06-12345678' });
		expect(phone.error?.message).toBe('Identifier Value: "06-12345678" is not a phone number in international format [item 0]');
		const email = await ctx.run({ ...CONTACT, operation: 'search', identifierKey: 'emailaddress', identifierValue: 'not-an-email' });
		expect(email.error?.message).toBe('Identifier Value: "not-an-email" is not an e-mail address [item 0]');
		const create = await ctx.run({ ...CONTACT, operation: 'create', identifiers: { identifier: [{ key: 'phonenumber', value: '12' }] } });
		expect(create.error?.message).toBe('Identifiers (identifier 1) Value: "12" is not a phone number in international format [item 0]');
		expect(ctx.log()).toEqual([]);
	});

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
