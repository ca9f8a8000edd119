import { cordialSandbox, rl } from '../helpers';

/** Issue #20: Track Links as a switch, Tests off by default, Schedule in the workflow's time zone, Channel picker. */
const base = {
	resource: 'batchMessage',
	operation: 'create',
	channel: rl('email', 'list'),
	classification: 'promotional',
	subject: 'Hello',
	fromEmail: 'news@myco.io',
	fromDesc: 'MyCo',
	replyEmail: 'reply@myco.io',
	html: '<p>Hi</p>',
};
const message = {
	headers: { subject: 'Hello', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
	content: { 'text/html': '<p>Hi</p>' },
};

describe('Cordial Batch Message settings', () => {
	const { run, wire, sandbox, provider } = cordialSandbox();

	it('Track Links on and off go out as Cordial\'s "enabled" / "disabled"; saved text values still work', async () => {
		// Cordial's API v2 Swagger, MessageSendBatchPost.trackLinks: a string, "Possible values: enabled, disabled".
		for (const trackLinks of [true, false, 'enabled', 'disabled']) {
			const result = await run({ ...base, additionalFields: { trackLinks } });
			expect(result.error).toBeUndefined();
		}
		expect(wire().map(([, , , body]) => (body as { trackLinks: string }).trackLinks)).toEqual(['enabled', 'disabled', 'enabled', 'disabled']);
		const stored = [...provider.batchMessages.values()].map((entry) => entry.trackLinks).filter(Boolean);
		expect(stored).toEqual(['enabled', 'disabled', 'enabled', 'disabled']);
	});

	it('a test added without touching Enabled is sent disabled (the Swagger\'s Tests: "disabled by default")', async () => {
		const result = await run({ ...base, additionalFields: { tests: { test: [{ type: '250ok' }] } } });
		expect(result.error).toBeUndefined();
		expect(wire()).toEqual([['POST', '/v2/batchmessages', [], { channel: 'email', classification: 'promotional', message, tests: [{ type: '250ok', enabled: false }] }]]);
	});

	it('a Schedule without offset is in the workflow\'s time zone; with Contact Time Zone it is sent as wall time', async () => {
		// n8n's default time zone is America/New_York (UTC-4 in July); an ISO string with an offset goes out unchanged.
		await run({ ...base, additionalFields: { schedule: '2026-07-01T09:00:00' } });
		await run({ ...base, additionalFields: { schedule: '2026-07-01T09:00:00', scheduleType: 'contactTZ' } });
		await run({ ...base, additionalFields: { schedule: '2026-07-01T09:00:00+02:00' } });
		expect(wire().map(([, , , body]) => [(body as { schedule: string }).schedule, (body as { scheduleType?: string }).scheduleType])).toEqual([
			['2026-07-01T13:00:00Z', undefined],
			['2026-07-01T09:00:00', 'contactTZ'],
			['2026-07-01T09:00:00+02:00', undefined],
		]);
	});

	it('Channel is read from the picker, by key, or from the plain text of workflows saved before', async () => {
		await run({ ...base, channel: rl('sms', 'id'), subject: '', fromEmail: '', fromDesc: '', replyEmail: '' });
		await run({ ...base, channel: 'email' });
		expect(wire().map(([, , , body]) => (body as { channel: string }).channel)).toEqual(['sms', 'email']);
		const refused = await run({ ...base, channel: rl('e mail', 'id') });
		expect(refused.error?.message).toBe('Channel: "e mail" is not a channel key [item 0]');
		expect(sandbox.requests('cordial')).toHaveLength(2);
	});

	it('Get Many\'s status Canceled is sent as Cordial spells it, and the old "cancelled" value still works', async () => {
		provider.batchMessages.set('252:5f1e00000000000000000009:ot', { id: '252:5f1e00000000000000000009:ot', status: 'cancelled', ct: '2026-05-01T00:00:00.000Z', name: 'stopped' });
		const getMany = (status: string) => run({ resource: 'batchMessage', operation: 'getAll', returnAll: true, filters: { status }, options: {} });
		const current = await getMany('canceled');
		const old = await getMany('cancelled');
		for (const result of [current, old]) expect(result.items.map((item) => item.json.name)).toEqual(['stopped']);
		expect(wire().map(([, , query]) => query)).toEqual([
			[['status', 'canceled'], ['page', '1'], ['per_page', '100']],
			[['status', 'canceled'], ['page', '1'], ['per_page', '100']],
		]);
	});

	it('Get Many\'s Automation Template is a picker whose value is the template\'s ID (mdtID)', async () => {
		provider.batchMessages.set('252:5f1e00000000000000000008:ot', { id: '252:5f1e00000000000000000008:ot', status: 'sent', ct: '2026-05-01T00:00:00.000Z', mdtID: '591f1a26ac0c811781bf44ea' });
		const result = await run({ resource: 'batchMessage', operation: 'getAll', returnAll: true, filters: { mdtID: rl('591f1a26ac0c811781bf44ea', 'list') }, options: {} });
		expect(result.items.map((item) => item.json.id)).toEqual(['252:5f1e00000000000000000008:ot']);
		expect(wire()[0][2]).toEqual([['mdtID', '591f1a26ac0c811781bf44ea'], ['page', '1'], ['per_page', '100']]);
	});
});
