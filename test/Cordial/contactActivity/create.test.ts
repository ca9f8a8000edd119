import { cordialSandbox } from '../helpers';

describe('Cordial Contact Activity > Create', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Create sends the page\'s example body: a, the contact as "email": "…", ats and properties', async () => {
		// Contact activities (events) API page: {"a": "browse", "email": "msmith@example.com", "ats": …, "properties": {…}}.
		const cID = provider.addContact('msmith@example.com');
		const result = await run({
			resource: 'contactActivity',
			operation: 'create',
			action: 'browse',
			identifierKey: 'email',
			identifierValue: 'msmith@example.com',
			additionalFields: {
				time: '2018-01-09T17:47:43Z',
				properties: { property: [{ key: 'category', value: 'shoes' }] },
				propertiesJson: '{"propertyOne": 1, "propertyTwo": 2}',
			},
		});
		expect(result.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([
			[
				'POST',
				'/v2/contactactivities',
				[],
				{ a: 'browse', email: 'msmith@example.com', ats: '2018-01-09T17:47:43Z', properties: { category: 'shoes', propertyOne: 1, propertyTwo: 2 } },
			],
		]);
		expect(provider.activities).toEqual([
			{ _id: expect.any(String), cID, email: 'msmith@example.com', action: 'browse', time: Date.parse('2018-01-09T17:47:43Z'), properties: { category: 'shoes', propertyOne: 1, propertyTwo: 2 } },
		]);
	});

	it('Create by cID or a secondary key, a time without offset in the workflow\'s time zone, and without a time Cordial\'s now', async () => {
		const cID = provider.addContact('jane@example.com', 'none', { custID: 'C-7' });
		await run({ resource: 'contactActivity', operation: 'create', action: 'order', identifierKey: 'cID', identifierValue: cID, additionalFields: { uid: 'order-1' } });
		await run(
			{ resource: 'contactActivity', operation: 'create', action: 'cart', identifierKey: 'custom', customKey: 'custID', identifierValue: 'C-7', additionalFields: { time: '2026-01-15T09:30:00' } },
		);
		// The test engine's workflow time zone is America/New_York (n8n's default): 09:30 there is 14:30 UTC in January.
		expect(wire().map(([, , , body]) => body)).toEqual([
			{ a: 'order', cID, UID: 'order-1' },
			{ a: 'cart', custID: 'C-7', ats: '2026-01-15T14:30:00Z' },
		]);
		expect(provider.activities.map((activity) => [activity.action, new Date(activity.time).toISOString()])).toEqual([
			['order', '2026-06-01T12:00:00.000Z'],
			['cart', '2026-01-15T14:30:00.000Z'],
		]);
	});

	it('Create for an unknown contact surfaces Cordial\'s message', async () => {
		const result = await run(
			{ resource: 'contactActivity', operation: 'create', action: 'browse', identifierKey: 'email', identifierValue: 'ghost@example.com' },
			{ continueOnFail: true },
		);
		expect(result.items[0].json).toMatchObject({ error: "Cordial Create Contact Activity failed: Contact doesn't exist (GENERIC_ERROR_KEY) [item 0]", httpCode: '422' });
	});

	it.each([
		[{ action: 'open' }, 'Action: "open" is reserved by Cordial [item 0]'],
		[{ action: 'x'.repeat(41) }, 'Action: is 41 characters long [item 0]'],
		[{ identifierValue: ' ' }, 'Contact: is empty [item 0]'],
		[{ identifierKey: 'custom', customKey: 'cust id' }, 'Key Name: "cust id" is not a key name [item 0]'],
		[{ additionalFields: { time: 'tomorrow' } }, 'Time: "tomorrow" is not a date and time [item 0]'],
		[{ additionalFields: { time: '2026-02-30T10:00:00' } }, 'Time: "2026-02-30T10:00:00" is not a date and time [item 0]'],
		[{ additionalFields: { propertiesJson: '{"shoes.color": "red"}' } }, 'Properties (JSON): "shoes.color" is a name Cordial drops (digits only, or a dot) [item 0]'],
		[{ additionalFields: { properties: { property: [{ key: '57', value: 'x' }] } } }, 'Properties: "57" is a name Cordial drops (digits only, or a dot) [item 0]'],
		[{ additionalFields: { properties: { property: [{ key: 'a', value: '1' }] }, propertiesJson: '{"a": 2}' } }, 'Properties (JSON): "a" is given twice [item 0]'],
		[{ additionalFields: { propertiesJson: '[1]' } }, 'Properties (JSON): is not a JSON object [item 0]'],
	])('Create refuses %j before any request', async (change, message) => {
		provider.addContact('jane@example.com');
		const result = await run({ resource: 'contactActivity', operation: 'create', action: 'browse', identifierKey: 'email', identifierValue: 'jane@example.com', ...change });
		expect(result.error?.message).toBe(message);
		expect(wire()).toEqual([]);
	});
});
