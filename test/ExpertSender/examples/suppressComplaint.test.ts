import { Sandbox } from '../../../sandbox/framework';
import { EXPERTSENDER_API_KEY, ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { suppressionLists } from '../../../sandbox/providers/expertsender/suppressionLists';
import { runWorkflow } from '../../harness/engine';
import { exampleNodes } from './automation.helpers';

/** The ExpertSender node of examples/expertsender-suppress-complaint.json, run through the engine against the emulator. */
describe('ExpertSender: example "suppress complaint"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('adds the address to suppression list 1 ("clients")', async () => {
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		const run = await runWorkflow({ credentials: { expertSenderApi: credentials }, nodes: exampleNodes('expertsender-suppress-complaint.json') });
		expect(run.error?.message).toBeUndefined();
		expect(run.output('Suppress the address').map((item) => item.json)).toEqual([
			{ added: true, suppressionListId: 1, entry: 'angry.customer@example.com', entryType: 'email' },
		]);
		expect(sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['POST', '/v2/Api/SuppressionLists/1', { apiKey: EXPERTSENDER_API_KEY, entry: 'angry.customer@example.com' }],
		]);
		expect(suppressionLists(provider)[0].entries).toEqual(['blocked@example.com', 'angry.customer@example.com']);
	});
});
