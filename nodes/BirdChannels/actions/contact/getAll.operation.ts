import type { IExecuteFunctions, IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { birdListOutput, pagingOptions, readPaging } from '../../helpers/limit';
import { birdListAll } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: pagingOptions,
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Many Contacts', itemIndex, path: '/contacts' }, settings);
	return birdListOutput(settings, results, nextPageToken);
}
