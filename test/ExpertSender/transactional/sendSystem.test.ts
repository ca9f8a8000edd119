import { NO_SUCH_RECEIVER } from '../../../sandbox/providers/expertsender';
import { apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

describe('ExpertSender › Transactional › Send System Transactional', () => {
	const state = useExpertSenderSandbox();

	it('sends to SystemTransactionals/{id}, creating an unknown receiver and reaching an unsubscribed one', async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'transactional',
				operation: 'sendSystem',
				messageId: '200',
				receiverEmail: '={{ $json.email }}',
				snippets: { snippet: [{ name: 'resetLink', value: '<a href="https://example.com/r?a=1&b=2">Reset</a>' }] },
				options: { returnGuid: true },
			},
			{ items: [{ json: { email: 'new.user@example.com' } }, { json: { email: 'gone@example.com' } }] },
		);
		expect(run.error).toBeUndefined();
		const sent = state.provider.sent;
		expect(sent.map((message) => [message.kind, message.messageId])).toEqual([
			['SystemTransactionals', 200],
			['SystemTransactionals', 200],
		]);
		const created = state.provider.findByEmail('new.user@example.com');
		expect(created).toBeDefined();
		expect(sent.map((message) => message.subscriberId)).toEqual([created!.id, 1002]);
		expect(run.items).toEqual([
			{ json: { success: true, messageId: 200, guid: sent[0].guid }, pairedItem: { item: 0 } },
			{ json: { success: true, messageId: 200, guid: sent[1].guid }, pairedItem: { item: 1 } },
		]);
		const [first] = state.sandbox.requests('expertsender');
		expect([first.method, first.path]).toEqual(['POST', '/v2/Api/SystemTransactionals/200']);
		expect(wireRequest(first)).toEqual(
			apiRequest({
				Data: {
					ReturnGuid: 'true',
					Receiver: { Email: 'new.user@example.com' },
					Snippets: { Snippet: { Name: 'resetLink', Value: '<a href="https://example.com/r?a=1&b=2">Reset</a>' } },
				},
			}),
		);
		expect(first.body).toContain('<Value><![CDATA[<a href="https://example.com/r?a=1&b=2">Reset</a>]]></Value>');
	});

	it('fails for an unknown subscriber ID and an inactive system message with ExpertSender\'s text', async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'transactional', operation: 'sendSystem', messageId: '={{ $json.messageId }}', receiverId: '={{ $json.id }}' },
			{ continueOnFail: true, items: [{ json: { messageId: 200, id: 999999 } }, { json: { messageId: 201, id: 1001 } }] },
		);
		expect(run.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[`ExpertSender Send System Transactional failed: ${NO_SUCH_RECEIVER} (400) [item 0]`, { item: 0 }],
			['ExpertSender Send System Transactional failed: Transactional message 201 does not exist or is not active. (400) [item 1]', { item: 1 }],
		]);
		expect(state.provider.sent).toEqual([]);
	});
});
