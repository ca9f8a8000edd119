import { cordialSandbox, rl } from '../helpers';

const DRAFT = '252:594ac3d2f0c360031181a7f0:ot';

describe('Cordial Batch Message > Send Test', () => {
	const { run, wire, provider, action, batchMessageIn } = cordialSandbox();
	const sendTest = (extra: Record<string, unknown>) =>
		run({ resource: 'batchMessage', operation: 'sendTest', batchMessageId: rl(DRAFT), ...extra }, { continueOnFail: true });

	it('sends a test of a newly created draft to an existing contact', async () => {
		provider.addContact('tester@example.com');
		const id = await batchMessageIn('draft');
		const tested = await action('sendTest', id, { recipientKey: 'email', recipients: 'tester@example.com' });
		expect(tested.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}/sendtest`, [], { email: ['tester@example.com'] }]);
	});

	it('sends the body form of Cordial\'s Batch Messages API page for e-mail addresses, cIDs and custom keys', async () => {
		const a = provider.addContact('a@example.com', 'subscribed', { custID: 'C-1' });
		const b = provider.addContact('b@example.com', 'none', { custID: 'C-2' });
		expect((await sendTest({ recipientKey: 'email', recipients: 'a@example.com, b@example.com' })).items[0].json).toEqual({ success: true });
		expect((await sendTest({ recipientKey: 'cID', recipients: `${a},${b}` })).items[0].json).toEqual({ success: true });
		expect((await sendTest({ recipientKey: 'custom', customKey: 'custID', recipients: 'C-2' })).items[0].json).toEqual({ success: true });
		expect(wire().map(([method, path, , body]) => [method, path, body])).toEqual([
			['PUT', `/v2/batchmessages/${DRAFT}/sendtest`, { email: ['a@example.com', 'b@example.com'] }],
			['PUT', `/v2/batchmessages/${DRAFT}/sendtest`, { cID: [a, b] }],
			['PUT', `/v2/batchmessages/${DRAFT}/sendtest`, { custID: ['C-2'] }],
		]);
		expect(provider.testSends.map((send) => send.key)).toEqual(['email', 'cID', 'custID']);
	});

	it('validates the recipients before any request', async () => {
		expect((await sendTest({ recipientKey: 'email', recipients: ' , ' })).items[0].json.error).toBe('Recipients: is empty [item 0]');
		expect((await sendTest({ recipientKey: 'email', recipients: 'a@example.com, bob' })).items[0].json.error).toBe(
			'Recipients: "bob" is not an e-mail address [item 0]',
		);
		expect((await sendTest({ recipientKey: 'custom', customKey: 'cust id', recipients: 'x' })).items[0].json.error).toBe(
			'Key Name: "cust id" is not a key name [item 0]',
		);
		expect(wire()).toEqual([]);
	});

	it('surfaces an unknown contact', async () => {
		const result = await sendTest({ recipientKey: 'email', recipients: 'ghost@example.com' });
		expect(result.items).toEqual([
			{
				json: {
					error: 'Cordial Send Test Batch Message failed: Contact does not exist (BATCH_MESSAGES_CONTACT_NOT_FOUND) [item 0]',
					description: 'Check the contact identifiers; the contacts must exist in Cordial.',
					httpCode: '422',
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
