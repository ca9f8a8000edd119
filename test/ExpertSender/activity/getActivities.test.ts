import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const BASE = { resource: 'activity', operation: 'getActivities' };

describe('ExpertSender › Activity › Get Activities', () => {
	const state = useExpertSenderSandbox();

	function seed() {
		state.provider.addActivity('Clicks', '2026-01-14 08:00:00', { Email: 'a@example.com', MessageId: '17', MessageSubject: 'Sale, today', Url: 'https://example.com/a', ListId: '1', ListName: 'Newsletter', Title: 'Shop', MessageGuid: 'g-1' });
		state.provider.addActivity('Clicks', '2026-01-14 09:30:00', { Email: 'b@example.com', MessageId: '17', MessageSubject: 'Sale, today', Url: 'https://example.com/b', ListId: '1', ListName: 'Newsletter', Title: 'Blog', MessageGuid: 'g-2' });
		state.provider.addActivity('Clicks', '2026-01-15 09:30:00', { Email: 'c@example.com', MessageId: '18', MessageSubject: 'Next', Url: 'https://example.com/c' });
		state.provider.addActivity('Opens', '2026-01-14 08:00:00', { Email: 'a@example.com', MessageId: '17', MessageSubject: 'Sale, today' });
	}

	it('asks one day of one activity type with its filters and returns one item per CSV row, header names as keys', async () => {
		seed();
		const run = await runExpertSender(state, {
			...BASE,
			activityType: 'Clicks',
			date: '2026-01-14T00:00:00',
			channel: 'All',
			columns: 'Extended',
			returnAll: true,
			options: { returnTitle: true, returnGuid: true, tags: 'sale, spring' },
		});
		expect(run.error).toBeUndefined();
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			[
				'GET',
				'/v2/Api/Activities',
				{ date: '2026-01-14', type: 'Clicks', channel: 'All', columns: 'Extended', returnTitle: 'true', returnGuid: 'true', tags: 'sale,spring', apiKey: EXPERTSENDER_API_KEY },
			],
		]);
		const row = (email: string, date: string, url: string, title: string, guid: string) => ({
			Date: date,
			Email: email,
			MessageId: '17',
			MessageSubject: 'Sale, today',
			Url: url,
			ListId: '1',
			ListName: 'Newsletter',
			Title: title,
			MessageGuid: guid,
		});
		expect(run.items).toEqual([
			{ json: row('a@example.com', '2026-01-14 08:00:00', 'https://example.com/a', 'Shop', 'g-1'), pairedItem: { item: 0 } },
			{ json: row('b@example.com', '2026-01-14 09:30:00', 'https://example.com/b', 'Blog', 'g-2'), pairedItem: { item: 0 } },
		]);
	});

	it('sends only the filters the documentation gives the type (no channel or title for opens), and applies the limit', async () => {
		seed();
		const run = await runExpertSender(state, { ...BASE, activityType: 'Opens', date: '2026-01-14', returnAll: false, limit: 1, options: { returnTitle: true } });
		expect(run.items.map((item) => item.json)).toEqual([{ Date: '2026-01-14 08:00:00', Email: 'a@example.com', MessageId: '17', MessageSubject: 'Sale, today' }]);
		expect(state.sandbox.requests('expertsender')[0].query).toEqual({ date: '2026-01-14', type: 'Opens', columns: 'Standard', apiKey: EXPERTSENDER_API_KEY });
	});

	it('asks what citilinkru/expert-sender-api asks (tests/Request/ActivitiesGetRequestTest.php), less the title it says has no effect', async () => {
		// The client's test: 2017-05-27, Complaints, Extended, returnTitle and returnGuid true → date=2017-05-27,
		// type=Complaints, columns=Extended, returnTitle=true, returnGuid=true; its ActivitiesGetRequest.php notes that
		// returnTitle "has no effect for activities other than Clicks", so the node leaves it out for complaints.
		await runExpertSender(state, { ...BASE, activityType: 'Complaints', date: '2017-05-27', columns: 'Extended', returnAll: true, options: { returnTitle: true, returnGuid: true } });
		expect(state.sandbox.requests('expertsender')[0].query).toEqual({ date: '2017-05-27', type: 'Complaints', columns: 'Extended', returnGuid: 'true', apiKey: EXPERTSENDER_API_KEY });
	});

	it.each([
		[{ date: '={{ "" }}' }, 'Date: is empty [item 0]'],
		[{ date: 'yesterday' }, 'Date: "yesterday" is not a date [item 0]'],
		[{ date: '2026-02-30' }, 'Date: "2026-02-30" is not a date [item 0]'],
		[{ date: '2026-01-14', returnAll: false, limit: 0 }, 'Limit: 0 is not a number of rows [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const run = await runExpertSender(state, { ...BASE, activityType: 'Opens', returnAll: true, ...parameters });
		expect(run.error?.message).toBe(message);
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message, and under Continue On Fail gives each input item its rows or its error", async () => {
		seed();
		const run = await runExpertSender(
			state,
			{ ...BASE, activityType: 'Opens', date: '={{ $json.day }}', returnAll: true },
			{ continueOnFail: true, items: [{ json: { day: '2026-01-14' } }, { json: { day: 'soon' } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Email, item.pairedItem])).toEqual([
			['a@example.com', { item: 0 }],
			['Date: "soon" is not a date [item 1]', { item: 1 }],
		]);
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong-key-1234' } };
		const refused = await runExpertSender(state, { ...BASE, activityType: 'Opens', date: '2026-01-14', returnAll: true }, { credentials });
		expect(refused.error?.message).toBe('ExpertSender Get Activities failed: Api key is invalid. (403) [item 0]');
	});
});
