import { errorBody, EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { API_REQUEST_START, apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const KEY_XML = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const BASE = { resource: 'list', operation: 'create' };

describe('ExpertSender › List › Create', () => {
	const state = useExpertSenderSandbox();

	it('posts the GeneralSettings in the documented order and outputs the new list as Get Many shows it', async () => {
		const run = await runExpertSender(
			state,
			{
				...BASE,
				name: '={{ $json.name }}',
				optInMode: 'DoubleOptIn',
				additionalFields: { friendlyName: 'Spring offers', description: 'From n8n', language: 'de-DE' },
			},
			{ items: [{ json: { name: 'Spring 2026' } }, { json: { name: 'Summer & <Sun>' } }] },
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { Id: 8, Name: 'Spring 2026', FriendlyName: 'Spring offers', Language: 'de-DE', OptInMode: 'DoubleOptIn' }, pairedItem: { item: 0 } },
			{ json: { Id: 9, Name: 'Summer & <Sun>', FriendlyName: 'Spring offers', Language: 'de-DE', OptInMode: 'DoubleOptIn' }, pairedItem: { item: 1 } },
		]);
		// Items run side by side: each item is one POST and one read-back GET.
		const log = state.sandbox.requests('expertsender');
		expect(log.map((entry) => [entry.method, entry.path, entry.query]).sort()).toEqual([
			['GET', '/v2/Api/Lists', { apiKey: EXPERTSENDER_API_KEY }],
			['GET', '/v2/Api/Lists', { apiKey: EXPERTSENDER_API_KEY }],
			['POST', '/v2/Api/Lists', {}],
			['POST', '/v2/Api/Lists', {}],
		]);
		expect(log.find((entry) => entry.body.includes('Summer'))?.body).toBe(
			`${API_REQUEST_START}<ApiKey>${KEY_XML}</ApiKey><Data><GeneralSettings><Name>Summer &amp; &lt;Sun&gt;</Name><FriendlyName>Spring offers</FriendlyName><Description>From n8n</Description><Language>de-DE</Language><OptInMode>DoubleOptIn</OptInMode></GeneralSettings></Data></ApiRequest>`,
		);
	});

	it('sends what the documentation example sends for a list with default options (Name only, plus the opt-in mode picked)', async () => {
		// help.expertsender.com "Create subscribers list", "Creating new subscribers list with default options":
		// <Data><GeneralSettings><Name>API test list</Name></GeneralSettings></Data>; SingleOptIn is the documented default.
		const run = await runExpertSender(state, { ...BASE, name: 'API test list' });
		expect(run.items.map((item) => item.json)).toEqual([{ Id: 8, Name: 'API test list', FriendlyName: 'API test list', Language: 'en-US', OptInMode: 'SingleOptIn' }]);
		expect(wireRequest(state.sandbox.requests('expertsender')[0])).toEqual(
			apiRequest({ Data: { GeneralSettings: { Name: 'API test list', OptInMode: 'SingleOptIn' } } }),
		);
	});

	it('creates a seed list and reads it back from the seed lists', async () => {
		const run = await runExpertSender(state, { ...BASE, name: 'QA seeds', additionalFields: { isSeedList: true } });
		expect(run.items.map((item) => item.json)).toEqual([{ Id: 8, Name: 'QA seeds', FriendlyName: 'QA seeds', Language: 'en-US', OptInMode: 'SingleOptIn' }]);
		const log = state.sandbox.requests('expertsender');
		expect(wireRequest(log[0])).toEqual(apiRequest({ Data: { GeneralSettings: { IsSeedList: 'true', Name: 'QA seeds', OptInMode: 'SingleOptIn' } } }));
		expect(log[1].query).toEqual({ seedLists: 'true', apiKey: EXPERTSENDER_API_KEY });
	});

	it.each([
		[{ name: '={{ "" }}' }, 'Name: is empty [item 0]'],
		[{ name: '   ' }, 'Name: is empty [item 0]'],
		[{ name: 'x'.repeat(51) }, `Name: "${'x'.repeat(51)}" is not a list name ExpertSender accepts [item 0]`],
		[{ name: 'ok', additionalFields: { friendlyName: 'y'.repeat(51) } }, `Friendly Name: "${'y'.repeat(51)}" is not a list name ExpertSender accepts [item 0]`],
		[{ name: 'ok', additionalFields: { language: 'english' } }, 'Language: "english" is not a language code [item 0]'],
		[{ name: 'ok', additionalFields: { isSeedList: 'maybe' } }, 'Seed List: "maybe" is not true or false [item 0]'],
	])('refuses %j before any request', async (parameters, message) => {
		const run = await runExpertSender(state, { ...BASE, ...parameters });
		expect(run.error?.message).toBe(message);
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's own message and, under Continue On Fail, gives each item its result", async () => {
		state.sandbox.injectFault({ provider: 'expertsender', bodyIncludes: 'Taken', respond: { status: 400, headers: { 'Content-Type': 'text/xml' }, body: errorBody(400, 'List with this name already exists.') } });
		const run = await runExpertSender(
			state,
			{ ...BASE, name: '={{ $json.name }}' },
			{ continueOnFail: true, items: [{ json: { name: 'Good' } }, { json: { name: 'Taken' } }, { json: { name: ' ' } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Name, item.pairedItem])).toEqual([
			['Good', { item: 0 }],
			['ExpertSender Create List failed: List with this name already exists. (400) [item 1]', { item: 1 }],
			['Name: is empty [item 2]', { item: 2 }],
		]);
		expect(state.sandbox.requests('expertsender').map((entry) => `${entry.method} ${entry.status}`).sort()).toEqual(['GET 200', 'POST 201', 'POST 400']);
		expect(state.provider.state('lists', () => []).map((list: { name: string }) => list.name)).toEqual(['Newsletter', 'Customers', 'Internal seeds', 'Good']);
	});

	it('fails clearly when the 201 carries no list ID', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 201, body: '' } });
		const run = await runExpertSender(state, { ...BASE, name: 'Lost' });
		expect(run.error?.message).toBe('ExpertSender Create List: the answer (HTTP 201) has no ID of the new list (got "") [item 0]');
	});
});
