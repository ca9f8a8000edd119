import { emptyResponse } from '../../../sandbox/framework';
import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { apiRequest, runExpertSender, subscriberEmails, useExpertSenderSandbox, wireRequest } from '../helpers';

const EXPERTSENDER_KEY_XML = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BASE = { resource: 'contact', operation: 'upsert', list: { __rl: true, mode: 'list', value: '1' } };

describe('ExpertSender › Contact › Create or Update', () => {
	const state = useExpertSenderSandbox();

	it('writes every field in schema order with typed custom properties and maps the results to the items', async () => {
		const run = await runExpertSender(
			state,
			{
				...BASE,
				email: '={{ $json.email }}',
				mode: 'AddAndUpdate',
				matchingMode: 'Email',
				additionalFields: {
					firstName: '={{ $json.first }}',
					lastName: 'Doe',
					name: 'Jane Doe',
					phone: '+48 123-456-789',
					customSubscriberId: 'CRM-7',
					trackingCode: 'spring',
					vendor: 'n8n',
					ip: '203.0.113.7',
					allowUnsubscribed: true,
					force: true,
				},
				customProperties: {
					property: [
						{ id: '1', type: 'xs:int', value: '42' },
						{ id: '2', type: 'xs:string', value: 'Kraków & Co' },
						{ id: '3', type: 'xs:boolean', value: 'TRUE' },
						{ id: '4', type: 'xs:date', value: '1990-02-28' },
						{ id: '5', type: 'xs:dateTime', value: '2026-01-02T03:04:05Z' },
						{ id: '6', type: 'xs:double', value: '' },
					],
				},
			},
			{ items: [{ json: { email: 'jane@example.com', first: 'Jane' } }, { json: { email: 'patrick@mydomain.com', first: 'Pat' } }] },
		);
		expect(run.error).toBeUndefined();
		const jane = state.provider.findByEmail('jane@example.com')!;
		expect(run.items).toEqual([
			{ json: { Email: 'jane@example.com', Id: jane.id, WasAdded: true, WasIgnored: false }, pairedItem: { item: 0 } },
			{ json: { Email: 'patrick@mydomain.com', Id: 1001, WasAdded: false, WasIgnored: false }, pairedItem: { item: 1 } },
		]);
		const log = state.sandbox.requests('expertsender');
		expect(log).toHaveLength(1);
		expect([log[0].method, log[0].path, log[0].query]).toEqual(['POST', '/v2/Api/Subscribers', {}]);
		const subscriber = (first: string, email: string) => ({
			Mode: 'AddAndUpdate',
			Force: 'true',
			ListId: '1',
			AllowUnsubscribed: 'true',
			MatchingMode: 'Email',
			Email: email,
			Phone: '+48123456789',
			CustomSubscriberId: 'CRM-7',
			Firstname: first,
			Lastname: 'Doe',
			TrackingCode: 'spring',
			Name: 'Jane Doe',
			Vendor: 'n8n',
			Ip: '203.0.113.7',
			Properties: {
				Property: [
					{ Id: '1', Value: { '@xsi:type': 'xs:int', '#text': '42' } },
					{ Id: '2', Value: { '@xsi:type': 'xs:string', '#text': 'Kraków & Co' } },
					{ Id: '3', Value: { '@xsi:type': 'xs:boolean', '#text': 'true' } },
					{ Id: '4', Value: { '@xsi:type': 'xs:date', '#text': '1990-02-28' } },
					{ Id: '5', Value: { '@xsi:type': 'xs:dateTime', '#text': '2026-01-02T03:04:05Z' } },
					{ Id: '6', Value: null },
				],
			},
		});
		expect(wireRequest(log[0])).toEqual(
			apiRequest({
				ReturnData: 'true',
				VerboseErrors: 'true',
				MultiData: { Subscriber: [subscriber('Jane', 'jane@example.com'), subscriber('Pat', 'patrick@mydomain.com')] },
			}),
		);
		// xsi:nil is read back as null above, so its exact attributes are checked on the bytes.
		expect(log[0].body).toContain('<Property><Id>6</Id><Value xsi:type="xs:double" xsi:nil="true"/></Property>');
		expect(jane.properties.get(1)).toBe('42');
		expect(jane.properties.get(6)).toBeNull();
		expect(state.provider.subscribers.get(1001)!.firstname).toBe('Pat');
	});

	it('sends 250 items as three MultiData requests of 100, 100 and 50, each item getting its own result', async () => {
		const items = Array.from({ length: 250 }, (_, index) => ({ json: { email: `user${index}@example.com` } }));
		const run = await runExpertSender(state, { ...BASE, email: '={{ $json.email }}' }, { items });
		expect(run.error).toBeUndefined();
		const log = state.sandbox.requests('expertsender');
		// The batches go at once (Requests in Parallel), so they are put in item order before comparing.
		const firstItem = (batch: string[]) => Number(/\d+/.exec(batch[0])![0]);
		const batches = log.map(subscriberEmails).sort((a, b) => firstItem(a) - firstItem(b));
		expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
		expect(batches.flat()).toEqual(items.map((item) => item.json.email));
		expect(run.items).toHaveLength(250);
		run.items.forEach((item, index) => {
			const stored = state.provider.findByEmail(`user${index}@example.com`)!;
			expect(item).toEqual({
				json: { Email: `user${index}@example.com`, Id: stored.id, WasAdded: true, WasIgnored: false },
				pairedItem: { item: index },
			});
		});
	});

	it('keeps Requests in Parallel batches in flight at once, so a slow answer does not idle the ceiling', async () => {
		// Each answer takes 1 s: one batch at a time, five batches take 5 s; all five at once, about 1 s.
		state.sandbox.injectFault({ provider: 'expertsender', process: true, delayMs: 1000, times: 5 });
		const items = Array.from({ length: 500 }, (_, index) => ({ json: { email: `wide${index}@example.com` } }));
		const started = Date.now();
		const run = await runExpertSender(state, { ...BASE, email: '={{ $json.email }}', requestOptions: { requestsInParallel: 5 } }, { items });
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(500);
		expect(state.sandbox.requests('expertsender')).toHaveLength(5);
		expect(Date.now() - started).toBeLessThan(3000);
	});

	it('without Continue On Fail, starts no batch after one failed: the batches in flight finish, the rest are not sent', async () => {
		state.sandbox.injectFault({
			provider: 'expertsender',
			bodyIncludes: 'late0@example.com',
			respond: { status: 500, headers: { 'Content-Type': 'text/xml' }, body: '<ApiResponse><ErrorMessage><Code>500</Code><Message>Internal error</Message></ErrorMessage></ApiResponse>' },
			times: 10,
		});
		// The second batch is slow, so it is still in flight when the first one fails.
		state.sandbox.injectFault({ provider: 'expertsender', bodyIncludes: 'late100@example.com', process: true, delayMs: 300 });
		const items = Array.from({ length: 500 }, (_, index) => ({ json: { email: `late${index}@example.com` } }));
		const run = await runExpertSender(state, { ...BASE, email: '={{ $json.email }}', requestOptions: { requestsInParallel: 2 } }, { items });
		const batches = state.sandbox.requests('expertsender').map((entry) => subscriberEmails(entry)[0]);
		expect([...new Set(batches)].sort()).toEqual(['late0@example.com', 'late100@example.com']);
		expect(state.provider.findByEmail('late100@example.com')).toBeDefined();
		expect(state.provider.findByEmail('late200@example.com')).toBeUndefined();
		expect(run.error?.message).toMatch(/^ExpertSender Create or Update Contact failed: Internal error.*\[item 0\]$/);
		const description = String((run.error as { description?: string }).description);
		expect(description).toContain('Completed, so do not send again: items 100-199.');
		expect(description).toMatch(/ Completed, so do not send again: items 100-199\. Also failed \(.*\): items 1-99: the same error\. Not sent: items 200-499\.$/);
	});

	it('with Batching set to One Request per Item, sends each subscriber as its own Data request', async () => {
		const items = Array.from({ length: 4 }, (_, index) => ({ json: { email: `solo${index}@example.com` } }));
		const run = await runExpertSender(
			state,
			{ ...BASE, email: '={{ $json.email }}', additionalFields: { firstName: 'Solo' }, requestOptions: { batching: 'off', requestsInParallel: 1 } },
			{ items },
		);
		expect(run.error).toBeUndefined();
		const log = state.sandbox.requests('expertsender');
		expect(log.map((entry) => [entry.method, entry.path, entry.status])).toEqual(Array(4).fill(['POST', '/v2/Api/Subscribers', 201]));
		expect(log[2].body).toBe(
			'<ApiRequest xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">' +
				`<ApiKey>${EXPERTSENDER_KEY_XML}</ApiKey><ReturnData>true</ReturnData><VerboseErrors>true</VerboseErrors>` +
				'<Data xsi:type="Subscriber"><Mode>AddAndUpdate</Mode><ListId>1</ListId><MatchingMode>Email</MatchingMode><Email>solo2@example.com</Email>' +
				'<Firstname>Solo</Firstname></Data></ApiRequest>',
		);
		run.items.forEach((item, index) => {
			const stored = state.provider.findByEmail(`solo${index}@example.com`)!;
			expect(item).toEqual({
				json: { Email: `solo${index}@example.com`, Id: stored.id, WasAdded: true, WasIgnored: false },
				pairedItem: { item: index },
			});
		});
	});

	it('maps <Message for="Row N"> to the right items and sends the other rows again without them', async () => {
		const emails = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'];
		const run = await runExpertSender(
			state,
			{
				...BASE,
				email: '={{ $json.email }}',
				customProperties: { property: [{ id: '={{ $json.prop }}', type: 'xs:int', value: '7' }] },
			},
			{
				continueOnFail: true,
				items: [
					{ json: { email: emails[0], prop: 1 } },
					{ json: { email: emails[1], prop: 99 } },
					{ json: { email: emails[2], prop: 1 } },
					{ json: { email: emails[3], prop: 2 } },
				],
			},
		);
		expect(run.error).toBeUndefined();
		const log = state.sandbox.requests('expertsender');
		expect(log.map((entry) => entry.status)).toEqual([400, 201]);
		expect(subscriberEmails(log[1])).toEqual([emails[0], emails[2]]);
		const idOf = (email: string) => state.provider.findByEmail(email)!.id;
		const rowError = (item: number, row: number, message: string) => ({
			json: {
				error: `ExpertSender Create or Update Contact failed: ${message} [item ${item}]`,
				description: `ExpertSender rejected this subscriber (row ${row} of a batch of 4). Correct the value it names; the other subscribers of the batch were sent without it.`,
				httpCode: '400',
			},
			pairedItem: { item },
		});
		expect(run.items).toEqual([
			{ json: { Email: emails[0], Id: idOf(emails[0]), WasAdded: true, WasIgnored: false }, pairedItem: { item: 0 } },
			rowError(1, 2, 'Property with id 99 does not exist.'),
			{ json: { Email: emails[2], Id: idOf(emails[2]), WasAdded: true, WasIgnored: false }, pairedItem: { item: 2 } },
			rowError(3, 4, 'Property 2 (city) is of type xs:string, not xs:int.'),
		]);
		expect(state.provider.findByEmail(emails[1])).toBeUndefined();
		expect(state.provider.findByEmail(emails[3])).toBeUndefined();
	});

	it('checks every item before the first request: bad input stops the node with nothing sent', async () => {
		const run = await runExpertSender(
			state,
			{
				...BASE,
				email: '={{ $json.email }}',
				additionalFields: { phone: '={{ $json.phone }}' },
			},
			{ items: [{ json: { email: 'ok@example.com', phone: '' } }, { json: { email: 'ok2@example.com', phone: '+1 234 567 890 123 456 789 012' } }] },
		);
		expect(run.error?.message).toBe('Phone: "+1 234 567 890 123 456 789 012" is not a phone number ExpertSender accepts [item 1]');
		expect(state.sandbox.requests('expertsender')).toEqual([]);
	});

	it('under Continue On Fail, turns bad items into error items and sends the rest', async () => {
		const run = await runExpertSender(
			state,
			{ ...BASE, email: '={{ $json.email }}', matchingMode: '={{ $json.matching }}', customProperties: { property: [{ id: '1', type: 'xs:int', value: '={{ $json.points }}' }] } },
			{
				continueOnFail: true,
				items: [
					{ json: { email: 'one@example.com', matching: 'Email', points: 5 } },
					{ json: { email: '', matching: 'Email', points: 5 } },
					{ json: { email: 'three@example.com', matching: 'Phone', points: 5 } },
					{ json: { email: 'four@example.com', matching: 'Email', points: '5.5' } },
				],
			},
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Email, item.pairedItem])).toEqual([
			['one@example.com', { item: 0 }],
			['Email: is empty, but Matching Mode is "Email" [item 1]', { item: 1 }],
			['Phone: is empty, but Matching Mode is "Phone" [item 2]', { item: 2 }],
			['Custom Properties › Property 1 › Value: "5.5" is not of type xs:int [item 3]', { item: 3 }],
		]);
		const log = state.sandbox.requests('expertsender');
		expect(log).toHaveLength(1);
		expect(subscriberEmails(log[0])).toEqual(['one@example.com']);
	});

	it('gives every item of a batch the error when the whole request is refused (wrong key)', async () => {
		const credentials = { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong-key-1234' } };
		const run = await runExpertSender(
			state,
			{ ...BASE, email: '={{ $json.email }}' },
			{ continueOnFail: true, credentials, items: [{ json: { email: 'x@example.com' } }, { json: { email: 'y@example.com' } }] },
		);
		const description =
			'ExpertSender refused the API key. Copy the key again from the ExpertSender panel (Settings → API) into the credential, and check that the API server URL is the one shown there.';
		expect(run.items).toEqual([0, 1].map((item) => ({
			json: { error: `ExpertSender Create or Update Contact failed: Api key is invalid. (403) [item ${item}]`, description, httpCode: '403' },
			pairedItem: { item },
		})));
		expect(state.sandbox.requests('expertsender')).toHaveLength(1);
	});

	it('follows the modes: Add and Ignore leaves an existing subscriber alone, Ignore and Update skips a new one', async () => {
		const run = await runExpertSender(
			state,
			{ ...BASE, email: '={{ $json.email }}', mode: '={{ $json.mode }}', additionalFields: { firstName: 'Changed' } },
			{
				items: [
					{ json: { email: 'patrick@mydomain.com', mode: 'AddAndIgnore' } },
					{ json: { email: 'fresh@example.com', mode: 'IgnoreAndUpdate' } },
				],
			},
		);
		expect(run.items.map((item) => item.json)).toEqual([
			{ Email: 'patrick@mydomain.com', Id: 1001, WasAdded: false, WasIgnored: true },
			{ Email: 'fresh@example.com', Id: 0, WasAdded: false, WasIgnored: true },
		]);
		expect(state.provider.subscribers.get(1001)!.firstname).toBe('Patrick');
		expect(state.provider.findByEmail('fresh@example.com')).toBeUndefined();
	});

	it('sends free text exactly as given (spaces, line breaks, markup) and refuses an IPv4 octet above 255', async () => {
		const run = await runExpertSender(state, {
			...BASE,
			email: 'spaces@example.com',
			additionalFields: { firstName: '  Jane  ', vendor: 'a]]>b & <c>', customSubscriberId: ' CRM-9 ' },
			customProperties: { property: [{ id: '2', type: 'xs:string', value: 'line\r\nbreak ' }] },
		});
		expect(run.error).toBeUndefined();
		const added = state.provider.findByEmail('spaces@example.com')!;
		expect([added.firstname, added.vendor, added.customSubscriberId, added.properties.get(2)]).toEqual([
			'  Jane  ',
			'a]]>b & <c>',
			' CRM-9 ',
			'line\r\nbreak ',
		]);
		state.sandbox.reset();
		const bad = await runExpertSender(state, { ...BASE, email: 'ip@example.com', additionalFields: { ip: '256.1.1.1' } });
		expect(bad.error?.message).toBe('IP: "256.1.1.1" is not an IP address [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it('names provider, operation and item in every error item when a batch request is cut after it was processed', async () => {
		state.sandbox.injectFault({ provider: 'expertsender', process: true, reset: true });
		const run = await runExpertSender(
			state,
			{ ...BASE, email: '={{ $json.email }}' },
			{ items: [{ json: { email: 'one@example.com' } }, { json: { email: 'two@example.com' } }], continueOnFail: true },
		);
		expect(run.items.map((item) => item.json.error)).toEqual([
			'ExpertSender gave no complete answer to Create or Update Contact (ECONNRESET) [item 0]',
			'ExpertSender gave no complete answer to Create or Update Contact (ECONNRESET) [item 1]',
		]);
		expect(state.sandbox.requests('expertsender')).toHaveLength(1);
	});
	describe('yes/no fields are sent as the user set them', () => {
		// Expected elements from citilinkru/expert-sender-api, tests/Request/SubscribersPostRequestTest.php
		// (testAddSubscriberRequestGenerateValidXml): a subscriber with the flags set to false is sent with
		// `<AllowUnsubscribed>false</AllowUnsubscribed><AllowRemoved>false</AllowRemoved>`, and one without them
		// (testEditSubscriberWithEmailRequestGenerateValidXml) carries no flag at all. ExpertSender's "Add subscriber"
		// page (help.expertsender.com/emp/api/methods/subscribers/add-subscriber) lists Force, AllowUnsubscribed and
		// AllowRemoved as optional booleans.
		const FALSE_FLAGS =
			'<Mode>AddAndUpdate</Mode><Force>false</Force><ListId>1</ListId><AllowUnsubscribed>false</AllowUnsubscribed>' +
			'<AllowRemoved>false</AllowRemoved><MatchingMode>Email</MatchingMode><Email>mail@example.com</Email>';

		it.each([
			['MultiData (Automatic)', 'auto', `<MultiData><Subscriber>${FALSE_FLAGS}</Subscriber></MultiData>`],
			['Data (One Request per Item)', 'off', `<Data xsi:type="Subscriber">${FALSE_FLAGS}</Data>`],
		])('false is sent as false in %s', async (_, batching, expected) => {
			const run = await runExpertSender(state, {
				...BASE,
				email: 'mail@example.com',
				additionalFields: { force: false, allowUnsubscribed: false, allowRemoved: false },
				requestOptions: { batching },
			});
			expect(run.error).toBeUndefined();
			expect(state.sandbox.requests('expertsender')[0].body).toContain(expected);
		});

		it('a flag the user did not add is left out; an expression giving "true"/"false" text is read as a yes/no', async () => {
			const run = await runExpertSender(
				state,
				{ ...BASE, email: '={{ $json.email }}', additionalFields: { allowRemoved: '={{ $json.again }}' } },
				{ items: [{ json: { email: 'a@example.com', again: 'false' } }, { json: { email: 'b@example.com', again: 'TRUE' } }] },
			);
			expect(run.error).toBeUndefined();
			const [rowA, rowB] = state.sandbox.requests('expertsender')[0].body.match(/<Subscriber>.*?<\/Subscriber>/g)!;
			expect(rowA).toBe('<Subscriber><Mode>AddAndUpdate</Mode><ListId>1</ListId><AllowRemoved>false</AllowRemoved><MatchingMode>Email</MatchingMode><Email>a@example.com</Email></Subscriber>');
			expect(rowB).toBe('<Subscriber><Mode>AddAndUpdate</Mode><ListId>1</ListId><AllowRemoved>true</AllowRemoved><MatchingMode>Email</MatchingMode><Email>b@example.com</Email></Subscriber>');
		});

		it('a value that is neither true nor false is refused before any request, naming the field and the item', async () => {
			const run = await runExpertSender(state, { ...BASE, email: 'a@example.com', additionalFields: { force: 'maybe' } });
			expect(run.error?.message).toBe('Force Confirmation: "maybe" is not true or false [item 0]');
			expect(state.sandbox.requests('expertsender')).toHaveLength(0);
		});
	});

	describe('a 201 without per-subscriber results is a success on both paths', () => {
		// ExpertSender's status codes (help.expertsender.com/emp/api/status-codes/): "201 Created. Indicates that resource
		// was successfully created/updated… Response body may be sent if method returns useful data." So an empty 201 is
		// an applied request; citilinkru/expert-sender-api src/Response.php likewise treats any 2xx as OK and reads the
		// SubscriberData rows only when present.
		const items = [{ json: { email: 'one@example.com' } }, { json: { email: 'two@example.com' } }];
		const accepted = [
			{ json: { success: true, detailReturned: false, ListId: 1, Email: 'one@example.com' }, pairedItem: { item: 0 } },
			{ json: { success: true, detailReturned: false, ListId: 1, Email: 'two@example.com' }, pairedItem: { item: 1 } },
		];

		it.each([
			['batched (one MultiData request)', 'auto', 1],
			['one request per item', 'off', 2],
		])('%s: every item is reported as accepted, with detailReturned false', async (_, batching, requests) => {
			state.sandbox.injectFault({ provider: 'expertsender', process: true, respond: emptyResponse(201), times: 2 });
			const run = await runExpertSender(
				state,
				{ ...BASE, email: '={{ $json.email }}', requestOptions: { batching, requestsInParallel: 1 } },
				{ items },
			);
			expect(run.error).toBeUndefined();
			expect(run.items).toEqual(accepted);
			expect(state.sandbox.requests('expertsender')).toHaveLength(requests);
			expect(state.provider.findByEmail('two@example.com')).toBeDefined();
		});

		it('a 201 whose results cannot be matched to the rows is not turned into errors either', async () => {
			state.sandbox.injectFault({
				provider: 'expertsender',
				process: true,
				transform: (response) => ({ ...response, body: String(response.body).replace(/<SubscriberData>.*?<\/SubscriberData>/, '') }),
			});
			const run = await runExpertSender(state, { ...BASE, email: '={{ $json.email }}' }, { items });
			expect(run.error).toBeUndefined();
			expect(run.items).toEqual(accepted);
		});
	});
});
