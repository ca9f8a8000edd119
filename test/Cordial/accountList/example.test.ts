import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine';
import { cordialSandbox } from '../helpers';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

const example = JSON.parse(readFileSync(path.resolve(__dirname, '../../../examples/cordial-list-and-supplement-sync.json'), 'utf8')) as { nodes: ExampleNode[] };

/**
 * The Cordial nodes of examples/cordial-list-and-supplement-sync.json, with their parameters as the file has them,
 * run through the engine against the emulator (the manual trigger replaced by one empty item). The lead runs the
 * whole file in a real n8n.
 */
describe('Cordial: example "list and supplement sync"', () => {
	const { state, wire } = cordialSandbox();

	it('creates the list, stores the record naming it, and counts the new list', async () => {
		const cordialNodes = example.nodes.filter((node) => node.type === 'n8n-nodes-messaging-suite.cordial');
		expect(cordialNodes.map((node) => `${String(node.parameters.resource)} › ${String(node.parameters.operation)}`)).toEqual([
			'accountList › create',
			'supplementRecord › upsert',
			'accountList › count',
		]);
		const run = await runWorkflow({
			credentials: { cordialApi: state.credentials.cordialApi },
			nodes: [
				{ name: 'Start', type: 'test.items', parameters: { items: JSON.stringify([{ json: {} }]) } },
				...cordialNodes.map((node) => ({ ...node, credentials: { cordialApi: { id: '1', name: 'Cordial' } } })),
			],
		});
		expect(run.error).toBeUndefined();
		expect(run.output("Count the list's contacts").map((item) => item.json)).toEqual([{ id: 103, name: 'spring-buyers', enhanced: true, count: 0 }]);
		expect(wire()).toEqual([
			['POST', '/v2/accountlists', [], { name: 'spring-buyers', enhanced: true }],
			['POST', '/v2/supplements/cars/records', [], { id: 'A-1042', make: 'Jeep', model: 'Liberty', year: '2007', buyerList: 103 }],
			['GET', '/v2/accountlists/103/count', [], undefined],
		]);
	});
});
