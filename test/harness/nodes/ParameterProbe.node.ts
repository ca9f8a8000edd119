import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runContext } from '../../../nodes/shared/runContext';

/**
 * Test-only node: for every item, each parameter as n8n's engine resolves it and as the shared run context does,
 * side by side, so that a test can hold the two to the same result.
 */
export class ParameterProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Parameter Probe',
		name: 'parameterProbe',
		group: ['transform'],
		version: 1,
		description: 'Resolves its parameters twice',
		defaults: { name: 'Parameter Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Text', name: 'text', type: 'string', default: '' },
			{ displayName: 'Number', name: 'number', type: 'number', default: 0 },
			{ displayName: 'Flag', name: 'flag', type: 'boolean', default: false },
			{
				displayName: 'Locator',
				name: 'locator',
				type: 'resourceLocator',
				default: { mode: 'id', value: '' },
				modes: [
					{ displayName: 'ID', name: 'id', type: 'string' },
					{
						displayName: 'URL',
						name: 'url',
						type: 'string',
						extractValue: { type: 'regex', regex: 'https://example\\.com/items/(\\w+)' },
					},
				],
			},
			{
				displayName: 'Rows',
				name: 'rows',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				options: [
					{
						displayName: 'Row',
						name: 'row',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const fast = runContext(this);
		// `name` alone, or `name:extract` for a read with { extractValue: true }.
		const names = ['text', 'number', 'flag', 'rows.row', 'text:extract', 'locator:extract'];
		const read = (context: IExecuteFunctions, key: string, itemIndex: number): unknown => {
			const [name, extract] = key.split(':');
			try {
				return { value: context.getNodeParameter(name, itemIndex, null, extract ? { extractValue: true } : undefined) };
			} catch (error) {
				return { error: (error as Error).message };
			}
		};
		return [
			this.getInputData().map((_, itemIndex) => ({
				json: Object.fromEntries(
					names.map((name) => [name, { engine: read(this, name, itemIndex), fast: read(fast, name, itemIndex) }]),
				) as IDataObject,
				pairedItem: { item: itemIndex },
			})),
		];
	}
}
