/**
 * The README's operation table of each node lists exactly the operations the node offers, by the names the editor
 * shows (Resource and Operation pickers): an operation added, renamed or removed without the README fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { nodeRegistry, PACKAGE_NAME } from './harness/engine';

const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

/** `Resource › Operation` for each row of the first table under "### Operations" of the node's "## " section. */
function readmeOperations(section: string): string[] {
	const start = README.indexOf(`\n## ${section}\n`);
	const operations = README.indexOf('\n### Operations\n', start);
	const lines = README.slice(operations).split('\n').slice(2);
	const table = lines.slice(lines.findIndex((line) => line.startsWith('|')));
	const rows = table.slice(0, table.findIndex((line) => !line.startsWith('|'))).slice(2);
	// A row may name several operations of one resource, e.g. "Pause / Resume / Cancel".
	return rows.flatMap((row) => {
		const [resource, names] = row.split('|').slice(1, 3).map((cell) => cell.trim());
		return names.split(' / ').map((name) => `${resource} › ${name}`);
	});
}

function nodeOperations(name: string): string[] {
	const description: INodeTypeDescription = nodeRegistry().getByNameAndVersion(`${PACKAGE_NAME}.${name}`).description;
	const resourceNames = new Map(
		(description.properties.find((property) => property.name === 'resource')!.options as INodePropertyOptions[]).map((option) => [option.value, option.name]),
	);
	return description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((picker) => {
			const resource = resourceNames.get(picker.displayOptions!.show!.resource![0] as string);
			return (picker.options as INodePropertyOptions[]).map((option) => `${resource} › ${option.name}`);
		});
}

describe('README operation tables', () => {
	it.each([
		['Mapp Engage', 'mappEngage'],
		['ExpertSender', 'expertSender'],
		['Bird Channels', 'birdChannels'],
		['Cordial', 'cordial'],
	])('the %s table lists exactly the operations of the node', (section, name) => {
		const offered = nodeOperations(name).sort();
		expect(offered.length).toBeGreaterThan(5);
		expect(readmeOperations(section).sort()).toEqual(offered);
	});
});
