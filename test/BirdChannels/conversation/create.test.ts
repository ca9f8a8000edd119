import { WS, birdSandbox, outputOf } from '../helpers';
import { ACCESS_KEY_ID, EMAIL_CHANNEL, SMS_CHANNEL, byId, conversationNow, messagesNow } from './fixtures';

const CREATE = { resource: 'conversation', operation: 'create' };

describe('Bird Channels: Conversation → Create', () => {
	const ctx = birdSandbox();

	it('starts a conversation with a contact and a first message, as Bird\'s example does', async () => {
		const result = await ctx.run({
			...CREATE,
			name: 'Email Subject',
			channel: byId(EMAIL_CHANNEL),
			participants: { participant: [{ type: 'contact', identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: '={{ $json.email }}' }] },
			content: 'text',
			text: 'Hey, listen!',
			recipients: { recipient: [{ identifierKey: 'emailaddress', identifierValue: '={{ $json.email }}', type: 'to' }] },
			additionalFields: { attributes: '{"my-custom-attribute": "123"}' },
		}, [{ json: { email: 'john.doe@bird.com' } }]);
		expect(result.error).toBeUndefined();
		// docs.bird.com "Create conversation", example "Starting a conversation with a simple message" (its channel ID ours).
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/conversations`,
				query: {},
				body: {
					name: 'Email Subject',
					channelId: EMAIL_CHANNEL,
					participants: [{ type: 'contact', identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com' }],
					initialMessage: {
						body: { type: 'text', text: { text: 'Hey, listen!' } },
						recipients: [{ identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com', type: 'to' }],
					},
					attributes: { 'my-custom-attribute': '123' },
				},
			},
		]);
		const [{ json }] = outputOf(result);
		expect(outputOf(result)).toEqual([{ json: conversationNow(ctx.bird, json.id), pairedItem: { item: 0 } }]);
		expect(json).toMatchObject({
			name: 'Email Subject',
			status: 'active',
			channelId: EMAIL_CHANNEL,
			initiatingParticipant: { id: ACCESS_KEY_ID, type: 'accessKey' },
			activeParticipantCount: 2,
			lastMessage: { type: 'text', preview: { text: 'Hey, listen!' }, status: 'accepted' },
			attributes: { 'my-custom-attribute': '123' },
			platformStyle: 'email',
		});
		expect(messagesNow(ctx.bird, json.id)).toHaveLength(1);
	});

	it('takes contacts by ID, users and flows, and the additional fields, without a first message', async () => {
		const contact = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31612345678' }], 'Piet');
		const result = await ctx.run({
			...CREATE,
			name: 'Delivery question',
			channel: byId(SMS_CHANNEL),
			participants: {
				participant: [
					{ type: 'contact', identifyBy: 'id', contactId: contact.id },
					{ type: 'user', participantId: '986c5b08-3ec7-424a-a380-f3b41dc02746' },
					{ type: 'flow', participantId: 'f1000000-0000-4000-8000-000000000001' },
				],
			},
			additionalFields: { description: 'Where is my parcel?', visibility: 'private', accessibility: 'invite-only' },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()[0].body).toEqual({
			name: 'Delivery question',
			channelId: SMS_CHANNEL,
			participants: [
				{ id: contact.id, type: 'contact' },
				{ id: '986c5b08-3ec7-424a-a380-f3b41dc02746', type: 'user' },
				{ id: 'f1000000-0000-4000-8000-000000000001', type: 'flow' },
			],
			description: 'Where is my parcel?',
			visibility: 'private',
			accessibility: 'invite-only',
		});
		const [{ json }] = outputOf(result);
		expect(json).toEqual(conversationNow(ctx.bird, json.id));
		expect(json).toMatchObject({ description: 'Where is my parcel?', visibility: 'private', accessibility: 'invite-only', activeParticipantCount: 4, platformStyle: 'chat' });
		expect(json.lastMessage).toBeUndefined();
	});

	it('surfaces Bird\'s 422 for an identifier the channel cannot reach', async () => {
		const result = await ctx.run({
			...CREATE,
			name: 'Wrong channel',
			channel: byId(SMS_CHANNEL),
			content: 'text',
			text: 'Hi',
			recipients: { recipient: [{ identifierKey: 'emailaddress', identifierValue: 'ann@example.com' }] },
		});
		expect(result.error?.message).toBe('Bird Create Conversation failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 0]');
		expect((result.error as unknown as { description: string }).description).toContain('.initialMessage.recipients[0].identifierKey: Channel platform sms-messagebird cannot deliver to identifier key emailaddress');
	});

	it.each([
		['six participants', { participants: { participant: Array.from({ length: 6 }, (_, n) => ({ type: 'user', participantId: `u${n}` })) } }, 'Participants: has 6 participants; Bird takes at most 5 [item 0]'],
		['a contact e-mail address that is none', { participants: { participant: [{ type: 'contact', identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'ann@' }] } }, 'Participants (participant 1) Identifier Value: "ann@" is not an e-mail address [item 0]'],
		['a user without ID', { participants: { participant: [{ type: 'user', participantId: ' ' }] } }, 'Participants (participant 1) Flow or User ID: is empty [item 0]'],
		['attributes that are not an object', { additionalFields: { attributes: '[1, 2]' } }, 'Attributes (JSON): is not a JSON object [item 0]'],
		['an empty initial message text', { content: 'text', text: '={{ "" }}' }, 'Text: is empty [item 0]'],
		['a recipient phone number without country code', { content: 'text', text: 'Hi', recipients: { recipient: [{ identifierKey: 'phonenumber', identifierValue: '0612345678' }] } }, 'Recipients (recipient 1) Identifier Value: "0612345678" is not a phone number in international format [item 0]'],
		['an empty name', { name: '={{ $json.missing }}' }, 'Name: is empty [item 0]'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		const result = await ctx.run({ ...CREATE, name: 'Refund', channel: byId(EMAIL_CHANNEL), ...parameters });
		expect(result.error?.message).toBe(message);
		expect(ctx.calls()).toEqual([]);
	});
});
