import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Send', () => {
	const { provider, sandbox, wire, action, batchMessageIn } = cordialSandbox();

	it('schedules a draft that has a schedule, by a PUT without a body', async () => {
		const id = await batchMessageIn('draft');
		expect((await action('send', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('scheduled');
		// The ID's colons stay as they are in the path, as in the examples of Cordial's Batch Messages API page.
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}/send`, [], undefined]);
		expect(sandbox.requests('cordial').at(-1)?.headers['content-type']).toBeUndefined();
	});

	it('a processing message cannot be sent again', async () => {
		const id = await batchMessageIn('scheduled');
		provider.progress(id);
		expect(provider.batchMessages.get(id)?.status).toBe('processing');
		const sendAgain = await action('send', id);
		expect(sendAgain.items[0].json.error).toContain('(BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_SCHEDULED)');
	});

	it('sends a draft without schedule to pending, then processing and sent, after which it cannot be sent again', async () => {
		const id = await batchMessageIn('pending');
		expect(provider.batchMessages.get(id)?.status).toBe('pending');
		provider.progress(id);
		provider.progress(id);
		expect(provider.batchMessages.get(id)?.status).toBe('sent');
		const sendSent = await action('send', id);
		expect(sendSent.items[0].json.error).toContain('Batch messages cannot update status to pending. (BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_PENDING)');
	});
});
