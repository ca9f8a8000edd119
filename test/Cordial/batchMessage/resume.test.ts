import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Resume', () => {
	const { provider, wire, action, batchMessageIn } = cordialSandbox();

	it('resumes a paused message to the status it was paused in, by a PUT without a body', async () => {
		const id = await batchMessageIn('paused');
		expect((await action('resume', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('processing');
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}/resume`, [], undefined]);
	});

	it('a cancelled message cannot be resumed', async () => {
		const id = await batchMessageIn('cancelled');
		const resumeCancelled = await action('resume', id);
		expect(resumeCancelled.items[0].json.error).toBe(
			"Cordial Resume Batch Message failed: Message canceled and can't be resumed (BATCH_MESSAGES_STATUS_ERROR) [item 0]",
		);
	});
});
