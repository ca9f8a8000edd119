import { cordialSandbox } from '../helpers';

describe('Cordial Contact > Update', () => {
	const { run, wire, provider, sandbox } = cordialSandbox();

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
});
