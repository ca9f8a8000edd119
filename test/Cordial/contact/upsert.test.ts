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

	it('Create or Update sends no subscribe status by default, so a new contact is not subscribed', async () => {
		// Consent: Cordial gives a contact without a status "none" (Swagger, EmailC.subscribeStatus: "Default is `none`").
		await run({ resource: 'contact', operation: 'upsert', email: 'quiet@example.com' });
		await run({ resource: 'contact', operation: 'upsert', email: 'quiet2@example.com', additionalFields: { subscribeStatus: '', attributes: '{"first_name": "Q"}' } });
		expect(wire().map(([, , , body]) => body)).toEqual([
			{ channels: { email: { address: 'quiet@example.com' } } },
			{ channels: { email: { address: 'quiet2@example.com' } }, first_name: 'Q' },
		]);
		expect([...provider.contacts.values()].map((contact) => contact.channels.email.subscribeStatus)).toEqual(['none', 'none']);
	});

	it('Create or Update by SMS number: channels.sms and identifyBy channels.sms.address (the Swagger\'s identifyBy example)', async () => {
		const body = { channels: { sms: { address: '15555551234', subscribeStatus: 'none' } }, identifyBy: ['channels.sms.address'] };
		const created = await run({ resource: 'contact', operation: 'upsert', channel: 'sms', address: '15555551234', additionalFields: { subscribeStatus: 'none' } });
		const again = await run({ resource: 'contact', operation: 'upsert', channel: 'sms', address: '15555551234', additionalFields: { attributes: '{"first_name": "Sam"}' } });
		const cID = [...provider.contacts.keys()][0];
		expect(created.items).toEqual([{ json: { success: true, message: 'contact created', cID }, pairedItem: { item: 0 } }]);
		expect(again.items[0].json).toEqual({ success: true, message: 'contact updated', cID });
		expect(wire()).toEqual([
			['POST', '/v2/contacts', [], body],
			['POST', '/v2/contacts', [], { channels: { sms: { address: '15555551234' } }, first_name: 'Sam', identifyBy: ['channels.sms.address'] }],
		]);
		expect(provider.contacts.get(cID)).toMatchObject({ channels: { sms: { address: '15555551234', subscribeStatus: 'none' } }, attributes: { first_name: 'Sam' } });
	});

	it('Create or Update on a channel the account lacks surfaces Cordial\'s message; a bad SMS number is refused first', async () => {
		const push = await run({ resource: 'contact', operation: 'upsert', channel: 'push', address: 'device-token-1' }, { continueOnFail: true });
		expect(push.items[0].json.error).toBe("Cordial Create or Update Contact failed: channels.push: Channel doesn't exist (GENERIC_ERROR_KEY) [item 0]");
		const sms = await run({ resource: 'contact', operation: 'upsert', channel: 'sms', address: '555-1234' });
		expect(sms.error?.message).toBe('Address: "555-1234" is not an SMS number [item 0]');
		const custom = await run({ resource: 'contact', operation: 'upsert', channel: 'custom', channelKey: 'what sapp', address: 'x' });
		expect(custom.error?.message).toBe('Channel Key: "what sapp" is not a channel key [item 0]');
		expect(wire()).toHaveLength(1);
	});
});
