import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { eventDetailSendouts } from '../../../sandbox/providers/mapp/messages';
import { runWorkflow } from '../../harness/engine';
import { NODE_TYPE, REST, useMappSandbox, wire } from '../helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

const FILE = path.resolve(__dirname, '../../../examples/mapp-order-confirmation-event-details.json');
const example = JSON.parse(readFileSync(FILE, 'utf8')) as { nodes: ExampleNode[] };

/** The Set node's assignments as the item it outputs (its `array` field parsed, as n8n's Set node does). */
function setNodeItem(node: ExampleNode): IDataObject {
	const assignments = (node.parameters.assignments as { assignments: Array<{ name: string; value: string; type: string }> }).assignments;
	return Object.fromEntries(assignments.map(({ name, value, type }) => [name, type === 'array' ? (JSON.parse(value) as IDataObject[]) : value]));
}

/**
 * The Mapp nodes of examples/mapp-order-confirmation-event-details.json with their parameters as the file has them,
 * run through the engine against the emulator; the Set node's item is given by the harness under the same name.
 */
describe('Mapp Engage: example "order confirmation with event details"', () => {
	const { sandbox, provider, credentials } = useMappSandbox();

	it('creates the new customer, sends the confirmation with the order lines, then notes the order on the profile', async () => {
		const order = example.nodes.find((node) => node.name === 'New shop order')!;
		const mappNodes = example.nodes.filter((node) => node.type === NODE_TYPE);
		const run = await runWorkflow({
			credentials: { mappEngageApi: credentials().mappEngageApi as ICredentialDataDecryptedObject },
			nodes: [
				{ name: 'New shop order', type: 'test.items', parameters: { items: JSON.stringify([{ json: setNodeItem(order) }]) } },
				...mappNodes.map((node) => ({ ...node, credentials: { mappEngageApi: { id: '1', name: 'Mapp Engage (sandbox)' } } })),
			],
		});
		expect(run.error?.message).toBeUndefined();
		expect(sandbox.requests('mapp').map(wire).map((request) => request.path)).toEqual([
			`${REST}/contact/get`,
			`${REST}/contact/create`,
			`${REST}/message/sendTransactionalWithEventDetails`,
			`${REST}/user/updateProfile`,
			`${REST}/contact/get`,
		]);
		const send = wire(sandbox.requests('mapp')[2]);
		expect(send.query).toEqual({ messageId: '23541', recipientId: '40000', externalTransactionFormula: 'SHOP-2024-0042' });
		expect(send.body).toEqual({
			parameters: [
				{ name: 'OrderNo', value: 'SHOP-2024-0042' },
				{ name: 'Total', value: '527.30' },
			],
			eventDetailsProcessing: { groupBy: 'brandName', groupLabel: 'brandName', valueField: 'productName' },
			eventDetails: [
				{ itemDetails: [{ name: 'productName', value: 'Chair C1' }, { name: 'brandName', value: 'Nordwood' }, { name: 'quantity', value: '2' }, { name: 'price', value: '49.9' }] },
				{ itemDetails: [{ name: 'productName', value: 'Sofa S1' }, { name: 'brandName', value: 'Nordwood' }, { name: 'quantity', value: '1' }, { name: 'price', value: '399' }] },
				{ itemDetails: [{ name: 'productName', value: 'Lamp L3' }, { name: 'brandName', value: 'Lumo' }, { name: 'quantity', value: '1' }, { name: 'price', value: '29.5' }] },
			],
		});
		expect(run.output('Send order confirmation')[0].json).toMatchObject({ sent: true, contactId: '40000', contactCreated: true });
		expect(run.output('Note the order on the profile')[0].json).toMatchObject({
			contactId: '40000',
			emailAddress: 'maria.nowak@example.com',
			attributes: [
				{ name: 'FirstName', value: 'Maria' },
				{ name: 'user.CustomAttribute.LastOrderNo', value: 'SHOP-2024-0042' },
			],
		});
		expect(eventDetailSendouts(provider)).toHaveLength(1);
	});
});
