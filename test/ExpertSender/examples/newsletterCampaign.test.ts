import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { createdNewsletters } from '../../../sandbox/providers/expertsender/newsletters';
import { runWorkflow } from '../../harness/engine';
import { at, wireRequest } from '../helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

const FILE = path.resolve(__dirname, '../../../examples/expertsender-newsletter-campaign.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/** What the example's Set node gives: its assignments as one item. */
function campaignItem(): IDataObject {
	const set = example.nodes.find((node) => node.type === 'n8n-nodes-base.set')!;
	const assignments = at<Array<{ name: string; value: string }>>(set.parameters, 'assignments.assignments');
	return Object.fromEntries(assignments.map((assignment) => [assignment.name, assignment.value]));
}

/**
 * The ExpertSender nodes of examples/expertsender-newsletter-campaign.json with their parameters as the file has them,
 * run through the engine against the emulator (the trigger and the Set node become the item the Set node gives);
 * `npm run demo` and the e2e suite run the whole file in a real n8n.
 */
describe('ExpertSender: example "newsletter campaign"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('creates and sends the newsletter to the list, then reads it back with its content', async () => {
		const nodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.expertSender');
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		const run = await runWorkflow({
			credentials: { expertSenderApi: credentials },
			nodes: [
				{ name: 'Campaign', type: 'test.items', parameters: { items: JSON.stringify([{ json: campaignItem() }]) } },
				...nodes.map((node) => ({ ...node, credentials: { expertSenderApi: { id: '1', name: 'ExpertSender (sandbox)' } } })),
			],
		});
		expect(run.error?.message).toBeUndefined();
		expect(run.output('Create and send the newsletter').map((item) => item.json)).toEqual([{ success: true, newsletterId: 1001 }]);
		const [create, read] = sandbox.requests('expertsender');
		expect([create.method, create.path, read.method, read.path, read.query.fullDetails]).toEqual(['POST', '/v2/Api/Newsletters', 'GET', '/v2/Api/Messages/1001', 'true']);
		expect(at(wireRequest(create), 'ApiRequest.Data.Recipients')).toEqual({ SubscriberLists: { SubscriberList: '1' } });
		expect(at(wireRequest(create), 'ApiRequest.Data.DeliverySettings')).toEqual({ ThrottlingMethod: 'Auto' });
		expect(create.body).toContain('<Html><![CDATA[<h1>January deals</h1>');
		expect(createdNewsletters(provider)).toHaveLength(1);
		expect(run.output('Read the newsletter back').map((item) => item.json)).toEqual([
			{
				Id: 1001,
				Subject: 'Our January deals',
				Type: 'Newsletter',
				Status: 'InProgress',
				SentDate: '2026-01-15T10:00:00',
				FromName: 'Acme Shop',
				FromEmail: 'news@acme.example',
				Tags: ['deals', 'january'],
				Lists: [{ Id: 1, Name: 'Newsletter' }],
				Segments: [],
				ReplyToName: 'Acme Support',
				ReplyToEmail: 'support@acme.example',
				Html: String(campaignItem().html),
				Plain: String(campaignItem().plain),
			},
		]);
	});
});
