import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, smsTo } from '../helpers';

/** The message's status-callback URL: `notification.url` of Bird's CreateMessage ("Messaging: Sending messages"). */
describe('Bird Channels: Message → Send, Status Callback URL', () => {
	const ctx = birdSandbox();
	const send = (options: Record<string, unknown>) =>
		ctx.run({ resource: 'message', operation: 'send', channel: channelById(BIRD_CHANNELS.sms.id), receivers: smsTo('+31612345678'), content: 'text', text: 'Hi', options }, [{ json: {} }], { continueOnFail: true });

	it('sends notification.url', async () => {
		const url = 'https://n8n.example.com/webhook/5f0c8a2e-6b1d-4e3f-9a7c-2d4e6f8a0b1c/webhook';
		const result = await send({ notificationUrl: ` ${url} ` });
		expect(result.error).toBeUndefined();
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/channels/${BIRD_CHANNELS.sms.id}/messages`,
				query: {},
				body: {
					receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
					body: { type: 'text', text: { text: 'Hi' } },
					notification: { url },
				},
			},
		]);
		expect([...ctx.bird.messages.values()][0].notification).toEqual({ url });
	});

	it('refuses a URL that is not absolute http(s) before any request', async () => {
		const result = await send({ notificationUrl: 'n8n.example.com/webhook' });
		expect(ctx.calls()).toEqual([]);
		expect(JSON.stringify(result)).toContain('Status Callback URL');
	});
});
