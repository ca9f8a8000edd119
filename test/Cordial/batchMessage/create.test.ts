import { BASIC, cordialSandbox, FULL_CREATE } from '../helpers';

const base = {
	resource: 'batchMessage',
	operation: 'create',
	channel: 'email',
	classification: 'promotional',
	subject: 'Hello',
	fromEmail: 'news@myco.io',
	fromDesc: 'MyCo',
	replyEmail: 'reply@myco.io',
	html: '<p>Hi</p>',
};

describe('Cordial Batch Message > Create', () => {
	const { run, wire, sandbox, provider } = cordialSandbox();

	it('sends only what is set, and outputs the new ID as "id" (the bmID of Cordial\'s API v2 Swagger)', async () => {
		const result = await run(base);
		const [[method, path, query, body]] = wire();
		expect([method, path, query]).toEqual(['POST', '/v2/batchmessages', []]);
		expect(body).toEqual({
			channel: 'email',
			classification: 'promotional',
			message: {
				headers: { subject: 'Hello', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
				content: { 'text/html': '<p>Hi</p>' },
			},
		});
		const id = [...provider.batchMessages.keys()].find((key) => key !== '252:594ac3d2f0c360031181a7f0:ot')!;
		expect(result.items).toEqual([{ json: { success: true, bmID: id, id }, pairedItem: { item: 0 } }]);
	});

	it('creates a draft with every setting: the new ID, the whole body as JSON, the key as Basic user name', async () => {
		const created = await run(FULL_CREATE);
		expect(created.error).toBeUndefined();
		const id = created.items[0].json.id as string;
		expect(id).toMatch(/^252:[0-9a-f]{24}:ot$/);
		expect(created.items).toEqual([{ json: { success: true, bmID: id, id }, pairedItem: { item: 0 } }]);
		expect(provider.batchMessages.get(id)?.status).toBe('draft');
		expect(wire()).toEqual([
			[
				'POST',
				'/v2/batchmessages',
				[],
				{
					channel: 'email',
					classification: 'promotional',
					name: 'promo_01',
					tags: ['promo', 'winter'],
					'audience-key': '30_day_engaged',
					schedule: '2026-07-01T09:00:00+00:00',
					scheduleType: 'contactTZ',
					transportID: '57d098b66c8766fd53ad19d7',
					trackLinks: 'enabled',
					message: {
						headers: {
							subject: 'Buy one ticket',
							fromEmail: 'skiguy@example.com',
							fromDesc: 'Ski Promotions Team',
							replyEmail: 'reply@example.com',
						},
						content: { 'text/html': '<div>Hi {$contact.first_name}</div>' },
					},
					tests: [{ type: '250ok', enabled: true }],
				},
			],
		]);
		const log = sandbox.requests('cordial');
		expect(log.every((entry) => entry.headers.authorization === BASIC)).toBe(true);
		expect(log[0].headers['content-type']).toBe('application/json');
	});

	it('reads the "id" form of Cordial\'s Batch Messages API page for the created message too', async () => {
		sandbox.injectFault({
			provider: 'cordial',
			method: 'POST',
			path: '/v2/batchmessages',
			respond: { status: 201, headers: { 'Content-Type': 'application/json' }, body: '{"success":true,"id":"252:aaaabbbbccccddddeeeeffff:ot"}' },
		});
		const result = await run(base);
		expect(result.items).toEqual([
			{ json: { success: true, id: '252:aaaabbbbccccddddeeeeffff:ot' }, pairedItem: { item: 0 } },
		]);
	});

	it('a 2xx answer without the new ID fails the item, saying the message may exist', async () => {
		sandbox.injectFault({
			provider: 'cordial',
			path: '/v2/batchmessages',
			process: true,
			respond: { status: 201, headers: { 'Content-Type': 'application/json' }, body: '{"success":true}' },
		});
		const result = await run(base, { continueOnFail: true });
		expect(result.items).toEqual([
			{
				json: {
					error: 'Cordial Create Batch Message: the answer has no batch message ID [item 0]',
					description: 'The message may have been created; check Batch Messages in Cordial before running this item again.',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('sends audience rules and an SMS message without e-mail headers', async () => {
		const result = await run({
			...base,
			channel: 'sms',
			subject: '',
			fromEmail: '',
			fromDesc: '',
			replyEmail: '',
			html: 'Sale today',
			additionalFields: { audienceRules: '{"include": {"lists": ["vip"]}}', trackLinks: 'disabled', scheduleType: 'account' },
		});
		expect(result.items[0].json.success).toBe(true);
		expect(wire()[0][3]).toEqual({
			channel: 'sms',
			classification: 'promotional',
			audience: { include: { lists: ['vip'] } },
			trackLinks: 'disabled',
			message: { content: { 'text/html': 'Sale today' } },
		});
	});

	it.each([
		[{ channel: 'sms', classification: 'transactional' }, 'Classification: an SMS batch message cannot be transactional [item 0]'],
		[{ additionalFields: { schedule: '01/09/2026 10:00' } }, 'Schedule: "01/09/2026 10:00" is not an ISO 8601 date and time [item 0]'],
		[
			{ additionalFields: { audienceKey: '30_day_engaged', audienceRules: '{"include": {}}' } },
			'Audience Key: both an audience key and audience rules are given [item 0]',
		],
		[{ additionalFields: { audienceRules: '{"exclude": {}}' } }, 'Audience Rules (JSON): has no "include" rule [item 0]'],
		[{ additionalFields: { audienceRules: '{nope' } }, 'Audience Rules (JSON)'],
		[{ fromEmail: 'not-an-address' }, 'From Email: "not-an-address" is not an e-mail address [item 0]'],
		[{ subject: '' }, 'Subject: is empty [item 0]'],
		[{ html: '' }, 'HTML Content: is empty [item 0]'],
		[{ additionalFields: { tests: { test: [{ type: ' ', enabled: true }] } } }, 'Tests 1: Type: is empty [item 0]'],
		// A day the month does not have (Date.parse would roll it over to March).
		[{ additionalFields: { schedule: '2026-02-30T09:00:00Z' } }, 'Schedule: "2026-02-30T09:00:00Z" is not an ISO 8601 date and time [item 0]'],
		[{ channel: 'e mail' }, 'Channel: "e mail" is not a channel key [item 0]'],
		[{ classification: '={{ "Promotional" }}' }, 'Classification: "Promotional" is not one of its options [item 0]'],
		[{ additionalFields: { trackLinks: '={{ "yes" }}' } }, 'Track Links: "yes" is not allowed [item 0]'],
		[{ additionalFields: { scheduleType: '={{ "local" }}' } }, 'Additional Fields › Schedule Type: "local" is not one of its options [item 0]'],
	])('rejects %j before any request, naming the field and the item', async (change, message) => {
		const result = await run({ ...base, ...change });
		expect(result.error?.message).toContain(message);
		expect(sandbox.requests('cordial')).toEqual([]);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others are sent once', async () => {
		const result = await run(
			{ ...base, subject: '={{ $json.subject }}' },
			{ items: [{ subject: 'One' }, { subject: '' }, { subject: 'Three' }], continueOnFail: true },
		);
		expect(result.items.map((item) => [item.pairedItem, item.json.error ?? item.json.success])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, 'Subject: is empty [item 1]'],
			[{ item: 2 }, true],
		]);
		expect(result.items[1].json.description).toBe(
			'A batch message needs Subject (all four headers are required for e-mail).',
		);
		expect(wire().map(([, , , body]) => (body as { message: { headers: { subject: string } } }).message.headers.subject)).toEqual([
			'One',
			'Three',
		]);
	});

	it.each([
		[{ additionalFields: { schedule: '2020-01-01T00:00:00Z' } }, 'Time is in the past. (BATCH_MESSAGES_SCHEDULE_ERROR)', 'Set "Schedule" to a future date'],
		[{ additionalFields: { audienceKey: 'nobody' } }, "Audience with name: 'nobody' does not exist. (BATCH_MESSAGES_AUDIENCE_NOT_FOUND)", 'saved audience key'],
		[{ channel: 'fax' }, 'Incorrect channel for current account (CHANNELS_KEY_NOT_FOUND)', 'channel key'],
		[{ additionalFields: { transportId: 'abc' } }, 'TransportID does not belong to this account (MESSAGE_TRANSPORT_INVALID_ACCOUNT_TRANSPORT)', 'Transport ID'],
	])('surfaces Cordial\'s error for %j', async (change, message, hint) => {
		const result = await run({ ...base, ...change }, { continueOnFail: true });
		expect(result.items[0].json.error).toBe(`Cordial Create Batch Message failed: ${message} [item 0]`);
		expect(result.items[0].json.description).toContain(hint);
		expect(result.items[0].json.httpCode).toBe('422');
	});

	it('treats { error: true } in a 200 answer as a failure, reading "messages"', async () => {
		sandbox.injectFault({
			provider: 'cordial',
			path: '/v2/batchmessages',
			respond: {
				status: 200,
				headers: { 'Content-Type': 'application/json' },
				body: '{"error":true,"errorKey":"VALIDATION_ERROR","messages":{"message.headers.subject":["Required"]}}',
			},
		});
		const result = await run(base, { continueOnFail: true });
		expect(result.items).toEqual([
			{
				json: {
					error: 'Cordial Create Batch Message failed: message.headers.subject: Required (VALIDATION_ERROR) [item 0]',
					description: 'HTTP 200.',
					httpCode: '200',
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
