import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readRecordPath, recordIdField, supplementLocator } from './fields';

const properties: INodeProperties[] = [supplementLocator, recordIdField];

export const description = updateDisplayOptions({ show: { resource: ['supplementRecord'], operation: ['get'] } }, properties);

/** getsupplementrecord (`GET /v2/supplements/{supplement}/records/{id}`): the record's fields with ct and lm. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readRecordPath(this, itemIndex);
	return await cordialRequest.call(this, { operation: 'Get Supplement Record', itemIndex, method: 'GET', path });
}
