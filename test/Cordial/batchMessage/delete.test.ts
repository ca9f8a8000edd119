import { cordialSandbox, FULL_CREATE } from '../helpers';

describe('Cordial Batch Message > Delete', () => {
	const { provider, run, wire, action, batchMessageIn } = cordialSandbox();

	it('deletes a draft and answers { deleted: true }; a second delete is RECORD_NOT_FOUND', async () => {
		const created = await run(FULL_CREATE);
		const id = created.items[0].json.id as string;
		expect((await action('delete', id)).items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(provider.batchMessages.has(id)).toBe(false);
		expect(wire().at(-1)).toEqual(['DELETE', `/v2/batchmessages/${id}`, [], undefined]);
		const again = await action('delete', id);
		expect(again.items).toEqual([
			{
				json: {
					error: 'Cordial Delete Batch Message failed: Batch Message does not exist (RECORD_NOT_FOUND) [item 0]',
					description: 'Check the identifier; the record does not exist in this Cordial account.',
					httpCode: '404',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('a cancelled message cannot be deleted', async () => {
		const id = await batchMessageIn('cancelled');
		const deleteCancelled = await action('delete', id);
		expect(deleteCancelled.items[0].json.error).toContain("It's not allowed to remove this message. (BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED)");
	});

	it('a sent message cannot be deleted', async () => {
		const id = await batchMessageIn('sent');
		const removed = await action('delete', id);
		expect(removed.items[0].json.error).toContain('(BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED)');
	});
});
