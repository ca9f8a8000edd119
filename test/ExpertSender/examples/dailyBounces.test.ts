import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { EXPERTSENDER_API_KEY, ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { runWorkflow } from '../../harness/engine';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

const FILE = path.resolve(__dirname, '../../../examples/expertsender-daily-bounces.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/**
 * The ExpertSender nodes of examples/expertsender-daily-bounces.json with their parameters as the file has them, run
 * through the engine against the emulator. The Set node's expression (yesterday) is n8n's; here its item is the day
 * the emulator's bounces are on. `npm run demo` and the e2e suite run the whole file in a real n8n.
 */
describe('ExpertSender: example "daily bounces"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	const run = async () => {
		const set = example.nodes.find((node) => node.type === 'n8n-nodes-base.set')!;
		const nodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.expertSender');
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		return await runWorkflow({
			credentials: { expertSenderApi: credentials },
			nodes: [
				{ name: set.name, type: 'test.items', parameters: { items: JSON.stringify([{ json: { day: '2026-01-14' } }]) } },
				...nodes.map((node) => ({ ...node, credentials: { expertSenderApi: { id: '1', name: 'ExpertSender (sandbox)' } } })),
			],
		});
	};

	it("reads the day's hard bounces and removes each bounced address from the newsletter list", async () => {
		provider.bounceRows.push(
			{ date: '2026-01-14 08:00:00', email: 'patrick@mydomain.com', code: '550 5.1.1 unknown', reason: 'UserUnknown', type: 'Hard', channel: 'Email' },
			{ date: '2026-01-14 09:00:00', email: 'full@example.com', code: '452 4.2.2 mailbox full', reason: 'MailboxFull', type: 'Soft', channel: 'Email' },
			{ date: '2026-01-13 09:00:00', email: 'gone@example.com', code: '550 5.1.1 unknown', reason: 'UserUnknown', type: 'Hard', channel: 'Email' },
		);
		const result = await run();
		expect(result.error?.message).toBeUndefined();
		expect(result.output("Yesterday's hard bounces").map((item) => item.json)).toEqual([
			{ Date: '2026-01-14 08:00:00', Email: 'patrick@mydomain.com', BounceCode: '550 5.1.1 unknown', BounceReason: 'UserUnknown', BounceType: 'Hard' },
		]);
		expect(result.output('Remove from the newsletter').map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/v2/Api/Bounces', { startDate: '2026-01-14', endDate: '2026-01-14', channel: 'Email', bounceType: '1', apiKey: EXPERTSENDER_API_KEY }],
			['DELETE', '/v2/Api/Subscribers', { email: 'patrick@mydomain.com', listId: '1', apiKey: EXPERTSENDER_API_KEY }],
		]);
		expect(provider.findByEmail('patrick@mydomain.com')?.lists.has(1)).toBe(false);
	});

	it('removes nothing on a day without hard bounces (a freshly reset sandbox)', async () => {
		const result = await run();
		expect(result.error?.message).toBeUndefined();
		expect(sandbox.requests('expertsender').map((entry) => entry.path)).toEqual(['/v2/Api/Bounces']);
	});
});
