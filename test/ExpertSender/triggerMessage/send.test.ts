import type { IDataObject } from 'n8n-workflow';

import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { triggerSends } from '../../../sandbox/providers/expertsender/triggers';
import { API_REQUEST_START, apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const ESCAPED_KEY = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const byEmail = (triggerId: unknown, email = '={{ $json.email }}') => ({
	resource: 'triggerMessage',
	operation: 'send',
	triggerId: { __rl: true, mode: 'id', value: triggerId },
	receiverBy: 'email',
	receiverEmail: email,
});

describe('ExpertSender › Trigger Message › Send', () => {
	const state = useExpertSenderSandbox();

	it('fires the trigger for each item by email: exact request bytes and one output item each', async () => {
		const run = await runExpertSender(state, byEmail('400'), {
			items: [{ json: { email: 'patrick@mydomain.com' } }, { json: { email: 'Patrick@MyDomain.com' } }],
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { sent: true, triggerId: 400, email: 'patrick@mydomain.com' }, pairedItem: { item: 0 } },
			{ json: { sent: true, triggerId: 400, email: 'Patrick@MyDomain.com' }, pairedItem: { item: 1 } },
		]);
		const [first] = state.sandbox.requests('expertsender');
		expect([first.method, first.path, first.query]).toEqual(['POST', '/v2/Api/Triggers/400', {}]);
		expect(first.body).toBe(
			`${API_REQUEST_START}<ApiKey>${ESCAPED_KEY}</ApiKey>` +
				'<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Email>patrick@mydomain.com</Email></Receiver></Receivers></Data></ApiRequest>',
		);
		expect(triggerSends(state.provider)).toEqual([
			{ triggerId: 400, subscriberId: 1001, by: 'Email' },
			{ triggerId: 400, subscriberId: 1001, by: 'Email' },
		]);
	});

	it('names the receiver by subscriber ID, as citilinkru/expert-sender-api tests/Request/TriggersPostRequestTest.php writes it', async () => {
		// That test expects <Data xsi:type="TriggerReceivers"><Receivers>…<Receiver><Id>23</Id></Receiver></Receivers></Data>.
		const run = await runExpertSender(state, {
			resource: 'triggerMessage',
			operation: 'send',
			triggerId: { __rl: true, mode: 'list', value: '401', cachedResultName: 'Back in stock' },
			receiverBy: 'id',
			receiverId: '1001',
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { sent: true, triggerId: 401, subscriberId: 1001 }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect(entry.path).toBe('/v2/Api/Triggers/401');
		expect(wireRequest(entry)).toEqual(
			apiRequest({ Data: { '@xsi:type': 'TriggerReceivers', Receivers: { Receiver: { Id: '1001' } } } }),
		);
		expect(entry.body).toContain('<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Id>1001</Id></Receiver></Receivers></Data>');
	});

	it('keeps working with a saved plain string Trigger ID', async () => {
		const run = await runExpertSender(state, { ...byEmail('400', 'patrick@mydomain.com'), triggerId: '400' });
		expect(run.error).toBeUndefined();
		expect(state.sandbox.requests('expertsender').map((entry) => entry.path)).toEqual(['/v2/Api/Triggers/400']);
	});

	it('refuses bad input before any request, naming the field and the item', async () => {
		// Mapped by expressions, as the By ID mode's pattern already stops such values typed into the field.
		const cases: Array<[IDataObject, string]> = [
			[{ trigger: 'abc' }, 'Trigger Message: "abc" is not an ExpertSender ID [item 0]'],
			[{ trigger: '..' }, 'Trigger Message: ".." is not an ExpertSender ID [item 0]'],
			[{ trigger: '%2e%2e' }, 'Trigger Message: "%2e%2e" is not an ExpertSender ID [item 0]'],
			[{ trigger: '400/../1' }, 'Trigger Message: "400/../1" is not an ExpertSender ID [item 0]'],
			[{ trigger: '' }, 'Trigger Message: is empty [item 0]'],
			[{ email: 'not-an-email' }, 'Email: "not-an-email" is not an e-mail address [item 0]'],
			[{ email: '' }, 'Email: is empty [item 0]'],
			[{ by: 'id', id: '-3' }, 'Subscriber ID: "-3" is not an ExpertSender ID [item 0]'],
		];
		for (const [json, message] of cases) {
			const run = await runExpertSender(
				state,
				{ ...byEmail('={{ $json.trigger }}'), receiverBy: json.by ?? 'email', receiverId: '={{ $json.id }}' },
				{ items: [{ json: { trigger: '400', email: 'patrick@mydomain.com', ...json } }] },
			);
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's message for an unknown trigger, and gives one item per input item with Continue On Fail", async () => {
		const run = await runExpertSender(state, byEmail('={{ $json.trigger }}'), {
			continueOnFail: true,
			items: [
				{ json: { trigger: '400', email: 'patrick@mydomain.com' } },
				{ json: { trigger: '300', email: 'patrick@mydomain.com' } },
				{ json: { trigger: '400', email: 'bad address' } },
			],
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { sent: true, triggerId: 400, email: 'patrick@mydomain.com' }, pairedItem: { item: 0 } },
			{
				json: { error: 'ExpertSender Send Trigger Message failed: Trigger message 300 does not exist. (400) [item 1]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 1 },
			},
			{ json: expect.objectContaining({ error: 'Email: "bad address" is not an e-mail address [item 2]' }), pairedItem: { item: 2 } },
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.status)).toEqual([201, 400]);
		expect(triggerSends(state.provider)).toHaveLength(1);
	});

	it('reports "sent" for a subscriber ExpertSender does not know, as the API skips such receivers silently', async () => {
		const run = await runExpertSender(state, byEmail('400', 'nobody@example.com'));
		expect(run.items).toEqual([{ json: { sent: true, triggerId: 400, email: 'nobody@example.com' }, pairedItem: { item: 0 } }]);
		expect(state.sandbox.requests('expertsender').map((entry) => entry.status)).toEqual([201]);
		expect(triggerSends(state.provider)).toEqual([]);
	});
});
