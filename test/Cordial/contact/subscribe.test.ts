import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Subscribe', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Subscribe by e-mail sends channels.email.subscribeStatus "subscribed" (Swagger ContactCPost, the research notes\' body)', async () => {
		const cID = provider.addContact('jane@example.com', 'none');
		const result = await run({ resource: 'contact', operation: 'subscribe', channel: 'email', email: 'jane@example.com' });
		expect(result.items).toEqual([{ json: { success: true, message: 'contact updated', cID }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([['POST', '/v2/contacts', [], { channels: { email: { address: 'jane@example.com', subscribeStatus: 'subscribed' } } }]]);
		expect(provider.contacts.get(cID)!.channels.email.subscribeStatus).toBe('subscribed');
	});

	it('Subscribe by SMS finds the contact by channels.sms.address; an unsubscribed one needs Force Subscribe', async () => {
		const cID = provider.addContact('sam@example.com', 'none');
		provider.contacts.get(cID)!.channels.sms = { address: '15555551234', subscribeStatus: 'unsubscribed' };
		const refused = await run({ resource: 'contact', operation: 'subscribe', channel: 'sms', address: '15555551234' }, { continueOnFail: true });
		expect(refused.items[0].json.error).toBe(
			'Cordial Subscribe Contact failed: channels.sms.subscribeStatus: Contact is unsubscribed: use forceSubscribe to subscribe it again (GENERIC_ERROR_KEY) [item 0]',
		);
		const forced = await run({ resource: 'contact', operation: 'subscribe', channel: 'sms', address: '15555551234', options: { forceSubscribe: true } });
		expect(forced.items[0].json).toEqual({ success: true, message: 'contact updated', cID });
		expect(wire()[1]).toEqual([
			'POST',
			'/v2/contacts',
			[],
			{ channels: { sms: { address: '15555551234', subscribeStatus: 'subscribed' } }, forceSubscribe: true, identifyBy: ['channels.sms.address'] },
		]);
		expect(provider.contacts.get(cID)!.channels.sms.subscribeStatus).toBe('subscribed');
	});

	it('Subscribe refuses a bad address before any request', async () => {
		const email = await run({ resource: 'contact', operation: 'subscribe', channel: 'email', email: 'jane' });
		expect(email.error?.message).toBe('Email: "jane" is not an e-mail address [item 0]');
		const empty = await run({ resource: 'contact', operation: 'subscribe', channel: 'sms', address: ' ' });
		expect(empty.error?.message).toBe('Address: is empty [item 0]');
		const identify = await run({ resource: 'contact', operation: 'subscribe', channel: 'email', email: 'a@example.com', options: { identifyBy: 'e mail' } });
		expect(identify.error?.message).toBe('Identify By: "e mail" is not a key name [item 0]');
		expect(wire()).toEqual([]);
	});
});
