import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const SUMMARY = {
	Id: 300,
	Subject: 'January deals',
	Type: 'Newsletter',
	Status: 'Finished',
	SentDate: '2026-01-05T09:00:00',
	FromName: 'Acme Shop',
	FromEmail: 'news@acme.example',
	Tags: ['deals'],
	Lists: [{ Id: 1, Name: 'Newsletter' }],
	Segments: [],
};

describe('ExpertSender › Message › Get', () => {
	const state = useExpertSenderSandbox();

	it('gets a message picked from the list, simplified', async () => {
		const run = await runExpertSender(state, { resource: 'message', operation: 'get', messageId: { __rl: true, mode: 'list', value: '300' } });
		expect(run.error).toBeUndefined();
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query]).toEqual(['GET', '/v2/Api/Messages/300', { apiKey: EXPERTSENDER_API_KEY }]);
		expect(run.items).toEqual([{ json: SUMMARY, pairedItem: { item: 0 } }]);
	});

	it('asks for full details, and returns every field with Simplify off', async () => {
		const simplified = await runExpertSender(state, { resource: 'message', operation: 'get', messageId: { __rl: true, mode: 'id', value: '300' }, options: { fullDetails: true } });
		expect(simplified.items[0].json).toEqual({ ...SUMMARY, ReplyToName: 'Acme Support', ReplyToEmail: 'support@acme.example', Html: '<h1>January deals</h1>', Plain: 'January deals' });
		const full = await runExpertSender(state, { resource: 'message', operation: 'get', messageId: '300', simplify: false });
		expect(full.items[0].json).toEqual({ ...SUMMARY, ThrottlingMethod: 'None' });
		expect(state.sandbox.requests('expertsender').map((entry) => entry.query)).toEqual([
			{ fullDetails: 'true', apiKey: EXPERTSENDER_API_KEY },
			{ apiKey: EXPERTSENDER_API_KEY },
		]);
	});

	it('refuses an ID that is no number (no path tricks) before any request', async () => {
		const values = ['..', '%2e%2e', '300/../1', 'abc', '0', ''];
		const run = await runExpertSender(
			state,
			{ resource: 'message', operation: 'get', messageId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ continueOnFail: true, items: values.map((id) => ({ json: { id } })) },
		);
		expect(run.items.map((item) => item.json.error)).toEqual([
			'Message: ".." is not an ExpertSender ID [item 0]',
			'Message: "%2e%2e" is not an ExpertSender ID [item 1]',
			'Message: "300/../1" is not an ExpertSender ID [item 2]',
			'Message: "abc" is not an ExpertSender ID [item 3]',
			'Message: "0" is not an ExpertSender ID [item 4]',
			'Message: is empty [item 5]',
		]);
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's answer for an unknown message; Continue On Fail keeps one item per input", async () => {
		const run = await runExpertSender(
			state,
			{ resource: 'message', operation: 'get', messageId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ continueOnFail: true, items: [{ json: { id: 999 } }, { json: { id: 400 } }, { json: { id: 'x' } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Subject, item.pairedItem])).toEqual([
			['ExpertSender Get Message failed: Message with id 999 does not exist. (400) [item 0]', { item: 0 }],
			['You left something in your cart', { item: 1 }],
			['Message: "x" is not an ExpertSender ID [item 2]', { item: 2 }],
		]);
	});
});
