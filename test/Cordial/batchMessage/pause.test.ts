import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Pause', () => {
	const { provider, wire, action, batchMessageIn } = cordialSandbox();

	it('pauses a processing message, by a PUT without a body', async () => {
		const id = await batchMessageIn('processing');
		expect((await action('pause', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('paused');
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}/pause`, [], undefined]);
	});

	it('a sent message cannot be paused', async () => {
		const id = await batchMessageIn('sent');
		const pauseSent = await action('pause', id);
		expect(pauseSent.items[0].json.error).toContain('(BATCH_MESSAGES_STATUS_ERROR)');
	});
});
