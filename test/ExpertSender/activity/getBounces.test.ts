import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const BASE = { resource: 'activity', operation: 'getBounces' };

describe('ExpertSender › Activity › Get Bounces', () => {
	const state = useExpertSenderSandbox();

	function seed() {
		state.provider.bounceRows.push(
			{ date: '2026-01-13 23:59:00', email: 'early@example.com', code: '550 5.1.1 unknown', reason: 'UserUnknown', type: 'Hard', channel: 'Email' },
			{ date: '2026-01-14 08:00:00', email: 'gone@example.com', code: '550 5.1.1 unknown', reason: 'UserUnknown', type: 'Hard', channel: 'Email' },
			{ date: '2026-01-14 09:00:00', email: 'full@example.com', code: '452 4.2.2 mailbox full', reason: 'MailboxFull', type: 'Soft', channel: 'Email' },
			{ date: '2026-01-14 10:00:00', email: 'sms@example.com', code: 'undeliverable', reason: 'UserUnknown', type: 'Hard', channel: 'SmsMms' },
		);
	}

	it('asks the period with its filters and returns one item per CSV row', async () => {
		seed();
		const run = await runExpertSender(state, { ...BASE, startDate: '2026-01-14T00:00:00', endDate: '2026-01-14T00:00:00', bounceType: '1', bounceReason: '1', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/v2/Api/Bounces', { startDate: '2026-01-14', endDate: '2026-01-14', channel: 'Email', bounceReason: '1', bounceType: '1', apiKey: EXPERTSENDER_API_KEY }],
		]);
		expect(run.items).toEqual([
			{ json: { Date: '2026-01-14 08:00:00', Email: 'gone@example.com', BounceCode: '550 5.1.1 unknown', BounceReason: 'UserUnknown', BounceType: 'Hard' }, pairedItem: { item: 0 } },
		]);
	});

	it('reads a time with an offset as its day in the workflow time zone, and applies the limit', async () => {
		seed();
		const run = await runExpertSender(state, { ...BASE, startDate: '2026-01-13T12:00:00Z', endDate: '2026-01-14', channel: 'All', returnAll: false, limit: 3 });
		expect(state.sandbox.requests('expertsender')[0].query).toEqual({ startDate: '2026-01-13', endDate: '2026-01-14', channel: 'All', apiKey: EXPERTSENDER_API_KEY });
		expect(run.items.map((item) => item.json.Email)).toEqual(['early@example.com', 'gone@example.com', 'full@example.com']);
	});

	it("takes n8n's date expressions ($today, $now.minus) as days", async () => {
		const run = await runExpertSender(state, { ...BASE, startDate: '={{ $today.minus({ days: 1 }) }}', endDate: '={{ $now }}', returnAll: true });
		expect(run.error).toBeUndefined();
		const { startDate, endDate } = state.sandbox.requests('expertsender')[0].query as Record<string, string>;
		expect([startDate, endDate].every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
		expect(Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)).toBe(86_400_000);
	});

	it('asks what citilinkru/expert-sender-api asks (src/Request/BouncesGetRequest.php): startDate and endDate as Y-m-d', async () => {
		// The client sends startDate, endDate and, when given, bounceType; the node adds the documented channel.
		await runExpertSender(state, { ...BASE, startDate: '2010-10-01', endDate: '2010-10-02', bounceType: '2', returnAll: true });
		expect(state.sandbox.requests('expertsender')[0].query).toEqual({ startDate: '2010-10-01', endDate: '2010-10-02', channel: 'Email', bounceType: '2', apiKey: EXPERTSENDER_API_KEY });
	});

	it.each([
		[{ startDate: '={{ "" }}', endDate: '2026-01-14' }, 'Start Date: is empty [item 0]'],
		[{ startDate: '2026-01-14', endDate: 'tomorrow' }, 'End Date: "tomorrow" is not a date [item 0]'],
		[{ startDate: '2026-01-15', endDate: '2026-01-14' }, 'End Date: 2026-01-14 is before the Start Date 2026-01-15 [item 0]'],
		[{ startDate: '2026-01-14', endDate: '2026-01-14', bounceType: '={{ "9" }}' }, 'Bounce Type: "9" is not one of its options [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const run = await runExpertSender(state, { ...BASE, returnAll: true, ...parameters });
		expect(run.error?.message).toBe(message);
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message; under Continue On Fail each input item gets its rows or its error", async () => {
		seed();
		const run = await runExpertSender(
			state,
			{ ...BASE, startDate: '={{ $json.from }}', endDate: '2026-01-14', returnAll: true },
			{ continueOnFail: true, items: [{ json: { from: '2026-01-14' } }, { json: { from: '2026-01-20' } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Email, item.pairedItem])).toEqual([
			['gone@example.com', { item: 0 }],
			['full@example.com', { item: 0 }],
			['End Date: 2026-01-14 is before the Start Date 2026-01-20 [item 1]', { item: 1 }],
		]);
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong-key-1234' } };
		const refused = await runExpertSender(state, { ...BASE, startDate: '2026-01-14', endDate: '2026-01-14', returnAll: true }, { credentials });
		expect(refused.error?.message).toBe('ExpertSender Get Bounces failed: Api key is invalid. (403) [item 0]');
	});
});
