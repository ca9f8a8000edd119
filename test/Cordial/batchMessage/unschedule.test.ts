import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Unschedule', () => {
	const { provider, wire, action, batchMessageIn } = cordialSandbox();

	it('returns a scheduled message to draft, by a PUT without a body', async () => {
		const id = await batchMessageIn('scheduled');
		expect((await action('unschedule', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('draft');
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}/unschedule`, [], undefined]);
	});

	it('unscheduling a draft is refused', async () => {
		const id = await batchMessageIn('draft');
		const unscheduleDraft = await action('unschedule', id);
		expect(unscheduleDraft.items[0].json.error).toBe(
			'Cordial Unschedule Batch Message failed: A message in status draft is not scheduled (BATCH_MESSAGES_STATUS_ERROR) [item 0]',
		);
	});

	it('a processing message cannot be unscheduled, with the hint to pause or cancel it', async () => {
		const id = await batchMessageIn('processing');
		const unscheduleProcessing = await action('unschedule', id);
		expect(unscheduleProcessing.items[0].json).toMatchObject({
			error: 'Cordial Unschedule Batch Message failed: Unable to unschedule message (BATCH_MESSAGES_CANNOT_UNSCHEDULE_PROCESSING_MESSAGE) [item 0]',
			description: expect.stringContaining('already being sent'),
			httpCode: '422',
		});
	});
});
