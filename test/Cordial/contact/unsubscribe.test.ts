import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Unsubscribe', () => {
	const { run, wire, provider } = cordialSandbox();

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
});
