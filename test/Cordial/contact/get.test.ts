import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Get', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Get by cID, primary key and secondary key, URL-encoded', async () => {
		const cID = provider.addContact('jane+news@example.com', 'subscribed', { custID: 'A/7 x', first_name: 'Jane' });
		const expected = {
			cID,
			channels: { email: { address: 'jane+news@example.com', subscribeStatus: 'subscribed' } },
			custID: 'A/7 x',
			first_name: 'Jane',
			lists: [],
			createdAt: '2026-06-01T12:00:00.000Z',
			lastModified: '2026-06-01T12:00:00.000Z',
		};
		const byId = await run({ resource: 'contact', operation: 'get', identifyBy: 'cID', contactKey: cID });
		const byPrimary = await run({ resource: 'contact', operation: 'get', identifyBy: 'primaryKey', contactKey: 'jane+news@example.com' });
		const bySecondary = await run({
			resource: 'contact',
			operation: 'get',
			identifyBy: 'secondaryKey',
			secondaryKey: 'custID',
			contactKey: 'A/7 x',
		});
		const byEmailKey = await run({
			resource: 'contact',
			operation: 'get',
			identifyBy: 'secondaryKey',
			secondaryKey: 'email',
			contactKey: 'jane+news@example.com',
		});
		for (const result of [byId, byPrimary, bySecondary, byEmailKey]) {
			expect(result.items).toEqual([{ json: expected, pairedItem: { item: 0 } }]);
		}
		expect(wire().map(([method, path]) => [method, path])).toEqual([
			['GET', `/v2/contacts/${cID}`],
			['GET', '/v2/contacts/jane%2Bnews%40example.com'],
			['GET', '/v2/contacts/custID:A%2F7%20x'],
			['GET', '/v2/contacts/email:jane%2Bnews%40example.com'],
		]);
	});

	it('Simplify (the default) drops the list join dates; turned off, the contact comes as Cordial answers it', async () => {
		const cID = provider.addContact('jane@example.com', 'subscribed', { first_name: 'Jane' });
		Object.assign(provider.contacts.get(cID)!, { lists: ['vip'], listJoinDate: { vip: '2026-05-01T00:00:00.000Z' } });
		const simplified = await run({ resource: 'contact', operation: 'get', identifyBy: 'cID', contactKey: cID });
		const raw = await run({ resource: 'contact', operation: 'get', identifyBy: 'cID', contactKey: cID, simplify: false });
		const common = {
			cID,
			channels: { email: { address: 'jane@example.com', subscribeStatus: 'subscribed' } },
			first_name: 'Jane',
			lists: ['vip'],
			createdAt: '2026-06-01T12:00:00.000Z',
			lastModified: '2026-06-01T12:00:00.000Z',
		};
		expect(simplified.items).toEqual([{ json: common, pairedItem: { item: 0 } }]);
		expect(raw.items).toEqual([{ json: { ...common, listJoinDate: { vip: '2026-05-01T00:00:00.000Z' } }, pairedItem: { item: 0 } }]);
	});

	it('Get of an unknown contact surfaces RECORD_NOT_FOUND; a cID must look like one', async () => {
		const missing = await run(
			{ resource: 'contact', operation: 'get', identifyBy: 'primaryKey', contactKey: 'ghost@example.com' },
			{ continueOnFail: true },
		);
		expect(missing.items[0].json).toMatchObject({
			error: 'Cordial Get Contact failed: record not found (RECORD_NOT_FOUND) [item 0]',
			httpCode: '404',
		});
		const bad = await run({ resource: 'contact', operation: 'get', identifyBy: 'cID', contactKey: 'ghost@example.com' });
		expect(bad.error?.message).toBe('Contact: "ghost@example.com" is not a Cordial contact ID [item 0]');
		expect(wire()).toHaveLength(1);
	});
});
