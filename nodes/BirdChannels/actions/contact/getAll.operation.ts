import type { IExecuteFunctions, IDataObject } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { birdListAll } from '../../transport';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, returnAllOrLimit());

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
	return await birdListAll.call(this, { operation: 'Get Many Contacts', itemIndex, path: '/contacts' }, limit);
}
