import { BASIC, cordialSandbox, rl } from '../helpers';

describe('Cordial batch message lifecycle', () => {
	const { provider, run, wire, sandbox } = cordialSandbox();

	const create = {
		resource: 'batchMessage',
		operation: 'create',
		channel: 'email',
		classification: 'promotional',
		subject: 'Buy one ticket',
		fromEmail: 'skiguy@example.com',
		fromDesc: 'Ski Promotions Team',
		replyEmail: 'reply@example.com',
		html: '<div>Hi {$contact.first_name}</div>',
		additionalFields: {
			name: 'promo_01',
			tags: 'promo, winter',
			audienceKey: '30_day_engaged',
			schedule: '2026-07-01T09:00:00+00:00',
			scheduleType: 'contactTZ',
			transportId: '57d098b66c8766fd53ad19d7',
			trackLinks: 'enabled',
			tests: { test: [{ type: '250ok', enabled: true }] },
		},
	};

	const action = (operation: string, id: string, extra: Record<string, unknown> = {}) =>
		run({ resource: 'batchMessage', operation, batchMessageId: rl(id), ...extra }, { continueOnFail: true });

	it('creates, tests, schedules, unschedules, edits, sends, pauses, resumes and cancels, rejecting forbidden moves', async () => {
		provider.addContact('tester@example.com');

		const created = await run(create);
		expect(created.error).toBeUndefined();
		const id = created.items[0].json.id as string;
		expect(id).toMatch(/^252:[0-9a-f]{24}:ot$/);
		expect(created.items).toEqual([{ json: { success: true, bmID: id, id }, pairedItem: { item: 0 } }]);
		expect(provider.batchMessages.get(id)?.status).toBe('draft');

		const tested = await action('sendTest', id, { recipientKey: 'email', recipients: 'tester@example.com' });
		expect(tested.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);

		expect((await action('send', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('scheduled');

		// Editing is for drafts only.
		const editScheduled = await action('update', id, { updateFields: { subject: 'Changed' } });
		expect(editScheduled.items[0].json.error).toBe(
			"Cordial Update Batch Message failed: Can't be changed (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE) [item 0]",
		);

		expect((await action('unschedule', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('draft');

		// Unscheduling a draft is refused.
		const unscheduleDraft = await action('unschedule', id);
		expect(unscheduleDraft.items[0].json.error).toBe(
			'Cordial Unschedule Batch Message failed: A message in status draft is not scheduled (BATCH_MESSAGES_STATUS_ERROR) [item 0]',
		);

		// Back in draft, the message can be edited again.
		const updated = await action('update', id, { updateFields: { subject: 'Buy one, get one half price', tags: 'promo' } });
		expect(updated.items[0].json).toEqual({ success: true });
		expect((provider.batchMessages.get(id)?.message as { headers: { subject: string } }).headers.subject).toBe(
			'Buy one, get one half price',
		);

		expect((await action('send', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('scheduled');
		provider.progress(id);
		expect(provider.batchMessages.get(id)?.status).toBe('processing');

		// Processing messages cannot be unscheduled, nor sent again.
		const unscheduleProcessing = await action('unschedule', id);
		expect(unscheduleProcessing.items[0].json).toMatchObject({
			error: 'Cordial Unschedule Batch Message failed: Unable to unschedule message (BATCH_MESSAGES_CANNOT_UNSCHEDULE_PROCESSING_MESSAGE) [item 0]',
			description: expect.stringContaining('already being sent'),
			httpCode: '422',
		});
		const sendAgain = await action('send', id);
		expect(sendAgain.items[0].json.error).toContain('(BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_SCHEDULED)');

		expect((await action('pause', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('paused');
		expect((await action('resume', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('processing');
		expect((await action('pause', id)).items[0].json).toEqual({ success: true });
		// A paused message may be cancelled.
		expect((await action('cancel', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('cancelled');

		const resumeCancelled = await action('resume', id);
		expect(resumeCancelled.items[0].json.error).toBe(
			"Cordial Resume Batch Message failed: Message canceled and can't be resumed (BATCH_MESSAGES_STATUS_ERROR) [item 0]",
		);
		const cancelAgain = await action('cancel', id);
		expect(cancelAgain.items[0].json.error).toContain('Message already canceled (BATCH_MESSAGES_STATUS_ERROR)');
		const deleteCancelled = await action('delete', id);
		expect(deleteCancelled.items[0].json.error).toContain("It's not allowed to remove this message. (BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED)");

		// The ID's colons stay as they are in the path, as in the seed's examples.
		const encoded = id;
		expect(wire().map(([method, path, query, body]) => [method, path, query, body])).toEqual([
			[
				'POST',
				'/v2/batchmessages',
				[],
				{
					channel: 'email',
					classification: 'promotional',
					name: 'promo_01',
					tags: ['promo', 'winter'],
					'audience-key': '30_day_engaged',
					schedule: '2026-07-01T09:00:00+00:00',
					scheduleType: 'contactTZ',
					transportID: '57d098b66c8766fd53ad19d7',
					trackLinks: 'enabled',
					message: {
						headers: {
							subject: 'Buy one ticket',
							fromEmail: 'skiguy@example.com',
							fromDesc: 'Ski Promotions Team',
							replyEmail: 'reply@example.com',
						},
						content: { 'text/html': '<div>Hi {$contact.first_name}</div>' },
					},
					tests: [{ type: '250ok', enabled: true }],
				},
			],
			['PUT', `/v2/batchmessages/${encoded}/sendtest`, [], { email: ['tester@example.com'] }],
			['PUT', `/v2/batchmessages/${encoded}/send`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}`, [], { message: { headers: { subject: 'Changed' } } }],
			['PUT', `/v2/batchmessages/${encoded}/unschedule`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/unschedule`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}`, [], { tags: ['promo'], message: { headers: { subject: 'Buy one, get one half price' } } }],
			['PUT', `/v2/batchmessages/${encoded}/send`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/unschedule`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/send`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/pause`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/resume`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/pause`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/cancel`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/resume`, [], undefined],
			['PUT', `/v2/batchmessages/${encoded}/cancel`, [], undefined],
			['DELETE', `/v2/batchmessages/${encoded}`, [], undefined],
		]);
		const log = sandbox.requests('cordial');
		expect(log.every((entry) => entry.headers.authorization === BASIC)).toBe(true);
		expect(log[0].headers['content-type']).toBe('application/json');
		expect(log[2].headers['content-type']).toBeUndefined();
	});

	it('sends a draft without schedule to pending, then processing and sent, after which it cannot be edited or deleted', async () => {
		const rest: Record<string, unknown> = { ...create.additionalFields };
		delete rest.schedule;
		delete rest.scheduleType;
		const created = await run({ ...create, additionalFields: rest });
		const id = created.items[0].json.id as string;
		expect((await action('send', id)).items[0].json).toEqual({ success: true });
		expect(provider.batchMessages.get(id)?.status).toBe('pending');
		provider.progress(id);
		provider.progress(id);
		const got = await action('get', id);
		expect(got.items[0].json).toMatchObject({ id, status: 'sent', name: 'promo_01', channel: 'email' });

		const edit = await action('update', id, { updateFields: { name: 'late' } });
		expect(edit.items[0].json.error).toContain("Can't be changed (BATCH_MESSAGES_CANNOT_EDIT_SENT_MESSAGE)");
		const sendSent = await action('send', id);
		expect(sendSent.items[0].json.error).toContain('Batch messages cannot update status to pending. (BATCH_MESSAGES_CANNOT_UPDATE_STATUS_TO_PENDING)');
		const pauseSent = await action('pause', id);
		expect(pauseSent.items[0].json.error).toContain('(BATCH_MESSAGES_STATUS_ERROR)');
		const removed = await action('delete', id);
		expect(removed.items[0].json.error).toContain('(BATCH_MESSAGES_REMOVE_REQUEST_NOT_ALLOWED)');
	});

	it('deletes a draft and answers { deleted: true }; a second delete is RECORD_NOT_FOUND', async () => {
		const created = await run(create);
		const id = created.items[0].json.id as string;
		expect((await action('delete', id)).items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(provider.batchMessages.has(id)).toBe(false);
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
});
