import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Delete', () => {
	const { run, wire, provider } = cordialSandbox();

	it('Delete answers { deleted: true }', async () => {
		const cID = provider.addContact('jane@example.com');
		const result = await run({ resource: 'contact', operation: 'delete', identifyBy: 'cID', contactKey: cID });
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(wire()).toEqual([['DELETE', `/v2/contacts/${cID}`, [], undefined]]);
		expect(provider.contacts.size).toBe(0);
	});
});
