/**
 * The ExpertSender Trigger polled through n8n-core's PollContext against the strict emulator. Requests and columns
 * follow ExpertSender's "Get subscriber activity", "Get bounces list", "Get removed subscribers" and "Get server time"
 * pages (help.expertsender.com/emp/api/methods/…).
 */
import { esPoller, esTriggerSandbox, wire } from './helpers';

const state = esTriggerSandbox();

const OPENS = { feed: 'activities', activityType: 'Opens' };

function open(date: string, email: string, subject = 'Spring sale') {
	state.provider.addActivity('Opens', date, { Email: email, MessageId: '17', MessageSubject: subject });
}

describe('ExpertSender Trigger: activities', () => {
	it('first activation reads the server time and today, emits nothing and stores the cursor', async () => {
		open('2026-01-15 09:55:00', 'before@example.com');
		const trigger = esPoller(state, OPENS);
		expect(await trigger.poll()).toBeNull();
		expect(wire(state)).toEqual(['Time', 'Activities?date=2026-01-15&type=Opens&columns=Standard']);
		const cursor = trigger.staticData().pollCursor as { time: number; floor: number; seen: unknown[] };
		expect([cursor.time, cursor.floor, cursor.seen.length]).toEqual([Date.UTC(2026, 0, 15, 10), Date.UTC(2026, 0, 15, 9, 50), 1]);
		state.provider.setClock('2026-01-15T10:01:00');
		expect(await trigger.poll()).toBeNull();
	});

	it('an empty poll returns null', async () => {
		const trigger = esPoller(state, OPENS);
		await trigger.poll();
		state.provider.setClock('2026-01-15T10:05:00');
		expect(await trigger.poll()).toBeNull();
	});

	it('emits new rows once each, oldest first, as ExpertSender gives them', async () => {
		const trigger = esPoller(state, OPENS);
		await trigger.poll();
		open('2026-01-15 10:02:00', 'b@example.com');
		open('2026-01-15 10:01:00', 'a@example.com');
		state.provider.setClock('2026-01-15T10:03:00');
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([
			{ Date: '2026-01-15 10:01:00', Email: 'a@example.com', MessageId: '17', MessageSubject: 'Spring sale' },
			{ Date: '2026-01-15 10:02:00', Email: 'b@example.com', MessageId: '17', MessageSubject: 'Spring sale' },
		]);
		state.provider.setClock('2026-01-15T10:04:00');
		expect(await trigger.poll()).toBeNull();
	});

	it('across the boundary: a row of the same second as one emitted is emitted, that one is not again', async () => {
		const trigger = esPoller(state, OPENS);
		await trigger.poll();
		open('2026-01-15 10:00:30', 'a@example.com');
		state.provider.setClock('2026-01-15T10:00:30');
		expect((await trigger.poll())?.map((item) => item.json.Email)).toEqual(['a@example.com']);
		open('2026-01-15 10:00:30', 'b@example.com');
		state.provider.setClock('2026-01-15T10:01:00');
		expect((await trigger.poll())?.map((item) => item.json.Email)).toEqual(['b@example.com']);
	});

	it('a late row inside the Late Event Window is emitted; one older than the window is not', async () => {
		const trigger = esPoller(state, { ...OPENS, options: { lookbackMinutes: 5 } });
		await trigger.poll();
		state.provider.setClock('2026-01-15T10:10:00');
		expect(await trigger.poll()).toBeNull();
		open('2026-01-15 10:06:00', 'late@example.com');
		open('2026-01-15 10:04:00', 'too-late@example.com');
		state.provider.setClock('2026-01-15T10:11:00');
		expect((await trigger.poll())?.map((item) => item.json.Email)).toEqual(['late@example.com']);
	});

	it('a row listed twice, or read again by the next poll, is emitted once', async () => {
		const trigger = esPoller(state, OPENS);
		await trigger.poll();
		open('2026-01-15 10:01:00', 'dup@example.com');
		open('2026-01-15 10:01:00', 'dup@example.com');
		state.provider.setClock('2026-01-15T10:02:00');
		expect(await trigger.poll()).toHaveLength(1);
		state.provider.setClock('2026-01-15T10:03:00');
		expect(await trigger.poll()).toBeNull();
	});

	it('across midnight in the account\'s time zone: asks the previous and the current day, loses and repeats nothing', async () => {
		// The server time carries the business unit's offset; the days are its local days.
		state.provider.setClock('2026-01-15T23:58:00', '+01:00');
		const trigger = esPoller(state, OPENS);
		await trigger.poll();
		open('2026-01-15 23:59:30', 'before-midnight@example.com');
		open('2026-01-16 00:00:00', 'midnight@example.com');
		open('2026-01-16 00:02:00', 'after-midnight@example.com');
		state.provider.setClock('2026-01-16T00:03:00.1234567+01:00');
		expect((await trigger.poll())?.map((item) => item.json.Email)).toEqual(['before-midnight@example.com', 'midnight@example.com', 'after-midnight@example.com']);
		expect(wire(state).slice(2)).toEqual(['Time', 'Activities?date=2026-01-15&type=Opens&columns=Standard', 'Activities?date=2026-01-16&type=Opens&columns=Standard']);
		// The window still reaches back before midnight (00:03 less 10 minutes): both days again, nothing repeated.
		state.provider.setClock('2026-01-16T00:20:00+01:00');
		expect(await trigger.poll()).toBeNull();
		expect(wire(state).slice(5)).toEqual(['Time', 'Activities?date=2026-01-15&type=Opens&columns=Standard', 'Activities?date=2026-01-16&type=Opens&columns=Standard']);
		// Once the window starts after midnight, only the current day.
		state.provider.setClock('2026-01-16T00:30:00+01:00');
		expect(await trigger.poll()).toBeNull();
		expect(wire(state).slice(8)).toEqual(['Time', 'Activities?date=2026-01-16&type=Opens&columns=Standard']);
	});

	// Whitespace around an unquoted value is dropped (ExpertSender pads values: "UserUnknown, Hard " in the example of
	// its "Get bounces list" page); a quoted value is kept as it is.
	it('reads fields with quotes, commas and line breaks as one value each', async () => {
		const trigger = esPoller(state, { feed: 'activities', activityType: 'Clicks', options: { returnTitle: true } });
		await trigger.poll();
		state.provider.addActivity('Clicks', '2026-01-15 10:01:00', {
			Email: 'a@example.com',
			MessageId: '5',
			MessageSubject: 'Hello, "friend"\nsecond line',
			Url: 'https://shop.example/?a=1,2',
			Title: ' Spaced ',
		});
		state.provider.setClock('2026-01-15T10:02:00');
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([
			{ Date: '2026-01-15 10:01:00', Email: 'a@example.com', MessageId: '5', MessageSubject: 'Hello, "friend"\nsecond line', Url: 'https://shop.example/?a=1,2', Title: 'Spaced' },
		]);
		expect(wire(state)[3]).toBe('Activities?date=2026-01-15&type=Clicks&channel=Email&columns=Standard&returnTitle=true');
	});

	it('a manual run returns the newest rows and leaves the cursor alone', async () => {
		for (let minute = 0; minute < 12; minute++) open(`2026-01-15 09:${String(minute + 10).padStart(2, '0')}:00`, `m${minute}@example.com`);
		const trigger = esPoller(state, OPENS);
		const items = await trigger.poll('manual');
		expect(items?.map((item) => item.json.Email)).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11'].map((name) => `${name}@example.com`));
		expect(trigger.staticData()).toEqual({});
	});

	it('Extended columns, message GUID and tags go to the query', async () => {
		const trigger = esPoller(state, { feed: 'activities', activityType: 'Sends', channel: 'All', columns: 'Extended', options: { returnGuid: true, tags: 'news, spring' } });
		await trigger.poll();
		expect(wire(state)[1]).toBe('Activities?date=2026-01-15&type=Sends&channel=All&columns=Extended&returnGuid=true&tags=news,spring');
	});

	it('an API error surfaces ExpertSender\'s message, and the failed poll keeps the cursor', async () => {
		const trigger = esPoller(state, OPENS);
		await trigger.poll();
		const cursor = trigger.staticData();
		state.sandbox.injectFault({
			provider: 'expertsender',
			path: '/v2/Api/Activities',
			respond: {
				status: 400,
				headers: { 'Content-Type': 'text/xml; charset=utf-8' },
				body: '<ApiResponse><ErrorMessage><Code>400</Code><Message>Invalid date parameter</Message></ErrorMessage></ApiResponse>',
			},
		});
		state.provider.setClock('2026-01-15T10:05:00');
		await expect(trigger.poll()).rejects.toThrow(/Invalid date parameter/);
		expect(trigger.staticData()).toEqual(cursor);
	});

	it('a wrong API key fails with ExpertSender\'s answer', async () => {
		const trigger = esPoller(state, OPENS, { apiKey: 'wrong' });
		await expect(trigger.poll()).rejects.toThrow(/Api key is invalid/);
	});
});

describe('ExpertSender Trigger: bounces and removed subscribers', () => {
	it('reads the CSV of "Get bounces list" as its example shows it (header with a space, unquoted values)', async () => {
		// The response of the example on ExpertSender's "Get bounces list" page, verbatim but for the date.
		state.sandbox.injectFault({
			provider: 'expertsender',
			path: '/v2/Api/Bounces',
			times: 2,
			respond: {
				status: 200,
				headers: { 'Content-Type': 'text/csv; charset=utf-8' },
				body: 'Date,Email,BounceCode,BounceReason, BounceType\r\n2026-01-15 09:59:00,test1@yahoo.com,some test bounce code,UserUnknown, Hard \r\n',
			},
		});
		const trigger = esPoller(state, { feed: 'bounces' });
		const items = await trigger.poll('manual');
		expect(items?.map((item) => item.json)).toEqual([
			{ Date: '2026-01-15 09:59:00', Email: 'test1@yahoo.com', BounceCode: 'some test bounce code', BounceReason: 'UserUnknown', BounceType: 'Hard' },
		]);
	});

	it('polls bounces for the window\'s days with the chosen filters', async () => {
		const trigger = esPoller(state, { feed: 'bounces', channel: 'Email', bounceReason: '2', bounceType: '2' });
		await trigger.poll();
		state.provider.bounceRows.push(
			{ date: '2026-01-15 10:01:00', email: 'full@example.com', code: '452 4.2.2 Mailbox full', reason: 'MailboxFull', type: 'Soft', channel: 'Email' },
			{ date: '2026-01-15 10:01:00', email: 'gone@example.com', code: '550 no such user', reason: 'UserUnknown', type: 'Hard', channel: 'Email' },
		);
		state.provider.setClock('2026-01-15T10:02:00');
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([
			{ Date: '2026-01-15 10:01:00', Email: 'full@example.com', BounceCode: '452 4.2.2 Mailbox full', BounceReason: 'MailboxFull', BounceType: 'Soft' },
		]);
		expect(wire(state)[3]).toBe('Bounces?startDate=2026-01-15&endDate=2026-01-16&channel=Email&bounceReason=2&bounceType=2');
	});

	it('polls removed subscribers of the chosen lists and reasons; a removal of today appearing later is emitted once', async () => {
		state.provider.removedSubscribers.push({ id: 7, email: 'old@example.com', listId: 1, date: '2026-01-15', removeType: 'OptOutLink', channel: 'Email' });
		const trigger = esPoller(state, { feed: 'removedSubscribers', listIds: ['1', '2'], removeTypes: ['OptOutLink', 'Complaint'] });
		expect(await trigger.poll()).toBeNull();
		expect(wire(state)[1]).toBe('RemovedSubscribers?listIds=1,2&removeTypes=OptOutLink,Complaint&channel=Email&startDate=2026-01-13&endDate=2026-01-16');
		state.provider.removedSubscribers.push(
			{ id: 8, email: 'new@example.com', listId: 2, date: '2026-01-15', removeType: 'Complaint', channel: 'Email' },
			{ id: 9, email: 'ui@example.com', listId: 2, date: '2026-01-15', removeType: 'Ui', channel: 'Email' },
		);
		state.provider.setClock('2026-01-15T18:00:00');
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([{ Id: 8, Email: 'new@example.com', ListId: 2, UnsubscribedOn: '2026-01-15T00:00:00Z' }]);
		state.provider.setClock('2026-01-16T09:00:00');
		expect(await trigger.poll()).toBeNull();
	});
});

describe('ExpertSender Trigger: editor', () => {
	it('loads the List dropdown from the account with the action node\'s loader', async () => {
		const { loadOptionsContext } = await import('../../harness/loadOptions');
		const { nodeRegistry } = await import('../../harness/engine');
		const trigger = nodeRegistry().getByNameAndVersion('n8n-nodes-messaging-suite.expertSenderTrigger') as import('n8n-workflow').INodeType;
		const context = loadOptionsContext({ node: 'expertSenderTrigger', credentialType: 'expertSenderApi', credentials: state.credentials.expertSenderApi, parameters: { feed: 'removedSubscribers' }, path: 'parameters.listIds' });
		const options = await trigger.methods!.loadOptions!.getLists.call(context);
		expect(options.length).toBeGreaterThan(0);
		expect(wire(state)).toEqual(['Lists']);
	});
});
