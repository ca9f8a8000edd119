import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: Contact → Add Identifier', () => {
	const ctx = birdSandbox();

	it('adds an identifier with properties, with the body of Bird\'s "Create contact identifier" example', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		const result = await ctx.run({
			...CONTACT,
			operation: 'addIdentifier',
			contactId: byId(String(ann.id)),
			identifierKey: 'custom',
			customIdentifierKey: 'secondaryEmailAddress',
			identifierValue: 'contacts-secondary@bird.com',
			additionalFields: { properties: '{"countryCode": "US", "isGmail": true}' },
		});
		// docs.bird.com "Create contact identifier": {"key": "secondaryEmailAddress", "value":
		// "contacts-secondary@bird.com", "properties": {"countryCode": "US", "isGmail": true}}.
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/contacts/${String(ann.id)}/identifiers`,
				query: {},
				body: { key: 'secondaryEmailAddress', value: 'contacts-secondary@bird.com', properties: { countryCode: 'US', isGmail: true } },
			},
		]);
		expect(outputOf(result)).toEqual([
			{
				json: { contactId: ann.id, key: 'secondaryEmailAddress', value: 'contacts-secondary@bird.com', properties: { countryCode: 'US', isGmail: true }, createdAt: expect.any(String) },
				pairedItem: { item: 0 },
			},
		]);
		expect(ctx.bird.contacts.get(String(ann.id))!.identifiers).toEqual([
			{ key: 'emailaddress', value: 'ann@example.com' },
			{ key: 'secondaryEmailAddress', value: 'contacts-secondary@bird.com' },
		]);
	});

	it("an identifier another contact has fails with Bird's 409, an unknown contact with its 404", async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		ctx.bird.seedContact([{ key: 'phonenumber', value: '+31612345678' }], 'Bob');
		const taken = await ctx.run({ ...CONTACT, operation: 'addIdentifier', contactId: byId(String(ann.id)), identifierKey: 'phonenumber', identifierValue: '+31612345678' });
		expect(taken.error?.message).toBe('Bird Add Contact Identifier failed: A contact with identifier phonenumber +31612345678 already exists (Conflict) [item 0]');
		expect(ctx.calls()[0].body).toEqual({ key: 'phonenumber', value: '+31612345678' });
		const missing = await ctx.run({ ...CONTACT, operation: 'addIdentifier', contactId: byId('0f0f0f0f-0000-4000-8000-000000000000'), identifierKey: 'emailaddress', identifierValue: 'x@example.com' });
		expect(missing.error?.message).toBe('Bird Add Contact Identifier failed: Contact not found (NotFound) [item 0]');
	});

	it.each([
		[{ identifierKey: 'phonenumber', identifierValue: '0612345678' }, 'Identifier Value: "0612345678" is not a phone number in international format [item 0]'],
		[{ identifierKey: 'emailaddress', identifierValue: 'x@example.com', additionalFields: { properties: '{"is-gmail": true}' } }, 'Properties (JSON): has the key "is-gmail" [item 0]'],
		[{ identifierKey: 'emailaddress', identifierValue: 'x@example.com', additionalFields: { properties: '[1]' } }, 'Properties (JSON): is not a JSON object [item 0]'],
		[{ identifierKey: 'emailaddress', identifierValue: 'x@example.com', contactId: byId('={{ "" }}') }, 'Contact ID: is empty [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await ctx.run({ ...CONTACT, operation: 'addIdentifier', contactId: byId('c0000000-0000-4000-8000-000000000001'), ...parameters });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
