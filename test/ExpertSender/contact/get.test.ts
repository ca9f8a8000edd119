import { runExpertSender, SECRET_FORMS, useExpertSenderSandbox } from '../helpers';
import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';

describe('ExpertSender › Contact › Get', () => {
	const state = useExpertSenderSandbox();

	it('gets a subscriber by email with Full detail: lists and properties become arrays, IDs numbers', async () => {
		const run = await runExpertSender(state, {
			resource: 'contact',
			operation: 'get',
			by: 'email',
			emailValue: 'patrick@mydomain.com',
			detailLevel: 'Full',
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{
				json: {
					Id: 1001,
					Email: 'patrick@mydomain.com',
					Firstname: 'Patrick',
					Lastname: 'Jones',
					BlackList: false,
					StateOnLists: [{ ListId: 1, Name: 'Newsletter', Status: 'Active', SubscriptionDate: '2025-03-01T09:00:00' }],
					Properties: [{ Id: 1, Type: 'Number', FriendlyName: 'points', Name: 'points', IntValue: '2076' }],
				},
				pairedItem: { item: 0 },
			},
		]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query, entry.body]).toEqual([
			'GET',
			'/v2/Api/Subscribers',
			{ email: 'patrick@mydomain.com', option: 'Full', apiKey: EXPERTSENDER_API_KEY },
			'',
		]);
	});

	it('asks for each detail level by ID, phone or custom subscriber ID', async () => {
		const run = await runExpertSender(
			state,
			{
				resource: 'contact',
				operation: 'get',
				by: '={{ $json.by }}',
				idValue: '1002',
				emailValue: 'unused@example.com',
				phoneValue: '+48 600 100 200',
				customSubscriberIdValue: 'CRM-1',
				detailLevel: '={{ $json.level }}',
			},
			{
				continueOnFail: true,
				items: [
					{ json: { by: 'id', level: 'Short' } },
					{ json: { by: 'id', level: 'SubscriptionsHistory' } },
					{ json: { by: 'phone', level: 'Long' } },
					{ json: { by: 'customSubscriberId', level: 'EventsHistory' } },
				],
			},
		);
		expect(state.sandbox.requests('expertsender').map((entry) => ({ ...entry.query, apiKey: undefined }))).toEqual([
			{ id: '1002', option: 'Short', apiKey: undefined },
			{ id: '1002', option: 'SubscriptionsHistory', apiKey: undefined },
			{ phone: '+48600100200', option: 'Long', apiKey: undefined },
			{ customSubscriberId: 'CRM-1', option: 'EventsHistory', apiKey: undefined },
		]);
		expect(run.items.map((item) => item.json)).toEqual([
			{ Id: 1002, Email: 'gone@example.com' },
			{
				Id: 1002,
				Email: 'gone@example.com',
				Subscriptions: [
					{ Date: '2025-03-01T09:00:00', ListId: 1, Type: 'Subscribed' },
					{ Date: '2025-06-01T09:00:00', ListId: 1, Type: 'Unsubscribed' },
				],
			},
			expect.objectContaining({ error: 'ExpertSender Get Contact failed: Subscriber not found. (404) [item 2]', httpCode: '404' }),
			expect.objectContaining({ error: 'ExpertSender Get Contact failed: Subscriber not found. (404) [item 3]', httpCode: '404' }),
		]);
		expect(run.items[2].json.description).toBe('ExpertSender has no such object, or nothing matched it.');
	});

	it('keeps text identifiers as text: a custom subscriber ID with leading zeros is not turned into a number', async () => {
		await runExpertSender(state, {
			resource: 'contact',
			operation: 'upsert',
			list: { __rl: true, mode: 'id', value: '2' },
			email: 'zero@example.com',
			additionalFields: { customSubscriberId: '00042', phone: '0048 600 100 200' },
		});
		const run = await runExpertSender(state, {
			resource: 'contact',
			operation: 'get',
			by: 'customSubscriberId',
			customSubscriberIdValue: '00042',
			detailLevel: 'Long',
		});
		const id = state.provider.findByEmail('zero@example.com')!.id;
		expect(run.items).toEqual([
			{
				json: {
					Id: id,
					Email: 'zero@example.com',
					Phone: '0048600100200',
					CustomSubscriberId: '00042',
					BlackList: false,
					StateOnLists: [{ ListId: 2, Name: 'Customers', Status: 'Active', SubscriptionDate: '2026-01-15T10:00:00' }],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('refuses a credential whose API server is not a URL, before any request', async () => {
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiServer: 'api.esv2.com' } };
		const run = await runExpertSender(state, { resource: 'contact', operation: 'get', by: 'id', idValue: '1001' }, { credentials });
		expect(run.error?.message).toBe('The API Server URL of the ExpertSender credential is not a URL: "api.esv2.com"');
		expect(state.sandbox.requests()).toEqual([]);
	});

	it('shows the transactional messages a subscriber got in Events History', async () => {
		await runExpertSender(state, { resource: 'transactional', operation: 'send', messageId: '123', receiverId: '1001' });
		const run = await runExpertSender(state, { resource: 'contact', operation: 'get', by: 'id', idValue: '1001', detailLevel: 'EventsHistory' });
		expect(run.items[0].json).toEqual({
			Id: 1001,
			Email: 'patrick@mydomain.com',
			Firstname: 'Patrick',
			Lastname: 'Jones',
			Events: [{ Date: '2026-01-15T10:00:00', Type: 'Send', MessageId: 123 }],
		});
	});

	it('fails with a clear 403 for a wrong key, and no form of the key shows anywhere', async () => {
		// The emulator quotes the key back in every form it travels in, to prove the transport hides them all.
		state.sandbox.injectFault({
			provider: 'expertsender',
			respond: {
				status: 400,
				headers: { 'Content-Type': 'text/xml' },
				body: `<ApiResponse><ErrorMessage><Code>400</Code><Message>Bad key ${SECRET_FORMS[0].replace(/&/g, '&amp;').replace(/</g, '&lt;')} / ${SECRET_FORMS[1]} / ${SECRET_FORMS[2]} / ${SECRET_FORMS[3].replace(/&/g, '&amp;')}</Message></ErrorMessage></ApiResponse>`,
			},
		});
		state.sandbox.injectFault({
			provider: 'expertsender',
			respond: { status: 200, headers: { 'Content-Type': 'text/xml' }, body: `<ApiResponse><Data>${SECRET_FORMS[1]} ${SECRET_FORMS[0]}` },
		});
		const run = await runExpertSender(
			state,
			{ resource: 'contact', operation: 'get', by: 'id', idValue: '1001', detailLevel: 'Short' },
			{ continueOnFail: true, items: [{ json: {} }, { json: {} }] },
		);
		expect(run.items.map((item) => item.json.error)).toEqual([
			'ExpertSender Get Contact failed: Bad key *** / *** / *** / *** (400) [item 0]',
			expect.stringMatching(/^ExpertSender Get Contact: The ExpertSender response to Get Contact is not well-formed XML/),
		]);
		const output = JSON.stringify(run.items);
		for (const form of SECRET_FORMS) expect(output).not.toContain(form);
		expect(output).toContain('***');

		const wrong = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong-key-1234' } };
		const refused = await runExpertSender(
			state,
			{ resource: 'contact', operation: 'get', by: 'id', idValue: '1001', detailLevel: 'Short' },
			{ credentials: wrong },
		);
		expect(refused.error?.message).toBe('ExpertSender Get Contact failed: Api key is invalid. (403) [item 0]');
		expect(refused.error?.description).toMatch(/^ExpertSender refused the API key\./);
		expect(JSON.stringify(refused.error)).not.toContain('wrong-key-1234');
	});

	it('fails, naming provider, operation and item, when a 200 answer carries no subscriber data', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, body: '' } });
		const run = await runExpertSender(state, { resource: 'contact', operation: 'get', by: 'email', emailValue: 'patrick@mydomain.com' });
		expect(run.error?.message).toBe('ExpertSender Get Contact: the answer (HTTP 200) has no subscriber data [item 0]');
	});
});
