import { WS, birdSandbox, outputOf } from '../helpers';
import { byId, conversationNow, seedEmailConversation } from './fixtures';

const ADD = { resource: 'conversation', operation: 'addParticipant' };
const REMOVE = { resource: 'conversation', operation: 'removeParticipant' };

describe('Bird Channels: Conversation → Add Participant and Remove Participant', () => {
	const ctx = birdSandbox();

	it('adds a contact by identifier as Bird\'s example does, and answers with the same participant when it is there already', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		const parameters = { ...ADD, conversation: byId(String(conversation.id)), participantType: 'contact', identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com' };
		const added = await ctx.run(parameters);
		expect(added.error).toBeUndefined();
		// docs.bird.com "Add participant to conversation", its curl example.
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/conversations/${String(conversation.id)}/participants`,
				query: {},
				body: { type: 'contact', contact: { identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com' } },
			},
		]);
		const contact = [...ctx.bird.contacts.values()].find((entry) => entry.identifiers[0].value === 'john.doe@bird.com')!;
		const participant = { id: contact.id, type: 'contact', status: 'active', displayName: '', avatarUrl: '', contact: { identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com', platformAddress: 'john.doe@bird.com' } };
		expect(outputOf(added)).toEqual([{ json: participant, pairedItem: { item: 0 } }]);
		expect(ctx.log()[0].status).toBe(201);

		const again = await ctx.run(parameters);
		expect(outputOf(again)).toEqual([{ json: participant, pairedItem: { item: 0 } }]);
		expect(ctx.log()[1].status).toBe(200);
		expect(conversationNow(ctx.bird, conversation.id).activeParticipantCount).toBe(3);
	});

	it('adds a contact by ID and a user invited, then removes them', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		const contact = ctx.bird.seedContact([{ key: 'emailaddress', value: 'piet@example.com' }], 'Piet');
		const at = byId(String(conversation.id));
		const byContactId = await ctx.run({ ...ADD, conversation: at, participantType: 'contact', identifyBy: 'id', contactId: contact.id });
		const user = await ctx.run({ ...ADD, conversation: at, participantType: 'user', participantId: '986c5b08-3ec7-424a-a380-f3b41dc02746', options: { status: 'invited' } });
		expect(ctx.calls().map((call) => call.body)).toEqual([
			{ id: contact.id, type: 'contact' },
			{ id: '986c5b08-3ec7-424a-a380-f3b41dc02746', type: 'user', status: 'invited' },
		]);
		expect(outputOf(byContactId)[0].json).toMatchObject({ id: contact.id, type: 'contact', displayName: 'Piet', status: 'active' });
		expect(outputOf(user)[0].json).toEqual({ id: '986c5b08-3ec7-424a-a380-f3b41dc02746', type: 'user', status: 'invited', displayName: '', avatarUrl: '' });

		ctx.sandbox.log.length = 0;
		const removed = await ctx.run({ ...REMOVE, conversation: at, participantId: '={{ $json.id }}' }, [{ json: { id: String(contact.id) } }, { json: { id: '986c5b08-3ec7-424a-a380-f3b41dc02746' } }]);
		// docs.bird.com "Delete participant": DELETE …/participants/{conversationParticipantId}, 204.
		expect(ctx.calls()).toEqual([
			{ method: 'DELETE', path: `${WS}/conversations/${String(conversation.id)}/participants/${String(contact.id)}`, query: {}, body: undefined },
			{ method: 'DELETE', path: `${WS}/conversations/${String(conversation.id)}/participants/986c5b08-3ec7-424a-a380-f3b41dc02746`, query: {}, body: undefined },
		]);
		expect(outputOf(removed)).toEqual([
			{ json: { deleted: true }, pairedItem: { item: 0 } },
			{ json: { deleted: true }, pairedItem: { item: 1 } },
		]);

		const missing = await ctx.run({ ...REMOVE, conversation: at, participantId: contact.id });
		expect(missing.error?.message).toBe('Bird Remove Conversation Participant failed: Participant not found (NotFound) [item 0]');
	});

	it('surfaces Bird\'s 422 for a contact ID it does not know', async () => {
		const conversation = seedEmailConversation(ctx.bird, 'ann@example.com');
		const result = await ctx.run({ ...ADD, conversation: byId(String(conversation.id)), participantType: 'contact', identifyBy: 'id', contactId: 'c9999999-0000-4000-8000-000000000000' });
		expect(result.error?.message).toBe('Bird Add Conversation Participant failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 0]');
		expect((result.error as unknown as { description: string }).description).toBe('Bird rejected these fields: .id: Contact not found. Change the fields named above and run the item again.');
	});

	it.each([
		[ADD, { participantType: 'contact', identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'not-an-address' }, 'Identifier Value: "not-an-address" is not an e-mail address [item 0]'],
		[ADD, { participantType: 'contact', identifyBy: 'identifier', identifierKey: 'custom', customIdentifierKey: ' ', identifierValue: 'x' }, 'Custom Identifier Key: is empty [item 0]'],
		[ADD, { participantType: 'flow', participantId: '={{ "" }}' }, 'Flow or User ID: is empty [item 0]'],
		[ADD, { participantType: 'contact', identifyBy: 'id', contactId: '={{ "" }}' }, 'Contact ID: is empty [item 0]'],
		[REMOVE, { participantId: '..' }, 'Participant ID: '],
		[REMOVE, { participantId: '={{ "" }}' }, 'Participant ID: is empty [item 0]'],
	])('refuses bad input before any request (%#)', async (operation, parameters, message) => {
		const result = await ctx.run({ ...operation, conversation: byId('0c63be07-3e97-42a3-900a-47e538032b73'), ...parameters });
		expect(result.error?.message).toContain(message);
		expect(ctx.calls()).toEqual([]);
	});
});
