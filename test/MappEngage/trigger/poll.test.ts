/**
 * The Mapp Engage Trigger polled through n8n-core's PollContext against the strict emulator. The request (`GET
 * /async/pollByRange` with `type`, `from`, `to` in Unix seconds and `limit`) comes from the pollByRange OpenAPI
 * fragment of Mapp's async API reference (docs.mapp.com/apidocs/async); the event (queueId plus output name/value
 * pairs such as response_type, date_time, user_email, sendout_id) from Mapp's "Polling Mobile Push with Response Queue".
 */
import { PollContext } from 'n8n-core';

import { at, mappPoller, mappTriggerSandbox, pollRequests, unix } from './helpers';

const state = mappTriggerSandbox();

const BASE = { types: ['allMessages'] };

function click(insertedAt: string, email: string, queueId?: string, dateTime = insertedAt) {
	return state.provider.addResponse({
		type: 'linkClick',
		insertedAt,
		queueId,
		output: { response_type: 'CLICK', date_time: dateTime.replace('.000', ''), user_email: email, sendout_id: '333' },
	});
}

const queries = () => pollRequests(state).map((request) => request.query);

describe('Mapp Engage Trigger: poll', () => {
	afterEach(() => jest.restoreAllMocks());

	it('first activation emits nothing: one GET /async/pollByRange over the last 10 minutes in Unix seconds', async () => {
		const before = click('2026-06-01T11:55:00Z', 'early@example.com', 'Q-EARLY');
		const trigger = mappPoller(state, BASE);
		expect(await trigger.poll()).toBeNull();
		expect(pollRequests(state)).toEqual([
			{
				method: 'GET',
				path: expect.stringMatching(/\/api\/rest\/v19\/async\/pollByRange$/),
				query: { type: 'allMessages', from: unix('2026-06-01T11:50:00Z'), to: unix('2026-06-01T12:00:00Z'), limit: '20000' },
			},
		]);
		const t0 = Date.parse('2026-06-01T12:00:00Z');
		expect(trigger.staticData()).toEqual({ pollCursor: { time: t0, floor: t0 - 600_000, seen: [[before, t0]] }, responseQueueContinue: {} });
		at('2026-06-01T12:01:00Z');
		expect(await trigger.poll()).toBeNull();
		expect(queries()[1]).toMatchObject({ from: unix('2026-06-01T11:50:00Z'), to: unix('2026-06-01T12:01:00Z') });
	});

	it('later polls emit new events once each, oldest first (by date_time), simplified', async () => {
		const trigger = mappPoller(state, BASE);
		await trigger.poll();
		// Inserted in the other order than they happened: items follow date_time.
		click('2026-06-01T12:01:00Z', 'b@example.com', 'Q-B', '2026-06-01T12:00:50Z');
		click('2026-06-01T12:01:05Z', 'a@example.com', 'Q-A', '2026-06-01T12:00:40Z');
		at('2026-06-01T12:02:00Z');
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([
			{ queueId: 'Q-A', eventType: 'allMessages', response_type: 'CLICK', date_time: '2026-06-01T12:00:40Z', user_email: 'a@example.com', sendout_id: '333' },
			{ queueId: 'Q-B', eventType: 'allMessages', response_type: 'CLICK', date_time: '2026-06-01T12:00:50Z', user_email: 'b@example.com', sendout_id: '333' },
		]);
		at('2026-06-01T12:04:00Z');
		expect(await trigger.poll()).toBeNull();
		// An event inserted late into Mapp's database (old date_time) is emitted: the window is on insertion time.
		click('2026-06-01T12:04:30Z', 'late@example.com', 'Q-LATE', '2026-06-01T09:00:00Z');
		at('2026-06-01T12:05:00Z');
		expect((await trigger.poll())?.map((item) => item.json.queueId)).toEqual(['Q-LATE']);
	});

	it('Simplify off gives Mapp\'s event: queueId and the output name/value list', async () => {
		const trigger = mappPoller(state, { ...BASE, simplify: false });
		await trigger.poll();
		click('2026-06-01T12:00:30Z', 'a@example.com', 'Q-RAW');
		at('2026-06-01T12:01:00Z');
		expect((await trigger.poll())?.map((item) => item.json)).toEqual([
			{
				queueId: 'Q-RAW',
				output: [
					{ name: 'response_type', value: 'CLICK' },
					{ name: 'date_time', value: '2026-06-01T12:00:30Z' },
					{ name: 'user_email', value: 'a@example.com' },
					{ name: 'sendout_id', value: '333' },
				],
			},
		]);
	});

	it('one call per chosen type and poll; an event under two types (same queueId) is emitted once', async () => {
		const trigger = mappPoller(state, { types: ['allMessages', 'linkClick', 'sentToMta'] });
		await trigger.poll();
		click('2026-06-01T12:00:30Z', 'a@example.com', 'Q-BOTH');
		state.provider.addResponse({ type: 'sentToMta', insertedAt: '2026-06-01T12:00:40Z', queueId: 'Q-MTA', output: { date_time: '2026-06-01T12:00:40Z' } });
		at('2026-06-01T12:01:00Z');
		const items = await trigger.poll();
		expect(queries().map((query) => query.type)).toEqual(['allMessages', 'linkClick', 'sentToMta', 'allMessages', 'linkClick', 'sentToMta']);
		expect(items?.map((item) => [item.json.queueId, item.json.eventType])).toEqual([
			['Q-BOTH', 'allMessages'],
			['Q-MTA', 'sentToMta'],
		]);
	});

	it('a call that returns `limit` events did not finish: the next poll goes on from the newest one\'s time', async () => {
		const trigger = mappPoller(state, { ...BASE, options: { maxEventsPerCall: 3 } });
		await trigger.poll();
		for (let index = 1; index <= 5; index++) click(`2026-06-01T12:0${index}:00Z`, `l${index}@example.com`, `Q-L${index}`);
		at('2026-06-01T12:06:00Z');
		expect((await trigger.poll())?.map((item) => item.json.queueId)).toEqual(['Q-L1', 'Q-L2', 'Q-L3']);
		at('2026-06-01T12:08:00Z');
		expect((await trigger.poll())?.map((item) => item.json.queueId)).toEqual(['Q-L4', 'Q-L5']);
		expect(queries().slice(1)).toEqual([
			{ type: 'allMessages', from: unix('2026-06-01T11:50:00Z'), to: unix('2026-06-01T12:06:00Z'), limit: '3' },
			{ type: 'allMessages', from: unix('2026-06-01T12:03:00Z'), to: unix('2026-06-01T12:08:00Z'), limit: '3' },
		]);
		// That call returned 3 again (from is inclusive: Q-L3, Q-L4, Q-L5), so the next goes on from Q-L5's time; it
		// returns fewer than the limit and the window falls back to the Late Event Window before the cursor.
		at('2026-06-01T12:09:00Z');
		expect(await trigger.poll()).toBeNull();
		at('2026-06-01T12:10:00Z');
		expect(await trigger.poll()).toBeNull();
		expect(queries().slice(3).map((query) => query.from)).toEqual([unix('2026-06-01T12:05:00Z'), unix('2026-06-01T11:59:00Z')]);
	});

	it('`limit` events in one second do not stall the trigger: the next poll goes on one second later, with a warning', async () => {
		const warn = jest.fn();
		jest.spyOn(PollContext.prototype, 'logger', 'get').mockReturnValue({ warn } as unknown as PollContext['logger']);
		const trigger = mappPoller(state, { ...BASE, options: { maxEventsPerCall: 2 } });
		await trigger.poll();
		for (const id of ['Q-S1', 'Q-S2', 'Q-S3']) click('2026-06-01T12:01:00Z', `${id}@example.com`, id);
		click('2026-06-01T12:02:00Z', 'after@example.com', 'Q-AFTER');
		at('2026-06-01T12:03:00Z');
		expect((await trigger.poll())?.map((item) => item.json.queueId)).toEqual(['Q-S1', 'Q-S2']);
		at('2026-06-01T12:04:00Z');
		// From 12:01:00 the same two come back (seen, not emitted again): no progress, so the read moves one second on.
		expect(await trigger.poll()).toBeNull();
		at('2026-06-01T12:05:00Z');
		expect((await trigger.poll())?.map((item) => item.json.queueId)).toEqual(['Q-AFTER']);
		expect(queries().slice(1).map((query) => query.from)).toEqual([
			unix('2026-06-01T11:50:00Z'),
			unix('2026-06-01T12:01:00Z'),
			unix('2026-06-01T12:01:01Z'),
		]);
		// Once: only the poll that found no way past 12:01:00 warns.
		expect(warn.mock.calls).toEqual([[expect.stringMatching(/2 "allMessages" events in the second 2026-06-01T12:01:00\.000Z reached Max Events per Call; .*skipped/)]]);
	});

	it('a manual run returns the newest events of the shortest window that has any, and leaves the state alone', async () => {
		for (let index = 0; index < 12; index++) click(`2026-05-31T${String(index + 10).padStart(2, '0')}:00:00Z`, `m${index}@example.com`, `M${String(index).padStart(2, '0')}`);
		const trigger = mappPoller(state, BASE);
		const items = await trigger.poll('manual');
		expect(items?.map((item) => item.json.queueId)).toEqual(['M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11']);
		expect(queries().map((query) => query.from)).toEqual([unix('2026-06-01T11:00:00Z'), unix('2026-05-31T12:00:00Z')]);
		expect(trigger.staticData()).toEqual({});
	});

	it('an API error surfaces Mapp\'s message, and the failed poll does not move the cursor', async () => {
		const trigger = mappPoller(state, BASE);
		await trigger.poll();
		const kept = trigger.staticData();
		click('2026-06-01T12:00:20Z', 'a@example.com', 'Q-KEPT');
		at('2026-06-01T12:01:00Z');
		state.sandbox.injectFault({
			provider: 'mapp',
			path: /pollByRange/,
			respond: { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorActor: 'CLIENT', errorCode: 'INVALID_PARAMETER', message: 'Response queue is not enabled for this system', parameterName: 'type', value: 'allMessages' }) },
		});
		await expect(trigger.poll()).rejects.toThrow(/Response queue is not enabled for this system/);
		expect(trigger.staticData()).toEqual(kept);
		at('2026-06-01T12:02:00Z');
		expect((await trigger.poll())?.map((item) => item.json.queueId)).toEqual(['Q-KEPT']);
	});

	it.each([
		['an object instead of the list', { queueId: 'Q1', output: [] }, /the answer is not a list of events/],
		['an event without a queueId', [{ output: [{ name: 'response_type', value: 'CLICK' }] }], /an event has no queueId/],
	])('a hostile answer (%s) fails the poll with a clear error and does not move the cursor', async (_, body, message) => {
		const trigger = mappPoller(state, BASE);
		await trigger.poll();
		const kept = trigger.staticData();
		at('2026-06-01T12:01:00Z');
		state.sandbox.injectFault({ provider: 'mapp', path: /pollByRange/, respond: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } });
		await expect(trigger.poll()).rejects.toThrow(message);
		expect(trigger.staticData()).toEqual(kept);
	});

	it('a refused system user fails with the credential hint', async () => {
		const trigger = mappPoller(state, BASE, { password: 'wrong' });
		await expect(trigger.poll()).rejects.toThrow(/403|Forbidden|refused/i);
	});

	it.each([
		[{ types: [] }, 'Event Types: none is selected'],
		[{ types: ['opens'] }, 'Event Types: "opens" is not an event type of this list'],
		[{ ...BASE, options: { maxEventsPerCall: 20_001 } }, 'Max Events per Call: 20001 is not allowed'],
		[{ ...BASE, options: { maxEventsPerCall: 0 } }, 'Max Events per Call: 0 is not allowed'],
		[{ ...BASE, options: { lookbackMinutes: 0 } }, 'Late Event Window (Minutes): 0 is not allowed'],
	])('refuses bad parameters before any request: %j', async (parameters, message) => {
		await expect(mappPoller(state, parameters).poll()).rejects.toThrow(message);
		expect(pollRequests(state)).toEqual([]);
	});
});

describe('Mapp Engage Trigger: Mapp\'s documented answer', () => {
	it('reads the event of "Polling Mobile Push with Response Queue" (XML asyncResult mapped to JSON), not the emulator\'s', async () => {
		const trigger = mappPoller(state, { types: ['allMessages'] });
		// Written by hand from the docs' example (queueId QWE31230B1321ADAWD623AQ, outputs response_type PM, subject,
		// date_time 2021-02-03T09:30:21Z, user_email, sendout_id 333), as Mapp's REST API maps repeated elements.
		const documented = [
			{
				queueId: 'QWE31230B1321ADAWD623AQ',
				output: [
					{ name: 'response_type', value: 'PM' },
					{ name: 'subject', value: 'Push subject' },
					{ name: 'date_time', value: '2021-02-03T09:30:21Z' },
					{ name: 'user_email', value: 'user@example.com' },
					{ name: 'sendout_id', value: '333' },
				],
			},
		];
		state.sandbox.injectFault({ provider: 'mapp', path: /pollByRange/, respond: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(documented) } });
		const items = await trigger.poll('manual');
		expect(items?.map((item) => item.json)).toEqual([
			{ queueId: 'QWE31230B1321ADAWD623AQ', eventType: 'allMessages', response_type: 'PM', subject: 'Push subject', date_time: '2021-02-03T09:30:21Z', user_email: 'user@example.com', sendout_id: '333' },
		]);
		// The fragment's parameters: type, from and to as Unix timestamps in seconds (10 digits), limit.
		const [query] = queries();
		expect(Object.keys(query).sort()).toEqual(['from', 'limit', 'to', 'type']);
		expect(query.from).toMatch(/^\d{10}$/);
		expect(query.to).toMatch(/^\d{10}$/);
	});
});
