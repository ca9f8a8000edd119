import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Create', () => {
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

	it('creates a contact with accounts and lists, as the "Create a contact" example does', async () => {
		const account = '123e4567-e89b-12d3-a456-426614174000';
		const result = await ctx.run({
			...CONTACT,
			operation: 'create',
			identifiers: { identifier: [{ key: 'emailaddress', value: 'contacts@bird.com' }] },
			additionalFields: { displayName: 'John Doe', accountIds: account, listIds: '12bd0e40-9361-4e32-8b26-99b4ab7eae09' },
		});
		// docs.bird.com "Create a contact": {"displayName": "John Doe", "identifiers": [...], "accountIds": ["<uuid>"],
		// "listIds": ["<uuid>"]}.
		expect(ctx.calls()[0].body).toEqual({
			displayName: 'John Doe',
			identifiers: [{ key: 'emailaddress', value: 'contacts@bird.com' }],
			accountIds: [account],
			listIds: ['12bd0e40-9361-4e32-8b26-99b4ab7eae09'],
		});
		expect(outputOf(result)[0].json).toMatchObject({ accountIds: [account], listIds: ['12bd0e40-9361-4e32-8b26-99b4ab7eae09'] });
	});

	it('refuses eleven account IDs before any request (Bird takes at most 10)', async () => {
		const eleven = Array.from({ length: 11 }, (_, n) => `account-${n}`).join(',');
		const result = await ctx.run({ ...CONTACT, operation: 'create', identifiers: { identifier: [{ key: 'emailaddress', value: 'a@example.com' }] }, additionalFields: { accountIds: eleven } });
		expect(result.error?.message).toBe('Account IDs: has 11 IDs; Bird takes at most 10 [item 0]');
		expect(ctx.calls()).toEqual([]);
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
});
