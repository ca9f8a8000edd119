import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const NEWSLETTER = BIRD_LISTS.newsletter.id;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: List → Add Contacts', () => {
	const ctx = birdSandbox();

	it('adds contacts by ID and by identifier in one request, as Bird\'s "Add contacts to a list" takes them', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		const bob = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31600000000' }], 'Bob');
		const result = await ctx.run({
			...LIST,
			operation: 'addContacts',
			listId: byId(NEWSLETTER),
			contactIds: `${String(ann.id)}, ${String(ann.id)}`,
			identifiers: { identifier: [{ key: 'phonenumber', value: '+31600000000' }] },
		});
		// docs.bird.com "Add contacts to a list": {"contacts": ["<contact id>"]} and {"identifiers": [{"key":
		// "phonenumber", "value": "+31600000000"}]}; an ID given twice is sent once.
		expect(ctx.calls()).toEqual([
			{ method: 'POST', path: `${WS}/lists/${NEWSLETTER}/contacts`, query: {}, body: { contacts: [ann.id], identifiers: [{ key: 'phonenumber', value: '+31600000000' }] } },
		]);
		expect(outputOf(result)).toEqual([{ json: { itemsProcessed: 2, itemsProvided: 2 }, pairedItem: { item: 0 } }]);
		expect([ann, bob].map((contact) => ctx.bird.contacts.get(String(contact.id))!.listIds)).toEqual([[NEWSLETTER], [NEWSLETTER]]);
	});

	it('sends more than 100 contacts in requests of 100 and adds up what Bird processed', async () => {
		const contacts = Array.from({ length: 150 }, (_, n) => ctx.bird.seedContact([{ key: 'emailaddress', value: `user${n}@example.com` }]));
		const ids = contacts.map((contact) => String(contact.id));
		const unknown = '0f0f0f0f-0000-4000-8000-000000000000';
		const result = await ctx.run({ ...LIST, operation: 'addContacts', listId: byId(NEWSLETTER), contactIds: '={{ $json.ids }}' }, [{ json: { ids: [...ids, unknown] } }]);
		expect(ctx.calls().map((call) => call.body)).toEqual([{ contacts: ids.slice(0, 100) }, { contacts: [...ids.slice(100), unknown] }]);
		// Bird processed 150 of the 151 given: the unknown ID was not.
		expect(outputOf(result)).toEqual([{ json: { itemsProcessed: 150, itemsProvided: 151 }, pairedItem: { item: 0 } }]);
	});

	it('an old-style plain-string List ID works, and an unknown list fails with Bird\'s message', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		const plain = await ctx.run({ ...LIST, operation: 'addContacts', listId: NEWSLETTER, contactIds: String(ann.id) });
		expect(outputOf(plain)).toEqual([{ json: { itemsProcessed: 1, itemsProvided: 1 }, pairedItem: { item: 0 } }]);
		const missing = await ctx.run({ ...LIST, operation: 'addContacts', listId: byId('0f0f0f0f-0000-4000-8000-000000000000'), contactIds: String(ann.id) });
		expect(missing.error?.message).toBe('Bird Add Contacts to List failed: List not found (NotFound) [item 0]');
	});

	it.each([
		[{ contactIds: ' , ' }, 'Contact IDs: is empty and no identifier is set [item 0]'],
		[{ identifiers: { identifier: [{ key: 'emailaddress', value: 'ann' }] } }, 'Identifiers (identifier 1) Value: "ann" is not an e-mail address [item 0]'],
		[{ contactIds: '={{ [{ id: 1 }] }}' }, 'Contact IDs: an expression gave a list with an entry that is not text [item 0]'],
	])('refuses %j before any request', async (fields, message) => {
		const result = await ctx.run({ ...LIST, operation: 'addContacts', listId: byId(NEWSLETTER), ...fields });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
