/**
 * The generated suites attack only what the operation catalogue lists, so the catalogue must list every operation
 * every action node offers: an operation added to a node without a catalogue entry fails here, by name, instead of
 * going unattacked.
 */
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import packageJson from '../../package.json';
import { nodeRegistry, PACKAGE_NAME } from '../harness/engine';
import { catalogues } from './catalogue';

/** The node types of the package that have a Resource picker (the action nodes; triggers have their own suites). */
function actionNodes(): INodeTypeDescription[] {
	return (packageJson.n8n.nodes as string[])
		.map((file) => {
			const className = file.split('/').pop()!.split('.')[0];
			return nodeRegistry().getByNameAndVersion(`${PACKAGE_NAME}.${className.charAt(0).toLowerCase()}${className.slice(1)}`).description;
		})
		.filter((description) => description.properties.some((property) => property.name === 'resource'));
}

const optionValues = (property: INodeProperties): string[] => (property.options as INodePropertyOptions[]).map((option) => String(option.value));

/** `resource › operation` for every operation picker entry of a node. */
function offeredOperations(description: INodeTypeDescription): string[] {
	const resources = optionValues(description.properties.find((property) => property.name === 'resource')!);
	return description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((picker) => {
			const shownFor = (picker.displayOptions?.show?.resource as string[] | undefined) ?? resources;
			return shownFor.flatMap((resource) => optionValues(picker).map((operation) => `${resource} › ${operation}`));
		});
}

function cataloguedOperations(node: string): Set<string> {
	const specs = catalogues.flatMap((catalogue) => catalogue.operations).filter((spec) => spec.node === node);
	return new Set(specs.map((spec) => `${String(spec.parameters.resource)} › ${String(spec.parameters.operation)}`));
}

describe('operation catalogue', () => {
	const nodes = actionNodes();

	it('covers the four action nodes', () => {
		expect(nodes.map((description) => description.name).sort()).toEqual(['birdChannels', 'cordial', 'expertSender', 'mappEngage']);
	});

	it.each(nodes.map((description) => [description.name, description] as const))('lists every operation of %s', (name, description) => {
		const catalogued = cataloguedOperations(name);
		const missing = offeredOperations(description).filter((operation) => !catalogued.has(operation));
		expect(missing).toEqual([]);
	});
});
