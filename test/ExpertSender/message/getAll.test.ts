import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const SHOP = { FromName: 'Acme Shop', FromEmail: 'news@acme.example' };

describe('ExpertSender › Message › Get Many', () => {
	const state = useExpertSenderSandbox();

	it('asks for the filters as ExpertSender documents them and returns one item per message', async () => {
		const run = await runExpertSender(state, {
			resource: 'message',
			operation: 'getAll',
			returnAll: true,
			filters: { type: 'Newsletter', tag: 'digest', startDate: '2026-01-14T00:00:00', endDate: '2026-01-15T23:59:00' },
		});
		expect(run.error).toBeUndefined();
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query]).toEqual([
			'GET',
			'/v2/Api/Messages',
			{ tag: 'digest', startDate: '2026-01-14', endDate: '2026-01-15', type: 'Newsletter', apiKey: EXPERTSENDER_API_KEY },
		]);
		expect(run.items).toEqual([
			{ json: { Id: 302, ...SHOP, Subject: 'Weekly digest #2', Type: 'Newsletter', SentDate: '2026-01-14T07:00:00', Tags: ['digest'] }, pairedItem: { item: 0 } },
		]);
	});

	it('sends the query of the documentation example (Get messages list: tag, startDate, endDate, type=Recurring)', async () => {
		// help.expertsender.com/emp/api/methods/email-messages/get-messages-list:
		// Messages?apiKey=…&tag=sports&startDate=2010-05-20&endDate=2010-05-22&type=Recurring
		const run = await runExpertSender(state, {
			resource: 'message',
			operation: 'getAll',
			returnAll: true,
			filters: { tag: 'sports', startDate: '2010-05-20T00:00:00', endDate: '2010-05-22T00:00:00', type: 'Recurring' },
		});
		expect(run.items).toEqual([]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path]).toEqual(['GET', '/v2/Api/Messages']);
		expect(Object.entries(entry.query)).toEqual([
			['tag', 'sports'],
			['startDate', '2010-05-20'],
			['endDate', '2010-05-22'],
			['type', 'Recurring'],
			['apiKey', EXPERTSENDER_API_KEY],
		]);
	});

	it('takes the day of a time with an offset in the workflow time zone, and applies the limit', async () => {
		const run = await runExpertSender(state, {
			resource: 'message',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { startDate: '2026-01-11T23:30:00-02:00' },
		});
		const [entry] = state.sandbox.requests('expertsender');
		// 23:30 at -02:00 is 01:30 UTC on the 12th: 20:30 on the 11th in the engine's workflow zone (n8n's default, America/New_York).
		expect(entry.query.startDate).toBe('2026-01-11');
		expect(run.items.map((item) => item.json.Id)).toEqual([301, 302]);
	});

	it('refuses bad filters and limits before any request, naming the field and the item', async () => {
		const cases: Array<[object, string]> = [
			[{ returnAll: false, limit: 0 }, 'Limit: 0 is not a number of messages [item 0]'],
			[{ returnAll: true, filters: { startDate: 'last tuesday' } }, 'Start Date: "last tuesday" is not a date [item 0]'],
			[{ returnAll: true, filters: { startDate: '2026-01-15T00:00:00', endDate: '2026-01-14T00:00:00' } }, 'End Date: 2026-01-14 is before the Start Date 2026-01-15 [item 0]'],
			[{ returnAll: true, filters: { endDate: '2026-02-30T00:00:00' } }, 'End Date: "2026-02-30T00:00:00" is not a date [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const run = await runExpertSender(state, { resource: 'message', operation: 'getAll', ...parameters });
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message, and with Continue On Fail gives one item per input item", async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 400, body: '<ApiResponse><ErrorMessage><Code>400</Code><Message>Invalid message type.</Message></ErrorMessage></ApiResponse>' } });
		const run = await runExpertSender(
			state,
			{ resource: 'message', operation: 'getAll', returnAll: true, filters: { type: '={{ $json.type }}' } },
			{ continueOnFail: true, items: [{ json: { type: 'Trigger' } }, { json: { type: 'Sms' } }, { json: { type: 'Confirmation' } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Id, item.pairedItem])).toEqual([
			['ExpertSender Get Many Messages failed: Invalid message type. (400) [item 0]', { item: 0 }],
			[expect.stringContaining('Type') as unknown as string, { item: 1 }],
			[600, { item: 2 }],
		]);
		// Item 1's type is no option: refused before a request, so only items 0 and 2 reached ExpertSender.
		expect(state.sandbox.requests('expertsender')).toHaveLength(2);
	});
});
