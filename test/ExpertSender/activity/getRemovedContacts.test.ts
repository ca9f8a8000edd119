import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const BASE = { resource: 'activity', operation: 'getRemovedContacts' };

describe('ExpertSender › Activity › Get Removed Contacts', () => {
	const state = useExpertSenderSandbox();

	function seed() {
		state.provider.removedSubscribers.push(
			{ id: 7, email: 'old@example.com', listId: 1, date: '2026-01-10', removeType: 'OptOutLink', channel: 'Email' },
			{ id: 8, email: 'spam@example.com', listId: 2, date: '2026-01-14', removeType: 'Complaint', channel: 'Email' },
			{ id: 9, email: 'ui@example.com', listId: 2, date: '2026-01-14', removeType: 'Ui', channel: 'Email' },
		);
	}

	it('asks the chosen lists, reasons and period and returns one item per removed contact, IDs as numbers', async () => {
		seed();
		const run = await runExpertSender(state, {
			...BASE,
			listIds: ['1', '2'],
			removeTypes: ['OptOutLink', 'Complaint'],
			startDate: '2026-01-12T00:00:00',
			endDate: '2026-01-14T00:00:00',
			returnAll: true,
		});
		expect(run.error).toBeUndefined();
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/v2/Api/RemovedSubscribers', { listIds: '1,2', removeTypes: 'OptOutLink,Complaint', startDate: '2026-01-12', endDate: '2026-01-14', channel: 'Email', apiKey: EXPERTSENDER_API_KEY }],
		]);
		expect(run.items).toEqual([{ json: { Id: 8, Email: 'spam@example.com', ListId: 2, UnsubscribedOn: '2026-01-14T00:00:00Z' }, pairedItem: { item: 0 } }]);
	});

	it('without filters asks for every removal and applies the limit', async () => {
		seed();
		const run = await runExpertSender(state, { ...BASE, returnAll: false, limit: 2 });
		expect(state.sandbox.requests('expertsender')[0].query).toEqual({ channel: 'Email', apiKey: EXPERTSENDER_API_KEY });
		expect(run.items.map((item) => item.json.Id)).toEqual([7, 8]);
	});

	it('asks with the parameter names and forms of citilinkru/expert-sender-api (tests/Request/RemovedSubscriberGetRequestTest.php)', async () => {
		// The client's test: listIds 1,2,3, removeTypes Api,Complaint, startDate 2017-10-01, endDate 2017-10-30.
		await runExpertSender(state, { ...BASE, listIds: ['1', '2', '3'], removeTypes: ['Api', 'Complaint'], startDate: '2017-10-01', endDate: '2017-10-30', returnAll: true });
		expect(state.sandbox.requests('expertsender')[0].query).toEqual({
			listIds: '1,2,3',
			removeTypes: 'Api,Complaint',
			startDate: '2017-10-01',
			endDate: '2017-10-30',
			channel: 'Email',
			apiKey: EXPERTSENDER_API_KEY,
		});
	});

	it('reads the answer of citilinkru/expert-sender-api tests/Response/RemovedSubscribersGetResponseTest.php (no Id element)', async () => {
		const body =
			'<ApiResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Data><RemovedSubscribers><RemovedSubscriber><Email>test123@yahoo.com</Email><ListId>1</ListId><UnsubscribedOn>2011-07-21T00:00:00Z</UnsubscribedOn></RemovedSubscriber></RemovedSubscribers></Data></ApiResponse>';
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, headers: { 'Content-Type': 'text/xml' }, body } });
		const run = await runExpertSender(state, { ...BASE, returnAll: true });
		expect(run.items.map((item) => item.json)).toEqual([{ Email: 'test123@yahoo.com', ListId: 1, UnsubscribedOn: '2011-07-21T00:00:00Z' }]);
	});

	it.each([
		[{ listIds: ['1', '../2'] }, 'List Names or IDs: "../2" is not allowed [item 0]'],
		[{ removeTypes: ['Api', 'Bogus'] }, 'Remove Types: "Bogus" is not allowed [item 0]'],
		[{ startDate: 'last week' }, 'Start Date: "last week" is not a date [item 0]'],
		[{ startDate: '2026-01-15', endDate: '2026-01-01' }, 'End Date: 2026-01-01 is before the Start Date 2026-01-15 [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const run = await runExpertSender(state, { ...BASE, returnAll: true, ...parameters });
		expect(run.error?.message).toBe(message);
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message; Continue On Fail keeps one error item per failing input", async () => {
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong-key-1234' } };
		const run = await runExpertSender(state, { ...BASE, returnAll: true }, { credentials, continueOnFail: true, items: [{ json: {} }, { json: {} }] });
		expect(run.items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['ExpertSender Get Removed Contacts failed: Api key is invalid. (403) [item 0]', { item: 0 }],
			['ExpertSender Get Removed Contacts failed: Api key is invalid. (403) [item 1]', { item: 1 }],
		]);
	});
});
