import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { CordialProvider } from '../../../sandbox/providers/cordial';
import { runWorkflow } from '../../harness/engine';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	executeOnce?: boolean;
}

const FILE = path.resolve(__dirname, '../../../examples/cordial-attribute-template-send.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/**
 * The Cordial nodes of examples/cordial-attribute-template-send.json with their parameters as the file has them, run
 * through the engine against the emulator (the manual trigger becomes one empty item); `npm run demo` and the e2e
 * suite run the whole file in a real n8n.
 */
describe('Cordial: example "attribute, template, send"', () => {
	const provider = new CordialProvider();
	const sandbox = new Sandbox([provider]);
	beforeAll(async () => await sandbox.start());
	afterAll(async () => await sandbox.stop());

	it('creates the attribute, finds it and the template, and sends the template with the attribute set on the contact', async () => {
		const cordialNodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.cordial');
		const credentials = sandbox.credentials().find((credential) => credential.type === 'cordialApi')!.data;
		const run = await runWorkflow({
			credentials: { cordialApi: credentials },
			nodes: [
				{ name: 'Start', type: 'test.items', parameters: { items: JSON.stringify([{ json: {} }]) } },
				...cordialNodes.map((node) => ({ ...node, credentials: { cordialApi: { id: '1', name: 'Cordial (sandbox)' } } })),
			],
		});
		expect(run.error?.message).toBeUndefined();
		expect(run.output('Attributes of the account').map((item) => item.json.key)).toContain('shoe_size');
		expect(run.output('The order confirmation template')[0].json).toMatchObject({ key: 'order-confirmation', channel: 'email' });
		const send = sandbox.requests('cordial').find((entry) => entry.path.endsWith('/send'))!;
		// Cordial's RecipientsAuto: the contact's key, the attributes beside it, identifyBy naming the key.
		expect(send.path).toBe('/v2/automationtemplates/order-confirmation/send');
		expect(JSON.parse(send.body)).toEqual({
			to: { contact: { email: 'jane.doe@example.com', shoe_size: 39 }, extVars: { orderId: 'A-1001' } },
			identifyBy: ['email'],
		});
		expect(run.output('Send it with the shoe size')[0].json.messagecontacts).toEqual([expect.objectContaining({ accepted: true })]);
	});
});
