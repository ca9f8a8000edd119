import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const NEWSLETTER = BIRD_LISTS.newsletter.id;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: List → Remove Contacts', () => {
	const ctx = birdSandbox();

	it('removes contacts with a JSON body on DELETE, as Bird\'s "Remove contacts from a list" takes it', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'test@example.com' }], 'Ann');
		const bob = ctx.bird.seedContact([{ key: 'emailaddress', value: 'bob@example.com' }], 'Bob');
		for (const contact of [ann, bob]) ctx.bird.contacts.get(String(contact.id))!.listIds.push(NEWSLETTER, BIRD_LISTS.vip.id);
		const result = await ctx.run({
			...LIST,
			operation: 'removeContacts',
			listId: byId(NEWSLETTER),
			contactIds: String(bob.id),
			identifiers: { identifier: [{ key: 'emailaddress', value: 'test@example.com' }] },
		});
		// docs.bird.com "Remove contacts from a list": DELETE with {"contacts": [...]} or {"identifiers": [{"key":
		// "emailaddress", "value": "test@example.com"}]}.
		expect(ctx.calls()).toEqual([
			{ method: 'DELETE', path: `${WS}/lists/${NEWSLETTER}/contacts`, query: {}, body: { contacts: [bob.id], identifiers: [{ key: 'emailaddress', value: 'test@example.com' }] } },
		]);
		expect(outputOf(result)).toEqual([{ json: { itemsProcessed: 2, itemsProvided: 2 }, pairedItem: { item: 0 } }]);
		expect([ann, bob].map((contact) => ctx.bird.contacts.get(String(contact.id))!.listIds)).toEqual([[BIRD_LISTS.vip.id], [BIRD_LISTS.vip.id]]);
		expect(ctx.bird.contacts.size).toBe(2);
	});

	it("an unknown list fails with Bird's message; nothing to remove is refused before any request", async () => {
		const missing = await ctx.run({ ...LIST, operation: 'removeContacts', listId: byId('0f0f0f0f-0000-4000-8000-000000000000'), contactIds: '0f0f0f0f-0000-4000-8000-000000000001' });
		expect(missing.error?.message).toBe('Bird Remove Contacts from List failed: List not found (NotFound) [item 0]');
		ctx.sandbox.log.length = 0;
		const empty = await ctx.run({ ...LIST, operation: 'removeContacts', listId: byId(NEWSLETTER) });
		expect(empty.error?.message).toBe('Contact IDs: is empty and no identifier is set [item 0]');
		expect(ctx.calls()).toEqual([]);
	});
});
