import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { BirdChannels } from '../../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const EMAIL = BIRD_CHANNELS.email.id;
const SMS = BIRD_CHANNELS.sms.id;
const SEND = { resource: 'message', operation: 'send', content: 'text', text: 'Hi', subject: 'Hello' };
const byContact = (contactId: string, type = 'to') => ({ identifyBy: 'contactId', contactId, type });
const byEmail = (identifierValue: string, type = 'to') => ({ identifyBy: 'identifier', identifierKey: 'emailaddress', identifierValue, type });

describe('Bird Channels: Message → Send, Receivers', () => {
	const ctx = birdSandbox();

	it('several receivers by contact ID on an e-mail channel, with CC and BCC: Bird resolves the contacts', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }]);
		const bob = ctx.bird.seedContact([{ key: 'emailaddress', value: 'bob@example.com' }]);
		const result = await ctx.run({
			...SEND,
			channel: channelById(EMAIL),
			receivers: { receiver: [byContact(String(ann.id)), byContact(String(bob.id), 'cc'), byEmail('audit@example.com', 'bcc')] },
		});
		expect(result.error).toBeUndefined();
		// Pipedream's messagebird "Send SMS" addresses a contact as receiver.contacts[{id}]; with several, each has its type.
		expect(ctx.calls()).toEqual([
			{
				method: 'POST',
				path: `${WS}/channels/${EMAIL}/messages`,
				query: {},
				body: {
					receiver: {
						contacts: [
							{ id: ann.id, type: 'to' },
							{ id: bob.id, type: 'cc' },
							{ identifierKey: 'emailaddress', identifierValue: 'audit@example.com', type: 'bcc' },
						],
					},
					body: { type: 'text', text: { text: 'Hi', metadata: { subject: 'Hello' } } },
				},
			},
		]);
		expect((outputOf(result)[0].json.receiver as { contacts: unknown[] }).contacts).toEqual([
			{ id: ann.id, identifierKey: 'emailaddress', identifierValue: 'ann@example.com', type: 'to' },
			{ id: bob.id, identifierKey: 'emailaddress', identifierValue: 'bob@example.com', type: 'cc' },
			expect.objectContaining({ identifierKey: 'emailaddress', identifierValue: 'audit@example.com', type: 'bcc' }),
		]);
	});

	it('several contact IDs on a channel that is not e-mail: the node cannot know the platform, so Bird refuses, naming the field', async () => {
		const ann = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31611111111' }]);
		const bob = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31622222222' }]);
		const result = await ctx.run({ ...SEND, channel: channelById(SMS), receivers: { receiver: [byContact(String(ann.id)), byContact(String(bob.id))] } });
		expect(result.error?.message).toBe('Bird Send Message failed: One or more fields provided in the request body are malformed (MalformedRequest) [item 0]');
		expect((result.error as { description?: string }).description).toContain('.receiver.contacts: Multiple receivers are only supported on email channels');
	});

	it.each([
		['a phone number next to an e-mail address', [byEmail('ann@example.com'), { identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '+31612345678' }], /^Receivers: has several receivers, not all of them e-mail addresses or contact IDs \[item 0\]$/],
		['only CC and BCC receivers', [byEmail('ann@example.com', 'cc'), byContact('c1', 'bcc')], /^Receivers: has no To receiver \[item 0\]$/],
		['an empty contact ID', [byContact('  ')], /^Receivers \(receiver 1\) Contact ID: is empty \[item 0\]$/],
	])('refuses %s before any request', async (_name, receiver, message) => {
		const result = await ctx.run({ ...SEND, channel: channelById(EMAIL), receivers: { receiver } });
		expect(result.error?.message).toMatch(message);
		expect(ctx.calls()).toEqual([]);
	});

	describe('each entry shows only the fields its kind needs (as n8n resolves the displayOptions of fixed-collection values)', () => {
		const properties = new BirdChannels().description.properties;
		const receivers = properties.find(
			(property) => property.name === 'receivers' && property.displayOptions?.show?.resource?.includes('message'),
		) as INodeProperties;
		const values = (receivers.options as INodePropertyCollection[])[0].values;
		const shown = (entry: Record<string, string>) => Object.keys(NodeHelpers.getNodeParameters(values, entry, true, false, null, null) ?? {}).sort();

		it.each([
			['by contact ID', { identifyBy: 'contactId' }, ['contactId', 'identifyBy', 'type']],
			['by identifier', { identifyBy: 'identifier' }, ['identifierKey', 'identifierValue', 'identifyBy', 'type']],
			['by a custom identifier', { identifyBy: 'identifier', identifierKey: 'custom' }, ['customIdentifierKey', 'identifierKey', 'identifierValue', 'identifyBy', 'type']],
		])('%s', (_kind, entry, fields) => {
			expect(shown(entry)).toEqual(fields);
		});

		it('one spelling of the labels: "Identify By", BCC and CC, placeholders starting with "e.g. "', () => {
			expect(values.map((value) => value.displayName)).toEqual(['Contact ID', 'Custom Identifier Key', 'Identifier Key', 'Identifier Value', 'Identify By', 'Type']);
			expect((values.find((value) => value.name === 'type')!.options as Array<{ name: string }>).map((option) => option.name)).toEqual(['BCC', 'CC', 'To']);
			for (const value of values) if (value.placeholder !== undefined) expect(value.placeholder).toMatch(/^e\.g\. \S/);
		});
	});
});
