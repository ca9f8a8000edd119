import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

interface ItemSpec {
	json: IDataObject;
	/** Binary properties to create through n8n's own helper, from base64 or text. */
	binary?: Record<string, { base64?: string; text?: string; fileName?: string; mimeType?: string }>;
}

/** Test-only source node: emits the items given as JSON, creating real binary data through `prepareBinaryData`. */
export class TestItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Items',
		name: 'items',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Test Items' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | ItemSpec[];
		const specs = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ItemSpec[];
		const items: INodeExecutionData[] = [];
		for (const spec of specs) {
			const item: INodeExecutionData = { json: spec.json ?? {} };
			if (spec.binary) {
				item.binary = {};
				for (const [name, file] of Object.entries(spec.binary)) {
					const data = file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : Buffer.from(file.text ?? '');
					item.binary[name] = await this.helpers.prepareBinaryData(data, file.fileName, file.mimeType);
				}
			}
			items.push(item);
		}
		return [items];
	}
}
