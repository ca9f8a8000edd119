import { cordialSandbox, rl } from '../helpers';

describe('Cordial Transactional > Send', () => {
	const { run, wire, provider } = cordialSandbox();

	it('one accepted and one rejected (not subscribed) recipient: the rejected item fails with Cordial\'s reason', async () => {
		const subscribed = provider.addContact('yes@example.com', 'subscribed');
		provider.addContact('no@example.com', 'none');
		const result = await run(
			{
				resource: 'transactional',
				operation: 'send',
				templateKey: rl('weekly-promo', 'list'),
				contactKey: 'email',
				contactValue: '={{ $json.email }}',
				additionalFields: { extVars: '={{ JSON.stringify({ orderID: $json.order }) }}' },
			},
			{ items: [{ email: 'yes@example.com', order: 'o1' }, { email: 'no@example.com', order: 'o2' }], continueOnFail: true },
		);
		const mcID = provider.contacts.get(subscribed)!.mcIDs[0];
		expect(result.items).toEqual([
			{
				json: { success: true, message: 'messages sent', messagecontacts: [{ accepted: true, cID: subscribed, mcID }] },
				pairedItem: { item: 0 },
			},
			{
				json: {
					error: 'Cordial Send Transactional Message: the contact was not accepted: not-subscribed [item 1]',
					description: expect.stringContaining('not subscribed'),
				},
				pairedItem: { item: 1 },
			},
		]);
		expect(wire()).toEqual([
			['POST', '/v2/automationtemplates/weekly-promo/send', [], { to: { contact: { email: 'yes@example.com' }, extVars: { orderID: 'o1' } } }],
			['POST', '/v2/automationtemplates/weekly-promo/send', [], { to: { contact: { email: 'no@example.com' }, extVars: { orderID: 'o2' } } }],
		]);
	});

	it('without Identify By the body is the documented plain form, as an independent client sends it', async () => {
		// Expected body from MeUndies/cordial (Ruby gem), recorded HTTP session
		// spec/vcr_cassettes/Cordial_AutomationTemplates/_send/has_the_correct_payload.yml:
		//   {"to":{"contact":{"email":"info@example.com"},"extVars":{"order":{"number":"R123456789"}}}}
		// and Cordial's v2 Swagger, definition RecipientsAuto: `to` required, `identifyBy` optional.
		provider.addContact('info@example.com', 'subscribed');
		const result = await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('weekly-promo'),
			contactKey: 'email',
			contactValue: 'info@example.com',
			additionalFields: { extVars: '{"order":{"number":"R123456789"}}' },
		});
		expect(result.error).toBeUndefined();
		const [[, , , body]] = wire();
		expect(JSON.stringify(body)).toBe('{"to":{"contact":{"email":"info@example.com"},"extVars":{"order":{"number":"R123456789"}}}}');
	});

	it('Identify By, when set, is sent as the keys given, highest priority first', async () => {
		// Cordial's v2 Swagger, definition RecipientsAuto: `identifyBy` beside `to`, a key or keys in priority order.
		provider.addContact('jane@example.com', 'subscribed');
		await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('weekly-promo'),
			contactKey: 'email',
			contactValue: 'jane@example.com',
			additionalFields: { identifyBy: 'email' },
		});
		expect(wire().map(([, , , body]) => body)).toEqual([{ to: { contact: { email: 'jane@example.com' } }, identifyBy: ['email'] }]);
	});

	it('without Continue On Fail the rejected recipient stops the node, naming the item', async () => {
		provider.addContact('no@example.com', 'unsubscribed');
		const result = await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('weekly-promo'),
			contactKey: 'email',
			contactValue: 'no@example.com',
		});
		expect(result.error?.message).toBe('Cordial Send Transactional Message: the contact was not accepted: not-subscribed [item 0]');
	});

	it('a transactional template reaches a new contact, identified by a custom key or cID', async () => {
		const cID = provider.addContact('jane@example.com', 'none', { custID: 'C-9' });
		const byCustom = await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('order-confirmation'),
			contactKey: 'custom',
			customKey: 'custID',
			contactValue: 'C-9',
			additionalFields: { identifyBy: 'custID' },
		});
		expect(byCustom.items[0].json).toMatchObject({ success: true, messagecontacts: [{ accepted: true, cID }] });
		const byId = await run({ resource: 'transactional', operation: 'send', templateKey: rl('order-confirmation'), contactKey: 'cID', contactValue: cID });
		expect(byId.items[0].json).toMatchObject({ messagecontacts: [{ accepted: true, cID }] });
		const fresh = await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('order-confirmation'),
			contactKey: 'email',
			contactValue: 'new@example.com',
		});
		expect(fresh.items[0].json).toMatchObject({ messagecontacts: [{ accepted: true }] });
		expect([...provider.contacts.values()].find((contact) => contact.channels.email.address === 'new@example.com')?.channels.email.subscribeStatus).toBe('none');
		expect(wire().map(([, path, , body]) => [path, body])).toEqual([
			['/v2/automationtemplates/order-confirmation/send', { to: { contact: { custID: 'C-9' } }, identifyBy: ['custID'] }],
			['/v2/automationtemplates/order-confirmation/send', { to: { contact: { cID } } }],
			['/v2/automationtemplates/order-confirmation/send', { to: { contact: { email: 'new@example.com' } } }],
		]);
	});

	it('an unknown template key surfaces RECORD_NOT_FOUND', async () => {
		const result = await run(
			{ resource: 'transactional', operation: 'send', templateKey: rl('nope'), contactKey: 'email', contactValue: 'a@example.com' },
			{ continueOnFail: true },
		);
		expect(result.items[0].json).toMatchObject({
			error: 'Cordial Send Transactional Message failed: record not found (RECORD_NOT_FOUND) [item 0]',
			httpCode: '404',
		});
	});

	it.each([
		[{ contactValue: 'jane' }, 'Contact: "jane" is not an e-mail address [item 0]'],
		[{ additionalFields: { extVars: '"text"' } }, 'External Variables (JSON): is not a JSON object [item 0]'],
		[{ additionalFields: { identifyBy: 'custID' } }, 'Identify By: "custID" is not the contact key given [item 0]'],
		[{ contactKey: 'custom', customKey: '' }, 'Key Name: is empty [item 0]'],
	])('rejects %j before any request', async (change, message) => {
		const result = await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('order-confirmation'),
			contactKey: 'email',
			contactValue: 'jane@example.com',
			...change,
		});
		expect(result.error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});
});

describe('Cordial Transactional > Send with contact attributes', () => {
	const { run, wire, provider, sandbox } = cordialSandbox();

	it('Contact Attributes are upserted in the same call, with Identify By set to the contact key', async () => {
		// Cordial's API v2 Swagger, IdentifyBy: "contact attribute data sent in the `contact` object of the call will
		// upsert corresponding contact attributes", and `identifyBy` names the key that identifies the contact.
		const cID = provider.addContact('jane@example.com', 'subscribed');
		const result = await run({
			resource: 'transactional',
			operation: 'send',
			templateKey: rl('order-confirmation'),
			contactKey: 'email',
			contactValue: 'jane@example.com',
			additionalFields: { contactAttributes: '{"first_name": "Jane", "loyalty_points": 40}' },
		});
		expect(result.error).toBeUndefined();
		expect(wire()).toEqual([
			['POST', '/v2/automationtemplates/order-confirmation/send', [], { to: { contact: { email: 'jane@example.com', first_name: 'Jane', loyalty_points: 40 } }, identifyBy: ['email'] }],
		]);
		expect(provider.contacts.get(cID)!.attributes).toEqual({ first_name: 'Jane', loyalty_points: 40 });
	});

	it('refuses identifier keys among the attributes before any request; an unknown attribute is Cordial\'s error', async () => {
		const params = { resource: 'transactional', operation: 'send', templateKey: rl('order-confirmation'), contactKey: 'email', contactValue: 'jane@example.com' };
		const clash = await run({ ...params, additionalFields: { contactAttributes: '{"email": "other@example.com"}' } });
		expect(clash.error?.message).toBe('Contact Attributes (JSON): "email" is a contact identifier, not an attribute [item 0]');
		const notJson = await run({ ...params, additionalFields: { contactAttributes: '[1]' } });
		expect(notJson.error?.message).toBe('Contact Attributes (JSON): is not a JSON object [item 0]');
		expect(sandbox.requests('cordial')).toEqual([]);
		const unknown = await run({ ...params, additionalFields: { contactAttributes: '{"shoe_size": 42}' } }, { continueOnFail: true });
		expect(unknown.items[0].json.error).toBe('Cordial Send Transactional Message failed: to.contact.shoe_size: Attribute does not exist (VALIDATION_ERROR) [item 0]');
	});
});
