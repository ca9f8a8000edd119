import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const NEWSLETTER = BIRD_LISTS.newsletter.id;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: List → Update', () => {
	const ctx = birdSandbox();

	it('sends the fields to change, as Bird\'s "Update a list" example does', async () => {
		const result = await ctx.run({
			...LIST,
			operation: 'update',
			listId: byId(NEWSLETTER),
			updateFields: { name: 'US Customers', description: 'A list of all US customers', consentType: 'double', isProof: false },
		});
		expect(result.error).toBeUndefined();
		// docs.bird.com "Update a list": PATCH /lists/{listId} with {"name", "description", "consentType", …}.
		expect(ctx.calls()).toEqual([
			{ method: 'PATCH', path: `${WS}/lists/${NEWSLETTER}`, query: {}, body: { name: 'US Customers', description: 'A list of all US customers', consentType: 'double', isProof: false } },
		]);
		expect(outputOf(result)).toEqual([
			{
				json: expect.objectContaining({ id: NEWSLETTER, name: 'US Customers', description: 'A list of all US customers', consentType: 'double', isProof: false, contactCount: 0 }),
				pairedItem: { item: 0 },
			},
		]);
		expect(outputOf(result)[0].json.updatedAt).not.toBe('2025-01-06T09:00:00.000Z');
	});

	it('refuses an update with nothing to change, and a name of one character, before any request', async () => {
		const empty = await ctx.run({ ...LIST, operation: 'update', listId: byId(NEWSLETTER), updateFields: { description: '  ' } });
		expect(empty.error?.message).toBe('Update Fields: is empty [item 0]');
		const short = await ctx.run({ ...LIST, operation: 'update', listId: byId(NEWSLETTER), updateFields: { name: 'X' } });
		expect(short.error?.message).toBe('Name: is 1 character long [item 0]');
		expect(ctx.calls()).toEqual([]);
	});

	it("an unknown list fails with Bird's message", async () => {
		const result = await ctx.run({ ...LIST, operation: 'update', listId: byId('0f0f0f0f-0000-4000-8000-000000000000'), updateFields: { name: 'New name' } });
		expect(result.error?.message).toBe('Bird Update List failed: List not found (NotFound) [item 0]');
	});
});
