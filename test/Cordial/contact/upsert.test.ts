import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Create or Update', () => {
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
});
