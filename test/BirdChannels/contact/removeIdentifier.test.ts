import { WS, birdSandbox, outputOf } from '../helpers';

const CONTACT = { resource: 'contact' };
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: Contact → Remove Identifier', () => {
	const ctx = birdSandbox();

	it('removes an identifier with the JSON body of Bird\'s "Delete contact identifier" (not in the path)', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }, { key: 'phonenumber', value: '+31600000000' }], 'Ann');
		const result = await ctx.run({ ...CONTACT, operation: 'removeIdentifier', contactId: byId(String(ann.id)), identifierKey: 'phonenumber', identifierValue: '+31600000000' });
		// docs.bird.com "Delete contact identifier": DELETE /contacts/{contactId}/identifiers with {"key": …, "value": …}.
		expect(ctx.calls()).toEqual([{ method: 'DELETE', path: `${WS}/contacts/${String(ann.id)}/identifiers`, query: {}, body: { key: 'phonenumber', value: '+31600000000' } }]);
		expect(outputOf(result)).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(ctx.bird.contacts.get(String(ann.id))!.identifiers).toEqual([{ key: 'emailaddress', value: 'ann@example.com' }]);

		const again = await ctx.run({ ...CONTACT, operation: 'removeIdentifier', contactId: byId(String(ann.id)), identifierKey: 'phonenumber', identifierValue: '+31600000000' });
		expect(again.error?.message).toBe('Bird Remove Contact Identifier failed: Identifier not found (NotFound) [item 0]');
	});

	it('refuses a custom key left empty before any request', async () => {
		const result = await ctx.run({ ...CONTACT, operation: 'removeIdentifier', contactId: byId('c0000000-0000-4000-8000-000000000001'), identifierKey: 'custom', customIdentifierKey: '={{ "" }}', identifierValue: 'x' });
		expect(result.error?.message).toBe('Custom Identifier Key: is empty [item 0]');
		expect(ctx.calls()).toEqual([]);
	});
});
