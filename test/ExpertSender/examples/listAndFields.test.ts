import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { ExpertSenderProvider } from '../../../sandbox/providers/expertsender';
import { runWorkflow } from '../../harness/engine';
import { at, wireRequest } from '../helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	executeOnce?: boolean;
}

const FILE = path.resolve(__dirname, '../../../examples/expertsender-list-and-fields.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/** What the example's Set node gives: its assignments as one item, under the Set node's name. */
function setNodeAsItems() {
	const set = example.nodes.find((node) => node.type === 'n8n-nodes-base.set')!;
	const assignments = at<Array<{ name: string; value: string }>>(set.parameters, 'assignments.assignments');
	const json = Object.fromEntries(assignments.map((assignment) => [assignment.name, assignment.value]));
	return { name: set.name, type: 'test.items', parameters: { items: JSON.stringify([{ json }]) } };
}

/**
 * The ExpertSender nodes of examples/expertsender-list-and-fields.json with their parameters as the file has them,
 * run through the engine against the emulator (the trigger and the Set node become the item the Set node gives);
 * `npm run demo` and the e2e suite run the whole file in a real n8n.
 */
describe('ExpertSender: example "list and fields"', () => {
	const provider = new ExpertSenderProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('creates the list, finds the points field and adds the subscriber to the new list with points typed as xs:int', async () => {
		const nodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.expertSender');
		const credentials = sandbox.credentials().find((credential) => credential.type === 'expertSenderApi')!.data;
		const run = await runWorkflow({
			credentials: { expertSenderApi: credentials },
			nodes: [setNodeAsItems(), ...nodes.map((node) => ({ ...node, credentials: { expertSenderApi: { id: '1', name: 'ExpertSender (sandbox)' } } }))],
		});
		expect(run.error?.message).toBeUndefined();
		expect(run.output('Create the spring list').map((item) => item.json)).toEqual([
			{ Id: 8, Name: 'Spring offers 2026', FriendlyName: 'Spring offers', Language: 'en-US', OptInMode: 'SingleOptIn' },
		]);
		expect(run.output('Custom fields')).toHaveLength(6);
		const added = run.output('Add the subscriber with points').map((item) => item.json);
		expect(added).toEqual([{ Email: 'spring.fan@example.com', Id: expect.any(Number), WasAdded: true, WasIgnored: false }]);
		const log = sandbox.requests('expertsender');
		expect(log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
			'POST /v2/Api/Lists',
			'GET /v2/Api/Lists',
			'GET /v2/Api/Fields',
			'GET /v2/Api/Fields',
			'POST /v2/Api/Subscribers',
		]);
		expect(at(wireRequest(log[4]), 'ApiRequest.MultiData.Subscriber')).toEqual({
			Mode: 'AddAndUpdate',
			ListId: '8',
			MatchingMode: 'Email',
			Email: 'spring.fan@example.com',
			Properties: { Property: { Id: '1', Value: { '@xsi:type': 'xs:int', '#text': '120' } } },
		});
		const subscriber = provider.findByEmail('spring.fan@example.com')!;
		expect([subscriber.lists.get(8)?.status, subscriber.properties.get(1)]).toEqual(['Active', '120']);
	});
});
