import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readRecordPath, recordIdField, supplementLocator } from './fields';

const properties: INodeProperties[] = [supplementLocator, recordIdField];

export const description = updateDisplayOptions({ show: { resource: ['supplementRecord'], operation: ['delete'] } }, properties);

/** deletesupplementrecord (`DELETE /v2/supplements/{supplement}/records/{id}`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readRecordPath(this, itemIndex);
	await cordialRequest.call(this, { operation: 'Delete Supplement Record', itemIndex, method: 'DELETE', path });
	return { deleted: true };
}
