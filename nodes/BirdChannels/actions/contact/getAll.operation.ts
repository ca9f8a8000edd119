import type { IExecuteFunctions, IDataObject } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { readLimit } from '../../helpers/limit';
import { birdListAll } from '../../transport';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, returnAllOrLimit());

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit(this, itemIndex);
	return await birdListAll.call(this, { operation: 'Get Many Contacts', itemIndex, path: '/contacts' }, limit);
}
