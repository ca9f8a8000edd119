import { cordialSandbox } from '../helpers';

const DEFAULT_OPTIONS = {
	email_channels: 'destinationContact',
	sms_channels: 'destinationContact',
	push_channels: 'merge',
	orders: 'merge',
	events: 'merge',
	supplements: 'destinationContact',
	cart: 'lastModified',
	attributes: 'destinationContact',
	lists: 'destinationContact',
};

describe('Cordial Contact > Merge', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Merge sends MergeContacts with every option (Swagger mergecontacts: sourceContact, destinationContact, options) and answers the job', async () => {
		const source = provider.addContact('old@example.com', 'none', { first_name: 'Old', custID: 'C-1' });
		const destination = provider.addContact('new@example.com', 'subscribed', { first_name: 'New' });
		provider.addActivity({ action: 'browse', email: 'old@example.com', cID: source, time: '2026-05-01T10:00:00Z', _id: 'e1' });
		const result = await run({
			resource: 'contact',
			operation: 'merge',
			sourceIdentifyBy: 'secondaryKey',
			sourceSecondaryKey: 'custID',
			sourceContact: 'C-1',
			destinationIdentifyBy: 'cID',
			destinationContact: destination,
			options: { attributes: 'sourceContact' },
		});
		expect(result.items).toEqual([{ json: { jobID: expect.stringMatching(/^6a/), message: 'Contacts merge job has been created' }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([
			['POST', '/v2/contacts/merge', [], { sourceContact: 'custID:C-1', destinationContact: destination, options: { ...DEFAULT_OPTIONS, attributes: 'sourceContact' } }],
		]);
		expect(provider.contacts.has(source)).toBe(false);
		expect(provider.contacts.get(destination)!.attributes).toEqual({ first_name: 'Old', custID: 'C-1' });
		expect(provider.activities[0]).toMatchObject({ cID: destination, email: 'new@example.com' });
	});

	it('Merge of an unknown contact surfaces Cordial\'s message; the same contact twice is refused first', async () => {
		const destination = provider.addContact('new@example.com');
		const missing = await run(
			{ resource: 'contact', operation: 'merge', sourceIdentifyBy: 'primaryKey', sourceContact: 'ghost@example.com', destinationIdentifyBy: 'cID', destinationContact: destination },
			{ continueOnFail: true },
		);
		expect(missing.items[0].json).toMatchObject({ error: "Cordial Merge Contacts failed: Source contact doesn't exist (GENERIC_ERROR_KEY) [item 0]", httpCode: '422' });
		const same = await run({ resource: 'contact', operation: 'merge', sourceIdentifyBy: 'cID', sourceContact: destination, destinationIdentifyBy: 'cID', destinationContact: destination });
		expect(same.error?.message).toBe('Destination Contact: is the source contact [item 0]');
		const badOption = await run({
			resource: 'contact',
			operation: 'merge',
			sourceIdentifyBy: 'primaryKey',
			sourceContact: 'a@example.com',
			destinationIdentifyBy: 'primaryKey',
			destinationContact: 'b@example.com',
			options: { cart: 'newest' },
		});
		expect(badOption.error?.message).toBe('Options › Cart From: "newest" is not one of its options [item 0]');
		expect(wire()).toHaveLength(1);
	});
});
