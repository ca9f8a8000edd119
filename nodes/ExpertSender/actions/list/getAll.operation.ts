import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { fetchLists } from '../../transport/lists';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty('options', [
		{
			displayName: 'Seed Lists',
			name: 'seedLists',
			type: 'boolean',
			default: false,
			description: 'Whether to return the seed lists instead of the subscriber lists',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as unknown);
	if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of lists`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const lists = await fetchLists.call(this, { itemIndex, seedLists: options.seedLists === true });
	// ExpertSender returns every list in one answer; the limit is applied here.
	return limit === undefined ? lists : lists.slice(0, limit);
}
