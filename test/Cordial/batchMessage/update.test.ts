import { cordialSandbox } from '../helpers';

describe('Cordial Batch Message > Update', () => {
	const { provider, wire, action, batchMessageIn } = cordialSandbox();

	it('a scheduled message cannot be edited: editing is for drafts only', async () => {
		const id = await batchMessageIn('scheduled');
		const editScheduled = await action('update', id, { updateFields: { subject: 'Changed' } });
		expect(editScheduled.items[0].json.error).toBe(
			"Cordial Update Batch Message failed: Can't be changed (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE) [item 0]",
		);
		expect(wire().at(-1)).toEqual(['PUT', `/v2/batchmessages/${id}`, [], { message: { headers: { subject: 'Changed' } } }]);
	});

	it('a draft is changed by a PUT of only the fields given', async () => {
		const id = await batchMessageIn('draft');
		const updated = await action('update', id, { updateFields: { subject: 'Buy one, get one half price', tags: 'promo' } });
		expect(updated.items[0].json).toEqual({ success: true });
		expect((provider.batchMessages.get(id)?.message as { headers: { subject: string } }).headers.subject).toBe(
			'Buy one, get one half price',
		);
		expect(wire().at(-1)).toEqual([
			'PUT',
			`/v2/batchmessages/${id}`,
			[],
			{ tags: ['promo'], message: { headers: { subject: 'Buy one, get one half price' } } },
		]);
	});

	it('a sent message cannot be edited', async () => {
		const id = await batchMessageIn('sent');
		const edit = await action('update', id, { updateFields: { name: 'late' } });
		expect(edit.items[0].json.error).toContain("Can't be changed (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE)");
	});
});
