import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const VIP = BIRD_LISTS.vip.id;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: List → Delete', () => {
	const ctx = birdSandbox();

	it('deletes a list ("Delete a list": DELETE /lists/{listId}); its contacts stay, outside it', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		ctx.bird.contacts.get(String(ann.id))!.listIds.push(VIP);
		const result = await ctx.run({ ...LIST, operation: 'delete', listId: byId(VIP) });
		expect(ctx.calls()).toEqual([{ method: 'DELETE', path: `${WS}/lists/${VIP}`, query: {}, body: undefined }]);
		expect(outputOf(result)).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(ctx.bird.contacts.get(String(ann.id))!.listIds).toEqual([]);

		const again = await ctx.run({ ...LIST, operation: 'delete', listId: byId(VIP) });
		expect(again.error?.message).toBe('Bird Delete List failed: List not found (NotFound) [item 0]');
	});
});
