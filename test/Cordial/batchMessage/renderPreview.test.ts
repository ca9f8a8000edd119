import { cordialSandbox, rl } from '../helpers';

const DRAFT = '252:594ac3d2f0c360031181a7f0:ot';

describe('Cordial Batch Message > Render Preview', () => {
	const { run, wire, provider, sandbox } = cordialSandbox();

	it('renders the draft for a contact with an experiment variant', async () => {
		const cID = provider.addContact('jane@example.com', 'subscribed', { first_name: 'Jane' });
		const result = await run({
			resource: 'batchMessage',
			operation: 'renderPreview',
			batchMessageId: rl(DRAFT, 'list'),
			contactId: cID,
			experiments: { experiment: [{ experiment: 'SubjectTest', variant: 'Test1' }] },
		});
		expect(result.items).toEqual([
			{
				json: {
					headers: { subject: 'Hello Jane [Test1]', fromEmail: 'news@myco.io', fromDesc: 'MyCo', replyEmail: 'reply@myco.io' },
					content: { 'text/html': '<div>Hi Jane</div>' },
					experiments: { SubjectTest: ['Test1', 'Test2'] },
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(wire()).toEqual([
			['GET', `/v2/batchmessages/${DRAFT}/renderedwip/${cID}`, [['experiment', 'SubjectTest'], ['variant', 'Test1']], undefined],
		]);
	});

	it('renders two experiments, each experiment followed by its variant (the form of Cordial\'s Batch Messages API page)', async () => {
		const cID = provider.addContact('jane@example.com', 'subscribed', { first_name: 'Jane' });
		provider.batchMessages.get(DRAFT)!.experiments = { SubjectTest: ['Test1', 'Test2'], 'AB-No-Champ': ['A', 'B'] };
		const result = await run({
			resource: 'batchMessage',
			operation: 'renderPreview',
			batchMessageId: rl(DRAFT),
			contactId: cID,
			experiments: {
				experiment: [
					{ experiment: 'SubjectTest', variant: 'Test1' },
					{ experiment: 'AB-No-Champ', variant: 'B' },
				],
			},
		});
		expect(result.items[0].json.headers).toMatchObject({ subject: 'Hello Jane [Test1]' });
		expect(sandbox.requests('cordial')[0].query).toEqual({ experiment: ['SubjectTest', 'AB-No-Champ'], variant: ['Test1', 'B'] });
		expect(provider.queries[0]).toEqual([
			['experiment', 'SubjectTest'],
			['variant', 'Test1'],
			['experiment', 'AB-No-Champ'],
			['variant', 'B'],
		]);
	});

	it('renders without experiment (no query string)', async () => {
		const cID = provider.addContact('jane@example.com', 'subscribed', { first_name: 'Jo' });
		const result = await run({ resource: 'batchMessage', operation: 'renderPreview', batchMessageId: rl(DRAFT), contactId: cID });
		expect(result.items[0].json.content).toEqual({ 'text/html': '<div>Hi Jo</div>' });
		expect(wire()[0][2]).toEqual([]);
	});

	it('needs experiment and variant together, and a cID', async () => {
		const half = await run({
			resource: 'batchMessage',
			operation: 'renderPreview',
			batchMessageId: rl(DRAFT),
			contactId: 'abc123',
			experiments: { experiment: [{ experiment: 'SubjectTest', variant: '' }] },
		});
		expect(half.error?.message).toBe('Experiments 1: Variant: is empty [item 0]');
		const notCid = await run({ resource: 'batchMessage', operation: 'renderPreview', batchMessageId: rl(DRAFT), contactId: 'jane@example.com' });
		expect(notCid.error?.message).toBe('Contact ID (cID): "jane@example.com" is not a Cordial contact ID [item 0]');
		expect(wire()).toEqual([]);
	});

	it('surfaces an unknown experiment and an unknown contact', async () => {
		const cID = provider.addContact('jane@example.com');
		const wrong = await run(
			{ resource: 'batchMessage', operation: 'renderPreview', batchMessageId: rl(DRAFT), contactId: cID, experiments: { experiment: [{ experiment: 'Other', variant: 'A' }] } },
			{ continueOnFail: true },
		);
		expect(wrong.items[0].json.error).toBe(
			'Cordial Render Batch Message Preview failed: Incorrect experiment name (EXPERIMENT_VALIDATION_ERROR) [item 0]',
		);
		const unknown = await run(
			{ resource: 'batchMessage', operation: 'renderPreview', batchMessageId: rl(DRAFT), contactId: 'ffff0000' },
			{ continueOnFail: true },
		);
		expect(unknown.items[0].json.error).toBe(
			'Cordial Render Batch Message Preview failed: Contact is not found. (BATCH_MESSAGES_CONTACT_NOT_FOUND) [item 0]',
		);
	});
});
