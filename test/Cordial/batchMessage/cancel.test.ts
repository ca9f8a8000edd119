import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Cancel', () => {
	const { provider, wire, action, batchMessageIn } = cordialSandbox();

	it('a paused message may be cancelled, by a PUT without a body', async () => {
		const id = await batchMessageIn('paused');
		expect(provider.batchMessages.get(id)?.status).toBe('paused');
		expect((await action('cancel', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('cancelled');
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}/cancel`, [], undefined]);
	});

	it('a cancelled message cannot be cancelled again', async () => {
		const id = await batchMessageIn('cancelled');
		const cancelAgain = await action('cancel', id);
		expect(cancelAgain.items[0].json.error).toContain('Message already canceled (BATCH_MESSAGES_STATUS_ERROR)');
	});
});
