import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { BIRD_LISTS } from '../../../sandbox/providers/bird/lists';
import { runWorkflow } from '../../harness/engine';
import { NODE_TYPE, WS, birdSandbox } from '../helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	executeOnce?: boolean;
}

const example = JSON.parse(readFileSync(path.resolve(__dirname, '../../../examples/bird-list-signup-to-list.json'), 'utf8')) as { nodes: ExampleNode[] };
const PEOPLE = [
	{ email: 'lena.fischer@example.com', firstName: 'Lena', source: 'website' },
	{ email: 'omar.haddad@example.com', firstName: 'Omar', source: 'shop' },
];

/**
 * The Bird nodes of examples/bird-list-signup-to-list.json, with their parameters as the file has them, run through
 * the engine against the emulator; the n8n-nodes-base nodes before them (Set, Split Out) are replaced by the two
 * items they give. The lead runs the whole file in a real n8n.
 */
describe('Bird Channels: example "sign-ups to the Newsletter list"', () => {
	const ctx = birdSandbox();

	it('upserts both people, adds them to the seeded Newsletter list, and lists its contacts once', async () => {
		const signUps = example.nodes.find((node) => node.name === 'Two sign-ups')!;
		for (const person of PEOPLE) expect(JSON.stringify(signUps.parameters)).toContain(person.email);
		const splitOut = example.nodes.find((node) => node.type === 'n8n-nodes-base.splitOut')!;
		const birdNodes = example.nodes.filter((node) => node.type === NODE_TYPE);
		expect(birdNodes.map((node) => `${String(node.parameters.resource)} › ${String(node.parameters.operation)}`)).toEqual(['contact › upsert', 'list › addContacts', 'list › getContacts']);
		const run = await runWorkflow({
			credentials: { birdChannelsApi: ctx.credentials() },
			nodes: [
				{ name: splitOut.name, type: 'test.items', parameters: { items: JSON.stringify(PEOPLE.map((json) => ({ json }))) } },
				...birdNodes.map((node) => ({ ...node, credentials: { birdChannelsApi: { id: '1', name: 'Bird sandbox' } } })),
			],
		});
		expect(run.error).toBeUndefined();
		const contactIds = run.output('Create or update contact').map((item) => item.json.id);
		expect(run.output('Add to Newsletter list').map((item) => item.json)).toEqual([
			{ itemsProcessed: 1, itemsProvided: 1 },
			{ itemsProcessed: 1, itemsProvided: 1 },
		]);
		// Items run at the same time, so the list holds them in the order they arrived.
		const byEmail = (a: unknown[], b: unknown[]) => String(a[1]).localeCompare(String(b[1]));
		expect(run.output('Contacts of the Newsletter list').map((item) => [item.json.id, item.json.computedDisplayName]).sort(byEmail)).toEqual(
			contactIds.map((id, n) => [id, PEOPLE[n].email]).sort(byEmail),
		);
		const newsletter = BIRD_LISTS.newsletter.id;
		expect(ctx.calls().map((call) => `${call.method} ${call.path.replace(WS, '')}`).sort()).toEqual(
			[
				'PATCH /contacts/identifiers/emailaddress/lena.fischer%40example.com',
				'PATCH /contacts/identifiers/emailaddress/omar.haddad%40example.com',
				`POST /lists/${newsletter}/contacts`,
				`POST /lists/${newsletter}/contacts`,
				`GET /lists/${newsletter}/contacts`,
			].sort(),
		);
		const stored = [...ctx.bird.contacts.values()].map((contact) => [contact.attributes, contact.listIds]);
		const byName = (a: unknown[], b: unknown[]) => String((a[0] as IDataObject).firstName).localeCompare(String((b[0] as IDataObject).firstName));
		expect(stored.sort(byName)).toEqual(PEOPLE.map((person) => [{ firstName: person.firstName, signupSource: person.source }, [newsletter]]));
	});
});
