import { birdSandbox } from '../helpers';

const CONTACT = { resource: 'contact' };

describe('Bird Channels: Contact → Update', () => {
	const ctx = birdSandbox();

	it('rejects an update with nothing to change before any request', async () => {
		const result = await ctx.run({ ...CONTACT, operation: 'update', contactId: 'c1', updateFields: {} });
		expect(result.error?.message).toBe('Update Fields: is empty [item 0]');
		expect(ctx.log()).toEqual([]);
	});
});
