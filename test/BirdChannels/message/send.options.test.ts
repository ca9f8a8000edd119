import { DateTime } from 'luxon';
import { getGlobalState } from 'n8n-workflow';

import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf, smsTo } from '../helpers';

const SMS = BIRD_CHANNELS.sms.id;
const EMAIL = BIRD_CHANNELS.email.id;
const SEND = { resource: 'message', operation: 'send', channel: channelById(SMS), receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' };
const RECEIVER = { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] };
const BODY = { type: 'text', text: { text: 'Hi' } };
const DAY = 24 * 60 * 60 * 1000;

/** The Options of Message → Send: the optional keys of Bird's CreateMessage ("Messaging" on docs.bird.com). */
describe('Bird Channels: Message → Send, Options', () => {
	const ctx = birdSandbox();
	const sent = () => ctx.calls().map((call) => call.body);

	it('sends nothing but the receiver and the body when no option is set: no validity, no use case (Bird decides)', async () => {
		const result = await ctx.run({ ...SEND, options: {} });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([{ method: 'POST', path: `${WS}/channels/${SMS}/messages`, query: {}, body: { receiver: RECEIVER, body: BODY } }]);
	});

	it('Validity 0 (the field default) sends no validity; a number of seconds is sent', async () => {
		await ctx.run({ ...SEND, options: { validity: 0 } });
		await ctx.run({ ...SEND, options: { validity: 600 } });
		expect(sent()).toEqual([
			{ receiver: RECEIVER, body: BODY },
			{ receiver: RECEIVER, body: BODY, validity: 600 },
		]);
	});

	it('sends the sender, the use case with further meta, the switches and the status callback', async () => {
		const result = await ctx.run({
			...SEND,
			channel: channelById(EMAIL),
			receivers: { receiver: [{ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue: 'jane@example.com' }] },
			options: {
				senderIdentifier: 'support',
				senderName: 'Acme Support',
				useCase: 'transactional',
				metaJson: '{"referral": {"source": "ad"}, "extraInformation": {"campaign": "spring"}}',
				ignoreQuietHours: true,
				ignoreGlobalHoldout: true,
				enableLinkTracking: false,
				notificationUrl: 'https://n8n.example.com/webhook/status',
			},
		});
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			{
				receiver: { contacts: [{ identifierKey: 'emailaddress', identifierValue: 'jane@example.com' }] },
				body: BODY,
				notification: { url: 'https://n8n.example.com/webhook/status' },
				sender: { connector: { identifierValue: 'support', annotations: { name: 'Acme Support' } } },
				meta: { referral: { source: 'ad' }, extraInformation: { campaign: 'spring', useCase: 'transactional' } },
				enableLinkTracking: false,
				ignoreQuietHours: true,
				ignoreGlobalHoldout: true,
			},
		]);
		// Bird's answer carries the sender the request asked for (the connector's ID stays the channel's).
		expect(outputOf(result)[0].json.sender).toEqual({
			connector: { id: BIRD_CHANNELS.email.connectorId, identifierValue: 'support', annotations: { name: 'Acme Support' } },
		});
	});

	it('replies to a received message: replyTo {id, type: "message"} as "Sending WhatsApp messages" documents it', async () => {
		const [received] = ctx.bird.seedMessages(BIRD_CHANNELS.whatsapp.id, 1, { direction: 'incoming' });
		const result = await ctx.run({ ...SEND, channel: channelById(BIRD_CHANNELS.whatsapp.id), options: { replyToId: received.id } });
		expect(result.error).toBeUndefined();
		// The doc's example: {"receiver": …, "body": {...}, "replyTo": {"id": "<recievedmessageid>", "type": "message"}}.
		expect(sent()).toEqual([{ receiver: RECEIVER, body: BODY, replyTo: { id: received.id, type: 'message' } }]);
		expect(outputOf(result)[0].json.replyTo).toEqual({ id: received.id, type: 'message' });
	});

	it('replies to a message Bird does not know: Bird\'s 422 names the field', async () => {
		const result = await ctx.run({ ...SEND, options: { replyToId: 'no-such-message', replyToType: 'message' } });
		expect(result.error?.message).toBe('Bird Send Message failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 0]');
		expect((result.error as { description?: string }).description).toContain('.replyTo.id: Message not found');
	});

	describe('Frequency Capping and Use Case', () => {
		it('with Use Case Marketing: both as chosen', async () => {
			await ctx.run({ ...SEND, options: { capFrequency: true, useCase: 'marketing' } });
			expect(sent()).toEqual([{ receiver: RECEIVER, body: BODY, meta: { extraInformation: { useCase: 'marketing' } }, capFrequency: true }]);
		});

		it('without a use case (workflows from before Use Case existed): marketing, as Bird requires', async () => {
			await ctx.run({ ...SEND, options: { capFrequency: true } });
			expect(sent()).toEqual([{ receiver: RECEIVER, body: BODY, capFrequency: true, meta: { extraInformation: { useCase: 'marketing' } } }]);
		});

		it.each([
			['the Use Case option', { capFrequency: true, useCase: 'transactional' }],
			['Meta (JSON)', { capFrequency: true, metaJson: '{"extraInformation": {"useCase": "conversational"}}' }],
		])('another use case from %s is refused before any request, as Bird would refuse it', async (_from, options) => {
			const result = await ctx.run({ ...SEND, options });
			expect(result.error?.message).toMatch(/^Frequency Capping: is on for a message of use case "(transactional|conversational)"; Bird applies it to marketing messages only \[item 0\]$/);
			expect((result.error as { description?: string }).description).toBe('Set Use Case to Marketing, or turn Frequency Capping off.');
			expect(ctx.calls()).toEqual([]);
		});
	});

	describe('Scheduled For (a date-time picker)', () => {
		it("a picked time without offset is in the workflow's time zone, sent with that zone's offset", async () => {
			const zone = getGlobalState().defaultTimezone;
			const local = DateTime.now().setZone(zone).plus({ days: 3 }).startOf('minute').toFormat("yyyy-MM-dd'T'HH:mm:ss");
			const result = await ctx.run({ ...SEND, options: { scheduledFor: local } });
			expect(result.error).toBeUndefined();
			const expected = DateTime.fromISO(local, { zone }).toISO({ suppressMilliseconds: true });
			expect(sent()).toEqual([{ receiver: RECEIVER, body: BODY, scheduledFor: expected }]);
			expect([...ctx.bird.messages.values()][0].status).toBe('scheduled');
		});

		it('a value with an offset (an expression such as $now.plus(…).toISO(), or a workflow from before the picker) is sent as given', async () => {
			const given = DateTime.fromMillis(Date.now() + 2 * DAY).setZone('UTC+2').toISO()!;
			await ctx.run({ ...SEND, options: { scheduledFor: given } });
			await ctx.run({ ...SEND, options: { scheduledFor: '={{ $now.plus({ days: 1 }) }}' } });
			const [first, second] = sent() as Array<{ scheduledFor: string }>;
			expect(first.scheduledFor).toBe(given);
			expect(Date.parse(second.scheduledFor) - Date.now()).toBeGreaterThan(DAY - 60_000);
			expect(second.scheduledFor).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
		});
	});

	describe('refuses bad options before any request, naming the field', () => {
		it.each([
			['Reply To Type without an ID', { replyToType: 'click' }, /^Reply To ID: is empty while Reply To Type is set \[item 0\]$/],
			['a Reply To Type it does not list', { replyToId: 'm1', replyToType: 'thread' }, /^Options › Reply To Type: "thread" is not one of its options \[item 0\]$/],
			['a Use Case it does not list', { useCase: 'promotion' }, /^Options › Use Case: "promotion" is not one of its options \[item 0\]$/],
			['Meta (JSON) that is not an object', { metaJson: '[1]' }, /^Meta \(JSON\): is not a JSON object \[item 0\]$/],
			['a negative validity', { validity: -5 }, /^Validity \(Seconds\): "-5" is not a whole number of seconds \[item 0\]$/],
		])('%s', async (_name, options, message) => {
			const result = await ctx.run({ ...SEND, options });
			expect(result.error?.message).toMatch(message);
			expect(ctx.calls()).toEqual([]);
		});
	});
});
