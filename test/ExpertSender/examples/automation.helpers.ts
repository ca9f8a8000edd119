import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { at } from '../helpers';

export interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	executeOnce?: boolean;
}

/** An example file's ExpertSender nodes, and its Set node as the test item it gives (under the Set node's name). */
export function exampleNodes(file: string) {
	const example = JSON.parse(readFileSync(path.resolve(__dirname, '../../../examples', file), 'utf8')) as { nodes: ExampleNode[] };
	const set = example.nodes.find((node) => node.type === 'n8n-nodes-base.set')!;
	const assignments = at<Array<{ name: string; value: string }>>(set.parameters, 'assignments.assignments');
	const json = Object.fromEntries(assignments.map((assignment) => [assignment.name, assignment.value]));
	const expertSender = example.nodes
		.filter((node) => node.type === 'n8n-nodes-messaging-suite.expertSender')
		.map((node) => ({ ...node, credentials: { expertSenderApi: { id: '1', name: 'ExpertSender (sandbox)' } } }));
	return [{ name: set.name, type: 'test.items', parameters: { items: JSON.stringify([{ json }]) } }, ...expertSender];
}
