import { BIRD_CHANNELS, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID } from '../../../sandbox/providers/bird';
import { birdSandbox, outputOf } from '../helpers';

const CREATE = { resource: 'webhookSubscription', operation: 'create' };
const SUBSCRIPTIONS = `/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;

describe('Bird Channels: Webhook Subscription → Create', () => {
	const ctx = birdSandbox();

	// The body of docs.bird.com "Message status and interactions" (Filter channel ID):
	// {"service": "channels", "event": "<channel>.inbound", "url": …, "signingKey": "key", "eventFilters": [{"key": "channelId", "value": "<id>"}]}.
	it('subscribes a URL to an event with a channel filter and a signing key, as Bird documents the body', async () => {
		const result = await ctx.run({
			...CREATE,
			event: 'whatsapp.inbound',
			url: 'https://hooks.example.com/bird',
			additionalFields: { signingKey: 'sk-7f2c9e41', eventFilters: { filter: [{ key: 'channelId', value: BIRD_CHANNELS.whatsapp.id }] } },
		});
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: SUBSCRIPTIONS,
				query: {},
				body: { service: 'channels', event: 'whatsapp.inbound', url: 'https://hooks.example.com/bird', signingKey: 'sk-7f2c9e41', eventFilters: [{ key: 'channelId', value: BIRD_CHANNELS.whatsapp.id }] },
			},
		]);
		const [stored] = [...ctx.bird.subscriptions.values()];
		expect(stored.signingKey).toBe('sk-7f2c9e41');
		// Bird's answer without the signing key.
		expect(outputOf(result)).toEqual([{ json: { ...stored, signingKey: undefined }, pairedItem: { item: 0 } }]);
		expect(Object.keys(outputOf(result)[0].json)).not.toContain('signingKey');
		expect(JSON.stringify(outputOf(result))).not.toContain('sk-7f2c9e41');
	});

	// PipedreamHQ/pipedream components/messagebird/sources/new-message-received: {service: "channels", event: `${platform}.inbound`, url}.
	it('sends only service, event and URL when nothing else is set, one subscription per item', async () => {
		const items = [{ json: { url: 'https://hooks.example.com/one' } }, { json: { url: 'https://hooks.example.com/two' } }];
		const result = await ctx.run({ ...CREATE, event: 'sms.outbound', url: '={{ $json.url }}' }, items);
		expect(ctx.calls().map((call) => call.body)).toEqual([
			{ service: 'channels', event: 'sms.outbound', url: 'https://hooks.example.com/one' },
			{ service: 'channels', event: 'sms.outbound', url: 'https://hooks.example.com/two' },
		]);
		expect(outputOf(result).map((item) => [item.json.url, item.json.status, item.pairedItem])).toEqual([
			['https://hooks.example.com/one', 'active', { item: 0 }],
			['https://hooks.example.com/two', 'active', { item: 1 }],
		]);
	});

	it("409: Bird's own message when a sixth subscription has the same filter combination", async () => {
		for (let n = 0; n < 5; n++) await ctx.run({ ...CREATE, event: 'sms.inbound', url: `https://hooks.example.com/${n}` });
		const result = await ctx.run({ ...CREATE, event: 'sms.inbound', url: 'https://hooks.example.com/6' });
		expect(result.error?.message).toBe('Bird Create Webhook Subscription failed: At most 5 subscriptions may have the same filter combination (Conflict) [item 0]');
	});

	it('refuses a credential without Organization ID before any request', async () => {
		const result = await ctx.run({ ...CREATE, event: 'sms.inbound', url: 'https://hooks.example.com/bird' }, [{ json: {} }], { credentials: { ...ctx.credentials(), organizationId: '' } });
		expect(result.error?.message).toBe('The Bird Channels credential has no Organization ID [item 0]');
		expect((result.error as { description?: string }).description).toContain('Open the credential, enter the Organization ID');
		expect(ctx.calls()).toEqual([]);
	});

	it.each([
		[{ url: '  ' }, 'URL: is empty [item 0]'],
		[{ url: 'http://hooks.example.com/bird' }, 'URL: "http://hooks.example.com/bird" is not a public https address with a host name [item 0]'],
		[{ url: 'https://127.0.0.1/bird' }, 'URL: "https://127.0.0.1/bird" is not a public https address with a host name [item 0]'],
		[{ event: 'sms.clicked' }, 'Event: "sms.clicked" is not one of its options [item 0]'],
		[{ additionalFields: { eventFilters: { filter: [{ key: 'channelId', value: ' ' }] } } }, 'Additional Fields › Event Filters › Filter 1 › Value: is empty [item 0]'],
		[
			{ additionalFields: { eventFilters: { filter: [{ key: 'channelId', value: 'a' }, { key: 'channelId', value: 'b' }] } } },
			'Additional Fields › Event Filters › Filter 2 › Key: "channelId" is used twice [item 0]',
		],
		[{ additionalFields: { eventFilters: { filter: [{ key: 'colour', value: 'red' }] } } }, '"colour" is not one of its options [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const result = await ctx.run({ ...CREATE, event: 'sms.inbound', url: 'https://hooks.example.com/bird', ...parameters });
		expect(result.error?.message).toContain(message);
		expect(ctx.calls()).toEqual([]);
	});
});
