import { cordialSandbox } from '../helpers';

describe('Cordial Contact', () => {
	const { run, wire, provider, sandbox } = cordialSandbox();

	it('Create or Update: creates with subscribe status, attributes and lists, then updates the same contact', async () => {
		const created = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'jane@example.com',
			additionalFields: {
				subscribeStatus: 'subscribed',
				attributes: '{"first_name": "Jane", "loyalty_points": 12}',
				addToLists: 'newsletter, vip',
				suppressTriggers: false,
			},
		});
		const cID = [...provider.contacts.keys()][0];
		expect(created.items).toEqual([{ json: { success: true, message: 'contact created', cID }, pairedItem: { item: 0 } }]);
		const again = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'jane@example.com',
			additionalFields: { removeFromLists: 'vip', identifyBy: 'email' },
		});
		expect(again.items[0].json).toEqual({ success: true, message: 'contact updated', cID });
		expect(wire().map(([method, path, query, body]) => [method, path, query, body])).toEqual([
			[
				'POST',
				'/v2/contacts',
				[],
				{
					channels: { email: { address: 'jane@example.com', subscribeStatus: 'subscribed' } },
					first_name: 'Jane',
					loyalty_points: 12,
					newsletter: true,
					vip: true,
					suppressTriggers: false,
				},
			],
			['POST', '/v2/contacts', [], { channels: { email: { address: 'jane@example.com' } }, vip: false, identifyBy: ['email'] }],
		]);
		expect(provider.contacts.get(cID)).toMatchObject({ lists: ['newsletter'], attributes: { first_name: 'Jane', loyalty_points: 12 } });
	});

	it('Create or Update: force subscribe brings an unsubscribed contact back; without it Cordial refuses', async () => {
		provider.addContact('back@example.com', 'unsubscribed');
		const refused = await run(
			{ resource: 'contact', operation: 'upsert', email: 'back@example.com', additionalFields: { subscribeStatus: 'subscribed' } },
			{ continueOnFail: true },
		);
		expect(refused.items[0].json.error).toBe(
			'Cordial Create or Update Contact failed: channels.email.subscribeStatus: Contact is unsubscribed: use forceSubscribe to subscribe it again (GENERIC_ERROR_KEY) [item 0]',
		);
		const forced = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'back@example.com',
			additionalFields: { subscribeStatus: 'subscribed', forceSubscribe: true },
		});
		expect(forced.items[0].json.message).toBe('contact updated');
		expect(wire()[1][3]).toEqual({ channels: { email: { address: 'back@example.com', subscribeStatus: 'subscribed' } }, forceSubscribe: true });
	});

	it.each([
		[{ email: 'jane' }, 'Email: "jane" is not an e-mail address [item 0]'],
		[{ additionalFields: { forceSubscribe: true } }, 'Force Subscribe: needs Subscribe Status "Subscribed" [item 0]'],
		[{ additionalFields: { attributes: '{"channels": {}}' } }, 'Attributes (JSON): "channels" is not an attribute [item 0]'],
		[{ additionalFields: { attributes: '[1]' } }, 'Attributes (JSON): is not a JSON object [item 0]'],
		[{ additionalFields: { addToLists: 'vip', removeFromLists: 'vip' } }, 'Remove From Lists: "vip" is also in "Add to Lists" [item 0]'],
		[{ additionalFields: { identifyBy: 'e mail' } }, 'Identify By: "e mail" is not a key name [item 0]'],
	])('Create or Update rejects %j before any request', async (change, message) => {
		const result = await run({ resource: 'contact', operation: 'upsert', email: 'jane@example.com', ...change });
		expect(result.error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});

	it('Create or Update surfaces an unknown attribute', async () => {
		const result = await run(
			{ resource: 'contact', operation: 'upsert', email: 'jane@example.com', additionalFields: { attributes: '{"shoe_size": 9}' } },
			{ continueOnFail: true },
		);
		expect(result.items[0].json.error).toBe(
			'Cordial Create or Update Contact failed: shoe_size: Attribute or list does not exist (GENERIC_ERROR_KEY) [item 0]',
		);
	});

	it('Create or Update sends attributes and lists named like Object.prototype members as given', async () => {
		const result = await run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: 'jane@example.com',
				additionalFields: { attributes: '{"__proto__": "x", "hasOwnProperty": 1}', addToLists: 'constructor, toString', removeFromLists: 'valueOf' },
			},
			{ continueOnFail: true },
		);
		// Before, `__proto__` was dropped from the body and lists named `constructor` or `toString` were refused as attributes.
		expect(sandbox.requests('cordial').map((entry) => entry.body)).toEqual([
			'{"channels":{"email":{"address":"jane@example.com"}},"__proto__":"x","hasOwnProperty":1,"constructor":true,"toString":true,"valueOf":false}',
		]);
		expect(result.items).toHaveLength(1);
	});

	it('Get by cID, primary key and secondary key, URL-encoded', async () => {
		const cID = provider.addContact('jane+news@example.com', 'subscribed', { custID: 'A/7 x', first_name: 'Jane' });
		const expected = {
			cID,
			channels: { email: { address: 'jane+news@example.com', subscribeStatus: 'subscribed' } },
			custID: 'A/7 x',
			first_name: 'Jane',
			lists: [],
			createdAt: '2026-06-01T12:00:00.000Z',
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

	it('Update sends only the changed fields by PUT', async () => {
		const cID = provider.addContact('jane@example.com', 'none');
		const result = await run({
			resource: 'contact',
			operation: 'update',
			identifyBy: 'secondaryKey',
			secondaryKey: 'email',
			contactKey: 'jane@example.com',
			updateFields: { email: 'jane.doe@example.com', attributes: '{"last_name": "Doe"}', addToLists: 'vip' },
		});
		expect(result.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([
			[
				'PUT',
				'/v2/contacts/email:jane%40example.com',
				[],
				{ channels: { email: { address: 'jane.doe@example.com' } }, last_name: 'Doe', vip: true },
			],
		]);
		expect(provider.contacts.get(cID)).toMatchObject({
			channels: { email: { address: 'jane.doe@example.com', subscribeStatus: 'none' } },
			attributes: { last_name: 'Doe' },
			lists: ['vip'],
		});
		const empty = await run({ resource: 'contact', operation: 'update', identifyBy: 'cID', contactKey: cID, updateFields: {} });
		expect(empty.error?.message).toBe('Update Fields: nothing to change [item 0]');
		expect(wire()).toHaveLength(1);
	});

	it.each([
		['update', { identifyBy: 'primaryKey', contactKey: 'jane@example.com', updateFields: { email: 'jane.doe@example.com' } }],
		['unsubscribe', { identifyBy: 'primaryKey', contactKey: 'jane@example.com', channel: 'email' }],
	])('%s is not sent again after the connection drops once Cordial had it', async (operation, parameters) => {
		provider.addContact('jane@example.com');
		sandbox.injectFault({ provider: 'cordial', method: 'PUT', process: true, reset: true });
		const result = await run({ resource: 'contact', operation, ...parameters }, { continueOnFail: true });
		expect(result.items[0].json.error).toMatch(/^Cordial gave no complete answer to (Update|Unsubscribe) Contact .*\[item 0\]$/);
		expect(result.items[0].json.description).toContain('it was not sent again');
		expect(sandbox.requests('cordial')).toHaveLength(1);
	});

	it('Delete answers { deleted: true }', async () => {
		const cID = provider.addContact('jane@example.com');
		const result = await run({ resource: 'contact', operation: 'delete', identifyBy: 'cID', contactKey: cID });
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([['DELETE', `/v2/contacts/${cID}`, [], undefined]]);
		expect(provider.contacts.size).toBe(0);
	});

	it('Unsubscribe from a channel, with the mcID of a sent message', async () => {
		const cID = provider.addContact('jane@example.com', 'subscribed');
		provider.contacts.get(cID)!.mcIDs.push('1001:abc:1');
		const result = await run({
			resource: 'contact',
			operation: 'unsubscribe',
			identifyBy: 'primaryKey',
			contactKey: 'jane@example.com',
			channel: 'email',
			options: { mcID: '1001:abc:1' },
		});
		expect(result.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([['PUT', '/v2/contacts/jane%40example.com/unsubscribe/email', [['mcID', '1001:abc:1']], undefined]]);
		expect(provider.contacts.get(cID)!.channels.email.subscribeStatus).toBe('unsubscribed');

		const noChannel = await run(
			{ resource: 'contact', operation: 'unsubscribe', identifyBy: 'cID', contactKey: cID, channel: 'sms' },
			{ continueOnFail: true },
		);
		expect(noChannel.items[0].json.error).toBe(
			"Cordial Unsubscribe Contact failed: channel: Channel doesn't exist (GENERIC_ERROR_KEY) [item 0]",
		);
	});

	it('Get Many pages through contacts with filters and sorting', async () => {
		for (let n = 1; n <= 5; n++) provider.addContact(`c${n}@example.com`, n === 3 ? 'none' : 'subscribed');
		const result = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { audienceKey: '30_day_engaged' },
			options: { perPage: 2, sortBy: 'createdAt', sortDir: 'desc' },
		});
		expect(result.items.map((item) => (item.json.channels as { email: { address: string } }).email.address)).toEqual([
			'c1@example.com',
			'c2@example.com',
			'c4@example.com',
			'c5@example.com',
		]);
		expect(wire().map(([, path, query]) => [path, query])).toEqual([
			['/v2/contacts', [['audience-key', '30_day_engaged'], ['page', '1'], ['per_page', '2'], ['sort_by', 'createdAt'], ['sort_dir', 'desc']]],
			['/v2/contacts', [['audience-key', '30_day_engaged'], ['page', '2'], ['per_page', '2'], ['sort_by', 'createdAt'], ['sort_dir', 'desc']]],
			['/v2/contacts', [['audience-key', '30_day_engaged'], ['page', '3'], ['per_page', '2'], ['sort_by', 'createdAt'], ['sort_dir', 'desc']]],
		]);
		const byEmail = await run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1, filters: { email: 'c2@example.com' } });
		expect(byEmail.items).toHaveLength(1);
		expect(wire()[3][2]).toEqual([['email', 'c2@example.com'], ['page', '1'], ['per_page', '1']]);
	});
});
