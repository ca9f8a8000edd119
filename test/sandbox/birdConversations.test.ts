import { BIRD_ACCESS_KEY, BIRD_CHANNELS } from '../../sandbox/providers/bird';
import { SANDBOX_ACCESS_KEY_PARTICIPANT } from '../../sandbox/providers/bird/conversations';
import { WS, birdSandbox } from '../BirdChannels/helpers';

/**
 * The Conversations API emulator refuses what docs.bird.com's Conversations API reference refuses ("Create
 * conversation", "Update conversation", "Create conversation message", "List conversation messages", "Add participant
 * to conversation", "Delete participant", "List participant conversations"), or the node tests would prove nothing.
 */
describe('Bird sandbox: conversations', () => {
	const ctx = birdSandbox();
	const api = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${ctx.sandbox.url}/bird${WS}${path}`, {
			method,
			headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
	};
	const email = BIRD_CHANNELS.email.id;
	const contact = { type: 'contact', identifierKey: 'emailaddress', identifierValue: 'ann@example.com' };
	const text = { type: 'text', text: { text: 'Hi' } };
	const create = async (extra: Record<string, unknown> = {}) => {
		const response = await api('POST', '/conversations', { name: 'Case', channelId: email, participants: [contact], ...extra });
		expect(response.status).toBe(201);
		return response.body as { id: string; featuredParticipants: Array<{ id: string }> };
	};
	const sender = { participantType: 'accessKey', participantId: SANDBOX_ACCESS_KEY_PARTICIPANT.id };
	const detailsOf = (body: Record<string, unknown> | undefined) => body?.details as Record<string, string[]>;

	it.each([
		['no name', { channelId: email }, '.name', "Property 'name' is missing"],
		['a visibility it does not list', { name: 'x', visibility: 'secret' }, '.visibility', 'Must be one of public, private'],
		['an accessibility it does not list', { name: 'x', accessibility: 'closed' }, '.accessibility', 'Must be one of open, invite-only, request-to-join'],
		['six participants', { name: 'x', participants: Array.from({ length: 6 }, (_, n) => ({ id: `u${n}`, type: 'user' })) }, '.participants', 'At most 5 participants are allowed'],
		['a participant type it does not list', { name: 'x', participants: [{ id: 'b', type: 'bot' }] }, '.participants[0].type', 'Must be one of contact, user, flow, accessKey'],
		['an unknown contact ID', { name: 'x', participants: [{ id: 'c-404', type: 'contact' }] }, '.participants[0].id', 'Contact not found'],
		['a participant with an unknown key', { name: 'x', participants: [{ ...contact, role: 'owner' }] }, '.participants[0].role', "Unknown property 'role'"],
		['an unknown channel', { name: 'x', channelId: '11111111-2222-4333-8444-555555555555' }, '.channelId', 'Channel not found'],
		['a channel ID that is no UUID', { name: 'x', channelId: 'sms' }, '.channelId', 'Must be a UUID'],
		['an initial message without channel', { name: 'x', initialMessage: { body: text } }, '.channelId', 'A channel is required to send the initial message'],
		['an initial message with body and template', { name: 'x', channelId: email, participants: [contact], initialMessage: { body: text, template: { projectId: 'p', version: 'latest', locale: 'en' } } }, '.initialMessage', "Only one of 'body' or 'template' may be set"],
		['an initial message with an unknown key', { name: 'x', channelId: email, participants: [contact], initialMessage: { body: text, tags: ['a'] } }, '.initialMessage.tags', "Unknown property 'tags'"],
		['an initial message to nobody', { name: 'x', channelId: email, initialMessage: { body: text } }, '.initialMessage.recipients', 'The conversation has no contact to send to; set recipients'],
		['an initial message with a phone number on e-mail', { name: 'x', channelId: email, initialMessage: { body: text, recipients: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] } }, '.initialMessage.recipients[0].identifierKey', 'Channel platform email-sparkpost cannot deliver to identifier key phonenumber'],
		['an empty text body', { name: 'x', channelId: email, participants: [contact], initialMessage: { body: { type: 'text', text: { text: '' } } } }, '.initialMessage.body.text.text', "Property 'text' is missing"],
	])('Create: 422 for %s', async (_case, body, field, message) => {
		const response = await api('POST', '/conversations', body);
		expect(response.status).toBe(422);
		expect(response.body).toMatchObject({ code: 'MalformedRequest', message: 'One or more fields provided in the request body are malformed' });
		expect(detailsOf(response.body)[field]).toContain(message);
		// A refused request changes nothing: no conversation, and no contact for a new identifier.
		expect((await api('GET', '/conversations')).body).toEqual({ results: [] });
		expect(ctx.bird.contacts.size).toBe(0);
	});

	it('Create accepts properties it does not know (the schema has additionalProperties true) and adds the access key', async () => {
		const conversation = await create({ ANY_ADDITIONAL_PROPERTY: 'anything' });
		expect(conversation).toMatchObject({ initiatingParticipant: { id: SANDBOX_ACCESS_KEY_PARTICIPANT.id, type: 'accessKey' }, activeParticipantCount: 2 });
	});

	it('Update: 422 for an empty body, an unknown key and a status it does not list; 404 for an unknown conversation', async () => {
		const { id } = await create();
		for (const [body, field, message] of [
			[{}, '.', 'At least one property is required'],
			[{ priority: 'high' }, '.priority', "Unknown property 'priority'"],
			[{ status: 'archived' }, '.status', 'Must be one of active, closed'],
		] as const) {
			const response = await api('PATCH', `/conversations/${id}`, body);
			expect(response.status).toBe(422);
			expect(detailsOf(response.body)[field]).toContain(message);
		}
		expect(await api('PATCH', '/conversations/0c63be07-3e97-42a3-900a-47e538032b73', { status: 'closed' })).toEqual({ status: 404, body: { code: 'NotFound', message: 'Conversation not found' } });
	});

	it.each([
		['an unknown key', { ...sender, body: text, priority: 'high' }, '.priority', "Unknown property 'priority'"],
		['no participantType', { participantId: 'x', body: text }, '.participantType', 'Must be one of accessKey, contact, flow'],
		['a user as sender', { participantType: 'user', participantId: 'u1', body: text }, '.participantType', 'Must be one of accessKey, contact, flow'],
		['another access key', { participantType: 'accessKey', participantId: 'acce55e0-0000-4000-8000-0000000000ff', body: text }, '.participantId', 'Access key not found'],
		['a flow that is no participant', { participantType: 'flow', participantId: 'f1', body: text }, '.participantId', 'The participant is not part of the conversation; add it first or set addMissingParticipants to true'],
		['neither body nor template', { ...sender }, '.', "One of 'body' or 'template' is required"],
		['a body type it does not list', { ...sender, body: { type: 'sticker', sticker: {} } }, '.body.type', 'Must be one of the documented body types'],
		['html on an SMS conversation', { ...sender, body: { type: 'html', html: { html: '<p>x</p>' } } }, '.body.type', 'Body type html is not supported on sms-messagebird'],
		['a reply to an unknown message', { ...sender, body: text, replyToMessageId: 'm-404' }, '.replyToMessageId', 'No message with this ID in the conversation'],
		['a recipient type it does not list', { ...sender, body: text, recipients: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678', type: 'reply-to' }] }, '.recipients[0].type', 'Must be one of to, cc, bcc'],
	])('Send message: 422 for %s', async (_case, body, field, message) => {
		const response = await api('POST', '/conversations', { name: 'SMS', channelId: BIRD_CHANNELS.sms.id, participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31612345678' }] });
		const { id } = response.body as { id: string };
		const sent = await api('POST', `/conversations/${id}/messages`, body);
		expect(sent.status).toBe(422);
		expect(detailsOf(sent.body)[field]).toContain(message);
	});

	it('Send message: 201, then 409 for a reference used before and for a closed conversation', async () => {
		const { id } = await create();
		const first = await api('POST', `/conversations/${id}/messages`, { ...sender, body: text, reference: 'ticket-1' });
		expect(first.status).toBe(201);
		expect(first.body).toMatchObject({ conversationId: id, draft: false, status: 'accepted', source: 'conversations', reference: 'ticket-1', recipients: [{ type: 'to', identifierValue: 'ann@example.com' }] });
		expect(await api('POST', `/conversations/${id}/messages`, { ...sender, body: text, reference: 'ticket-1' })).toEqual({ status: 409, body: { code: 'Conflict', message: 'A message with this reference already exists' } });
		await api('PATCH', `/conversations/${id}`, { status: 'closed' });
		expect((await api('POST', `/conversations/${id}/messages`, { ...sender, body: text })).status).toBe(409);
	});

	it.each([
		['a type it does not list', { id: 'a', type: 'accessKey' }, '.type', 'Must be one of contact, user, flow'],
		['an unknown key', { id: 'u1', type: 'user', role: 'admin' }, '.role', "Unknown property 'role'"],
		['a status it does not list', { id: 'u1', type: 'user', status: 'banned' }, '.status', 'Must be one of pending, invited, active'],
		['a contact without ID or identifier', { type: 'contact' }, '.contact', "Property 'contact' is missing (or give the contact's 'id')"],
		['a contact identifier in the wrong place', { type: 'contact', identifierKey: 'emailaddress', identifierValue: 'bob@example.com' }, '.identifierKey', "Unknown property 'identifierKey'"],
		['a user with a contact', { id: 'u1', type: 'user', contact: {} }, '.contact', "Unknown property 'contact' for type user"],
	])('Add participant: 422 for %s', async (_case, body, field, message) => {
		const { id } = await create();
		const response = await api('POST', `/conversations/${id}/participants`, body);
		expect(response.status).toBe(422);
		expect(detailsOf(response.body)[field]).toContain(message);
	});

	it('Delete participant: 204, then 404', async () => {
		const conversation = await create();
		const contactId = conversation.featuredParticipants[1].id;
		expect(await api('DELETE', `/conversations/${conversation.id}/participants/${contactId}`)).toEqual({ status: 204, body: undefined });
		expect(await api('DELETE', `/conversations/${conversation.id}/participants/${contactId}`)).toEqual({ status: 404, body: { code: 'NotFound', message: 'Participant not found' } });
	});

	it('Lists: unknown query parameters, a resource over 60 characters, a dateFrom that is no RFC 3339 time', async () => {
		const { id } = await create();
		expect(await api('GET', '/conversations?status=active')).toEqual({ status: 400, body: { code: 'InvalidParameter', message: "Unknown query parameter 'status'" } });
		expect((await api('GET', `/conversations?resource=${'x'.repeat(61)}`)).status).toBe(400);
		expect((await api('GET', `/conversations/${id}/messages?dateFrom=yesterday`)).status).toBe(400);
		expect((await api('GET', `/conversations/${id}/messages?limit=101`)).status).toBe(400);
	});

	it('Participant conversations: channelId required (a UUID), status as documented', async () => {
		const conversation = await create();
		const contactId = conversation.featuredParticipants[1].id;
		const missing = await api('GET', `/participants/${contactId}/conversations`);
		expect(missing.status).toBe(422);
		expect(detailsOf(missing.body).channelId).toContain('Required query parameter');
		const badStatus = await api('GET', `/participants/${contactId}/conversations?channelId=${email}&status=open`);
		expect(detailsOf(badStatus.body).status).toContain('Must be one of active, closed, deleted');
		const found = await api('GET', `/participants/emailaddress/ann%40example.com/conversations?channelId=${email}&status=active`);
		expect((found.body as { results: Array<{ id: string }> }).results.map((entry) => entry.id)).toEqual([conversation.id]);
	});
});
