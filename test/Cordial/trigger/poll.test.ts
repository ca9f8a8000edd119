/**
 * The Cordial Trigger polled through n8n-core's PollContext against the strict emulator. The query keys come from
 * Cordial's API v2 Swagger (getActivityList: `time[gte]`, `time[lt]`, `action`, `email`, `per_page`; plus `page`);
 * the action names from Cordial's "Contact activities (events) API" page (message-sent, open, click, optout, bounce,
 * complaint, …) and the record shape (`_id`, `time` as `2017-03-13T22:02:42+0000`) from its "Events" page.
 */
import { activityQueries, at, cordialPoller, cordialTriggerSandbox } from './helpers';

const state = cordialTriggerSandbox();

const BASE = { events: ['open'] };

function open(email: string, time: string, _id?: string) {
	return state.provider.addActivity({ action: 'open', email, time, _id, mcID: `mc-${email}`, bmID: 'bm-1', properties: { device: 'mobile' } });
}

describe('Cordial Trigger: poll', () => {
	it('first activation emits nothing, asks the last 10 minutes and stores the cursor with the IDs seen', async () => {
		const before = open('early@example.com', '2026-06-01T11:55:00Z', 'a-early');
		const trigger = cordialPoller(state, BASE);
		expect(await trigger.poll()).toBeNull();
		expect(activityQueries(state)).toEqual([
			{ 'time[gte]': '2026-06-01T11:50:00Z', 'time[lt]': '2026-06-01T12:00:00Z', action: 'open', per_page: '1000', page: '1' },
		]);
		const t0 = Date.parse('2026-06-01T12:00:00Z');
		expect(trigger.staticData()).toEqual({
			pollCursor: { time: t0, floor: t0 - 600_000, seen: [[before, Date.parse('2026-06-01T11:55:00Z')]] },
		});
		// The event before activation is never emitted, though it is inside the next window.
		at('2026-06-01T12:01:00Z');
		expect(await trigger.poll()).toBeNull();
	});

	it('an empty poll returns null and moves the cursor on', async () => {
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		at('2026-06-01T12:05:00Z');
		expect(await trigger.poll()).toBeNull();
		expect(activityQueries(state)[1]).toMatchObject({ 'time[gte]': '2026-06-01T11:50:00Z', 'time[lt]': '2026-06-01T12:05:00Z' });
		expect((trigger.staticData().pollCursor as { time: number }).time).toBe(Date.parse('2026-06-01T12:05:00Z'));
	});

	it('emits new events once each, oldest first, simplified', async () => {
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		const second = open('b@example.com', '2026-06-01T12:02:00Z', 'id-b');
		const first = open('a@example.com', '2026-06-01T12:01:00Z', 'id-a');
		at('2026-06-01T12:03:00Z');
		const items = await trigger.poll();
		expect(items?.map((item) => item.json)).toEqual([
			{
				id: first,
				action: 'open',
				time: '2026-06-01T12:01:00.000Z',
				email: 'a@example.com',
				contactId: 'c-a@example.com',
				messageContactId: 'mc-a@example.com',
				batchMessageId: 'bm-1',
				templateId: null,
				properties: { device: 'mobile' },
			},
			expect.objectContaining({ id: second, time: '2026-06-01T12:02:00.000Z' }),
		]);
		at('2026-06-01T12:04:00Z');
		expect(await trigger.poll()).toBeNull();
	});

	it('across the boundary: an event with the same timestamp as one already emitted is emitted, that one is not', async () => {
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		open('a@example.com', '2026-06-01T12:00:30Z', 'same-1');
		at('2026-06-01T12:00:30Z');
		// Read up to 12:00:30 exclusive: the event of 12:00:30 comes with the next poll.
		expect(await trigger.poll()).toBeNull();
		at('2026-06-01T12:00:31Z');
		expect((await trigger.poll())?.map((item) => item.json.id)).toEqual(['same-1']);
		open('b@example.com', '2026-06-01T12:00:30Z', 'same-2');
		at('2026-06-01T12:01:00Z');
		expect((await trigger.poll())?.map((item) => item.json.id)).toEqual(['same-2']);
		expect(activityQueries(state)[3]).toMatchObject({ 'time[gte]': '2026-06-01T11:50:31Z', 'time[lt]': '2026-06-01T12:01:00Z' });
	});

	it('a late-arriving event inside the Late Event Window is emitted; one older than the window is not', async () => {
		const trigger = cordialPoller(state, { ...BASE, options: { lookbackMinutes: 5 } });
		await trigger.poll();
		at('2026-06-01T12:10:00Z');
		expect(await trigger.poll()).toBeNull();
		// Stored after the poll that read past their times.
		open('late@example.com', '2026-06-01T12:06:00Z', 'late');
		open('too-late@example.com', '2026-06-01T12:04:00Z', 'too-late');
		at('2026-06-01T12:11:00Z');
		expect((await trigger.poll())?.map((item) => item.json.id)).toEqual(['late']);
	});

	it('a duplicate delivery (the same _id stored twice) is emitted once', async () => {
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		open('a@example.com', '2026-06-01T12:01:00Z', 'dup');
		open('a@example.com', '2026-06-01T12:01:00Z', 'dup');
		at('2026-06-01T12:02:00Z');
		expect((await trigger.poll())?.map((item) => item.json.id)).toEqual(['dup']);
		open('a@example.com', '2026-06-01T12:01:00Z', 'dup');
		at('2026-06-01T12:03:00Z');
		expect(await trigger.poll()).toBeNull();
	});

	it('a manual run returns the newest events of the shortest window that has any, and leaves the cursor alone', async () => {
		for (let index = 0; index < 12; index++) open(`m${index}@example.com`, `2026-05-31T${String(index + 10).padStart(2, '0')}:00:00Z`, `m${String(index).padStart(2, '0')}`);
		const trigger = cordialPoller(state, BASE);
		const items = await trigger.poll('manual');
		expect(items?.map((item) => item.json.id)).toEqual(['m02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11']);
		expect(activityQueries(state).map((query) => query['time[gte]'])).toEqual(['2026-06-01T11:00:00Z', '2026-05-31T12:00:00Z']);
		expect(trigger.staticData()).toEqual({});
	});

	it('asks once per chosen event with Cordial\'s action names, and once per custom action name', async () => {
		const trigger = cordialPoller(state, { events: ['message-sent', 'optout', 'custom'], customActions: 'browse, order ,browse' });
		await trigger.poll();
		expect(activityQueries(state).map((query) => query.action)).toEqual(['message-sent', 'optout', 'browse', 'order']);
	});

	it('Any Event asks without an action; the filters go to the query; Simplify off gives Cordial\'s record', async () => {
		const trigger = cordialPoller(state, { events: ['*'], simplify: false, filters: { email: 'a@example.com', mcID: 'mc-a@example.com' } });
		await trigger.poll();
		state.provider.addActivity({ action: 'browse', email: 'a@example.com', time: '2026-06-01T12:00:10Z', _id: 'raw', mcID: 'mc-a@example.com', properties: { url: 'https://shop.example/x' } });
		state.provider.addActivity({ action: 'browse', email: 'other@example.com', time: '2026-06-01T12:00:10Z', _id: 'other' });
		at('2026-06-01T12:01:00Z');
		const items = await trigger.poll();
		expect(activityQueries(state)[1]).toEqual({
			'time[gte]': '2026-06-01T11:50:00Z',
			'time[lt]': '2026-06-01T12:01:00Z',
			email: 'a@example.com',
			mcID: 'mc-a@example.com',
			per_page: '1000',
			page: '1',
		});
		expect(items?.map((item) => item.json)).toEqual([
			{ _id: 'raw', cID: 'c-a@example.com', email: 'a@example.com', action: 'browse', time: '2026-06-01T12:00:10+0000', mcID: 'mc-a@example.com', properties: { url: 'https://shop.example/x' } },
		]);
	});

	it('reads every page of a window (1000 per page)', async () => {
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		for (let index = 0; index < 1001; index++) open(`p${index}@example.com`, '2026-06-01T12:00:05Z', `p${String(index).padStart(4, '0')}`);
		at('2026-06-01T12:01:00Z');
		const items = await trigger.poll();
		expect(items).toHaveLength(1001);
		expect(activityQueries(state).slice(1).map((query) => query.page)).toEqual(['1', '2']);
	});

	it('an API error surfaces Cordial\'s message, and the failed poll does not move the cursor', async () => {
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		const cursor = trigger.staticData();
		open('a@example.com', '2026-06-01T12:00:20Z', 'kept');
		state.sandbox.injectFault({
			provider: 'cordial',
			path: '/v2/contactactivities',
			respond: { status: 422, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'too many parameters' }) },
		});
		at('2026-06-01T12:01:00Z');
		await expect(trigger.poll()).rejects.toThrow(/too many parameters/);
		expect(trigger.staticData()).toEqual(cursor);
		at('2026-06-01T12:02:00Z');
		expect((await trigger.poll())?.map((item) => item.json.id)).toEqual(['kept']);
	});

	it('a wrong API key fails with Cordial\'s "Access Denied" answer', async () => {
		const trigger = cordialPoller(state, BASE, { apiKey: 'wrong' });
		await expect(trigger.poll()).rejects.toThrow(/Access Denied: Authentication Failure/);
	});

	it('Custom Actions without names is refused before any request', async () => {
		const trigger = cordialPoller(state, { events: ['custom'], customActions: ' , ' });
		await expect(trigger.poll()).rejects.toThrow('Custom Action Names: is empty');
		expect(activityQueries(state)).toEqual([]);
	});
});

describe('Cordial Trigger: cursor', () => {
	it('a stored cursor of another shape counts as none: the trigger starts again from now', async () => {
		const trigger = cordialPoller(state, BASE);
		trigger.setStaticData({ pollCursor: { time: 'yesterday' } });
		expect(await trigger.poll()).toBeNull();
		expect((trigger.staticData().pollCursor as { floor: number }).floor).toBe(Date.parse('2026-06-01T11:50:00Z'));
	});

	it('keeps only the IDs inside the window, at most MAX_SEEN_IDS of them', async () => {
		const { MAX_SEEN_IDS } = await import('../../../nodes/shared/polling');
		const trigger = cordialPoller(state, BASE);
		await trigger.poll();
		for (let index = 0; index < MAX_SEEN_IDS + 5; index++) open(`s${index}@example.com`, '2026-06-01T12:00:10Z', `s${String(index).padStart(5, '0')}`);
		at('2026-06-01T12:01:00Z');
		expect(await trigger.poll()).toHaveLength(MAX_SEEN_IDS + 5);
		expect((trigger.staticData().pollCursor as { seen: unknown[] }).seen).toHaveLength(MAX_SEEN_IDS);
		// The window of the next poll still covers them: the forgotten ones are not emitted again.
		at('2026-06-01T12:05:00Z');
		expect(await trigger.poll()).toBeNull();
		at('2026-06-01T12:30:00Z');
		expect(await trigger.poll()).toBeNull();
		at('2026-06-01T12:31:00Z');
		expect(await trigger.poll()).toBeNull();
		expect((trigger.staticData().pollCursor as { seen: unknown[] }).seen).toEqual([]);
	});
});
