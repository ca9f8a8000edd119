import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { MappProvider } from '../../../sandbox/providers/mapp';
import { runWorkflow } from '../../harness/engine';
import { REST } from '../helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

const FILE = path.resolve(__dirname, '../../../examples/mapp-group-setup-and-membership.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/** The Set node's values, as the item it outputs. */
function setNodeItem(node: ExampleNode): IDataObject {
	const { assignments } = node.parameters.assignments as { assignments: Array<{ name: string; value: string }> };
	return Object.fromEntries(assignments.map(({ name, value }) => [name, value]));
}

/**
 * The Mapp nodes of examples/mapp-group-setup-and-membership.json with their parameters as the file has them, run
 * through the engine against a fresh emulator, after an items node that gives the Set node's item under its name.
 */
describe('Mapp Engage: example "group setup and membership"', () => {
	const provider = new MappProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('creates the group, subscribes the contact to it and reads the membership back', async () => {
		const setNode = example.nodes.find((node) => node.type === 'n8n-nodes-base.set')!;
		const mappNodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.mappEngage');
		const credentials = sandbox.credentials().find((credential) => credential.type === 'mappEngageApi')!.data;
		const run = await runWorkflow({
			credentials: { mappEngageApi: credentials },
			nodes: [
				{ name: setNode.name, type: 'test.items', parameters: { items: JSON.stringify([{ json: setNodeItem(setNode) }]) } },
				...mappNodes.map((node) => ({ ...node, credentials: { mappEngageApi: { id: '1', name: 'Mapp Engage (sandbox)' } } })),
			],
		});
		expect(run.error?.message).toBeUndefined();
		expect(run.output('Create group').map((item) => item.json)).toEqual([
			{ id: '1500', name: 'Spring Offers', description: 'Seasonal offers, created by n8n', email: 'spring-offers@news.example.com' },
		]);
		expect(run.output('Subscribe contact').map((item) => item.json)).toEqual([
			{ subscribed: true, groupId: '1500', email: 'j.mcexample@example.com', subscriptionMode: 'OPT_IN' },
		]);
		expect(run.output('Read membership').map((item) => item.json)).toEqual([
			expect.objectContaining({ contactId: '33457', groupId: '1500', role: 'member', type: 'normal', bounced: 'false' }),
		]);
		expect(sandbox.requests('mapp').map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			[
				'POST',
				`${REST}/group/create`,
				{
					name: 'Spring Offers',
					email: 'spring-offers@news.example.com',
					description: 'Seasonal offers, created by n8n',
					isoCountryCode: 'DE',
					isoLanguageCode: 'de',
					isSuperGroup: 'false',
				},
			],
			['POST', `${REST}/membership/subscribeByEmail`, { email: 'j.mcexample@example.com', groupId: '1500', subscriptionMode: 'OPT_IN' }],
			['GET', `${REST}/membership/getByEmail`, { email: 'j.mcexample@example.com', groupId: '1500' }],
		]);
		expect(provider.groups.get(1500)?.get(33457)).toBe('OPT_IN');
	});
});
