import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf, smsTo } from '../helpers';

const SMS = BIRD_CHANNELS.sms.id;
const SEND = { resource: 'message', operation: 'send', channel: channelById(SMS), content: 'json' };
const BODY = { type: 'text', text: { text: 'Your order has shipped' } };

/**
 * Custom JSON content: Bird's whole CreateMessage ("Messaging" on docs.bird.com; every key of the schema, which has
 * additionalProperties false), checked by key name before any request, with the node's own fields winning.
 */
describe('Bird Channels: Message → Send, Custom JSON', () => {
	const ctx = birdSandbox();

	it("takes every documented key, the receiver too: the documentation's minimal SMS example goes out as written", async () => {
		// "Messaging" / research notes §1.2, minimal example: {"receiver": {"contacts": [{identifierKey, identifierValue}]}, "body": {...}}.
		const message = {
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
			body: BODY,
			reference: 'order-1',
			tags: ['orders'],
			validity: 3600,
			ignoreQuietHours: true,
			meta: { extraInformation: { useCase: 'transactional' } },
			sender: { connector: { identifierValue: 'Acme' } },
		};
		const result = await ctx.run({ ...SEND, receivers: {}, messageJson: JSON.stringify(message) });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([{ method: 'POST', path: `${WS}/channels/${SMS}/messages`, query: {}, body: message }]);
		expect(outputOf(result)).toEqual([{ json: [...ctx.bird.messages.values()][0], pairedItem: { item: 0 } }]);
	});

	it('the node wins: Receivers with entries replace "receiver", an option replaces its key, meta is merged (JSON, Meta (JSON), Use Case)', async () => {
		const message = {
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31600000000' }] },
			body: BODY,
			reference: 'from-json',
			tags: ['json'],
			meta: { referral: { source: 'json' }, extraInformation: { useCase: 'conversational', campaign: 'spring' } },
		};
		const result = await ctx.run({
			...SEND,
			receivers: smsTo('+31612345678'),
			messageJson: JSON.stringify(message),
			options: { reference: 'from-option', useCase: 'marketing', metaJson: '{"email": {"subject": "Hi"}}' },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()[0].body).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
			body: BODY,
			reference: 'from-option',
			tags: ['json'],
			meta: { referral: { source: 'json' }, email: { subject: 'Hi' }, extraInformation: { useCase: 'marketing', campaign: 'spring' } },
		});
	});

	it('Frequency Capping from the JSON with another use case there is refused like the option', async () => {
		const message = { receiver: { contacts: [{ identifierValue: '+31612345678', identifierKey: 'phonenumber' }] }, body: BODY, capFrequency: true, meta: { extraInformation: { useCase: 'transactional' } } };
		const result = await ctx.run({ ...SEND, receivers: {}, messageJson: JSON.stringify(message) });
		expect(result.error?.message).toBe('Frequency Capping: is on for a message of use case "transactional"; Bird applies it to marketing messages only [item 0]');
		expect(ctx.calls()).toEqual([]);
	});

	describe('refuses before any request', () => {
		it('a key Bird does not document, naming it and listing the keys it takes', async () => {
			const result = await ctx.run({ ...SEND, receivers: smsTo('+31612345678'), messageJson: JSON.stringify({ body: BODY, priority: 'high', channelId: SMS }) });
			expect(result.error?.message).toBe('Message JSON: has keys Bird\'s CreateMessage does not have: "priority", "channelId" [item 0]');
			expect((result.error as { description?: string }).description).toBe(
				'Use only the keys Bird documents: body, capFrequency, enableLinkTracking, ignoreGlobalHoldout, ignoreQuietHours, meta, notification, receiver, reference, replyTo, scheduledFor, sender, shortLinks, tags, template, validity.',
			);
			expect(ctx.calls()).toEqual([]);
		});

		it.each([
			['no receiver anywhere', {}, { body: BODY }, /^Receivers: is empty \[item 0\]$/],
			['a meta that is not an object', smsTo('+31612345678'), { body: BODY, meta: 'marketing' }, /^Message JSON: "meta" is not an object \[item 0\]$/],
			['a receiver that is not an object', {}, { body: BODY, receiver: ['+31612345678'] }, /^Message JSON: "receiver" is not an object \[item 0\]$/],
		])('%s', async (_name, receivers, message, error) => {
			const result = await ctx.run({ ...SEND, receivers, messageJson: JSON.stringify(message) });
			expect(result.error?.message).toMatch(error);
			expect(ctx.calls()).toEqual([]);
		});
	});
});
