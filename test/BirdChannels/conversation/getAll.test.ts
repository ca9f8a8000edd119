import { WS, birdSandbox, outputOf } from '../helpers';
import { callBird, seedConversation } from '../../../sandbox/providers/bird/conversations';
import { EMAIL_CHANNEL, SMS_CHANNEL, byId, conversationNow, seedEmailConversation } from './fixtures';

const GET_MANY = { resource: 'conversation', operation: 'getAll' };

describe('Bird Channels: Conversation → Get Many', () => {
	const ctx = birdSandbox();

	it('reads the whole workspace across pages, newest first, and stops at the limit', async () => {
		const seeded = Array.from({ length: 120 }, (_, n) => seedEmailConversation(ctx.bird, `user${n}@example.com`, `Case ${n}`, false));
		const all = await ctx.run({ ...GET_MANY, returnAll: true, simplify: false });
		// docs.bird.com "List conversations": limit (1 to 100), pageToken, nextPageToken.
		expect(ctx.calls().map((call) => [call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			[`${WS}/conversations`, '100', 'undefined'],
			[`${WS}/conversations`, '100', 'string'],
		]);
		const newestFirst = [...seeded].reverse().map((conversation) => conversationNow(ctx.bird, conversation.id));
		expect(outputOf(all)).toEqual(newestFirst.map((json) => ({ json, pairedItem: { item: 0 } })));

		ctx.sandbox.log.length = 0;
		const limited = await ctx.run({ ...GET_MANY, returnAll: false, limit: 2, options: { reverse: true } });
		expect(ctx.calls().map((call) => call.query)).toEqual([{ limit: '2', reverse: 'true' }]);
		expect(outputOf(limited).map((item) => item.json.name)).toEqual(['Case 0', 'Case 1']);
	});

	it('filters the workspace by resource', async () => {
		seedEmailConversation(ctx.bird, 'ann@example.com');
		const task = seedConversation(ctx.bird, { name: 'Task talk', channelId: SMS_CHANNEL, resource: { type: 'task', id: 'ab651378-579a-4491-abe6-eec97d4c0fa3' } });
		const result = await ctx.run({ ...GET_MANY, returnAll: true, filters: { resource: 'task:ab651378-579a-4491-abe6-eec97d4c0fa3' } });
		expect(ctx.calls()[0].query).toEqual({ resource: 'task:ab651378-579a-4491-abe6-eec97d4c0fa3', limit: '100' });
		expect(outputOf(result).map((item) => item.json.id)).toEqual([task.id]);
	});

	it('lists the conversations of a participant by ID on a channel, by status', async () => {
		const first = seedEmailConversation(ctx.bird, 'ann@example.com', 'First');
		const second = seedEmailConversation(ctx.bird, 'ann@example.com', 'Second');
		seedEmailConversation(ctx.bird, 'bob@example.com', 'Other contact');
		callBird(ctx.bird, 'PATCH', `/conversations/${String(first.id)}`, { status: 'closed' });
		const contactId = String((conversationNow(ctx.bird, first.id).featuredParticipants as Array<{ id: string }>)[1].id);
		const result = await ctx.run({ ...GET_MANY, scope: 'participant', participantId: contactId, channel: byId(EMAIL_CHANNEL), returnAll: true, filters: { status: 'active' } });
		// docs.bird.com "List participant conversations by ID": GET /participants/{id}/conversations?channelId=…
		expect(ctx.calls()).toEqual([
			{ method: 'GET', path: `${WS}/participants/${contactId}/conversations`, query: { channelId: EMAIL_CHANNEL, status: 'active', limit: '100' }, body: undefined },
		]);
		expect(outputOf(result).map((item) => item.json.id)).toEqual([second.id]);
	});

	it('lists the conversations of a contact identifier, the identifier encoded as one segment', async () => {
		const whatsapp = seedConversation(ctx.bird, { name: 'Chat', channelId: SMS_CHANNEL, participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31612345678' }] });
		const result = await ctx.run({ ...GET_MANY, scope: 'identifier', identifierKey: 'phonenumber', identifierValue: '+31612345678', channel: byId(SMS_CHANNEL), returnAll: true });
		expect(ctx.calls().map((call) => [call.path, call.query])).toEqual([[`${WS}/participants/phonenumber/%2B31612345678/conversations`, { channelId: SMS_CHANNEL, limit: '100' }]]);
		expect(outputOf(result)).toEqual([{ json: expect.objectContaining({ id: whatsapp.id, name: 'Chat', status: 'active' }), pairedItem: { item: 0 } }]);
	});

	it.each([
		['a resource longer than 60 characters', { filters: { resource: `task:${'x'.repeat(60)}` } }, 'Resource: is 65 characters long; Bird takes at most 60 [item 0]'],
		['a participant list without channel', { scope: 'participant', participantId: 'p-1', channel: byId('={{ "" }}') }, 'Channel: is empty [item 0]'],
		['a participant ID of ..', { scope: 'participant', participantId: '..', channel: byId(EMAIL_CHANNEL) }, 'Participant ID: '],
		['an identifier that is not a phone number', { scope: 'identifier', identifierKey: 'phonenumber', identifierValue: '0612', channel: byId(SMS_CHANNEL) }, 'Identifier Value: "0612" is not a phone number in international format [item 0]'],
		['a limit of 0', { returnAll: false, limit: 0 }, 'Limit: "0" is not a whole number of at least 1 [item 0]'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		const result = await ctx.run({ ...GET_MANY, ...parameters });
		expect(result.error?.message).toContain(message);
		expect(ctx.calls()).toEqual([]);
	});
});
