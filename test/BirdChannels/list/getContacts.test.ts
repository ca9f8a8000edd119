import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { WS, birdSandbox, outputOf } from '../helpers';

const LIST = { resource: 'list' };
const NEWSLETTER = BIRD_LISTS.newsletter.id;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: List → Get Contacts', () => {
	const ctx = birdSandbox();

	/** Three contacts on the newsletter (with attributes and an account), one that is not. */
	function seedMembers() {
		const members = ['ann', 'bob', 'cas'].map((name) => ctx.bird.seedContact([{ key: 'emailaddress', value: `${name}@example.com` }], name));
		for (const member of members) {
			const stored = ctx.bird.contacts.get(String(member.id))!;
			stored.listIds.push(NEWSLETTER);
			stored.attributes.plan = 'gold';
			stored.accountIds.push('123e4567-e89b-12d3-a456-426614174000');
		}
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'other@example.com' }], 'other');
		return members.map((member) => ctx.bird.contactJson(ctx.bird.contacts.get(String(member.id))!));
	}

	it('reads the contacts of a list page by page, simplified by default', async () => {
		const members = seedMembers();
		const result = await ctx.run({ ...LIST, operation: 'getContacts', listId: byId(NEWSLETTER), returnAll: true, options: { pageSize: 2 } });
		// docs.bird.com "List contacts in a list": GET /lists/{listId}/contacts with limit (1..100), pageToken, reverse.
		expect(ctx.calls().map((call) => [call.method, call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			['GET', `${WS}/lists/${NEWSLETTER}/contacts`, '2', 'undefined'],
			['GET', `${WS}/lists/${NEWSLETTER}/contacts`, '2', 'string'],
		]);
		expect(outputOf(result)).toEqual(
			members.map((member) => ({
				json: { id: member.id, computedDisplayName: member.computedDisplayName, featuredIdentifiers: member.featuredIdentifiers, listIds: [NEWSLETTER], createdAt: member.createdAt, updatedAt: member.updatedAt },
				pairedItem: { item: 0 },
			})),
		);
	});

	it('gives the raw contacts with Simplify off, in reverse order when asked', async () => {
		const members = seedMembers();
		const result = await ctx.run({ ...LIST, operation: 'getContacts', listId: byId(NEWSLETTER), returnAll: false, limit: 2, simplify: false, options: { reverse: true } });
		expect(ctx.calls().map((call) => call.query)).toEqual([{ limit: '2', reverse: 'true' }]);
		expect(outputOf(result)).toEqual([members[2], members[1]].map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	it("an unknown list fails with Bird's message", async () => {
		const result = await ctx.run({ ...LIST, operation: 'getContacts', listId: byId('0f0f0f0f-0000-4000-8000-000000000000'), returnAll: true });
		expect(result.error?.message).toBe('Bird Get Contacts of List failed: List not found (NotFound) [item 0]');
	});
});
