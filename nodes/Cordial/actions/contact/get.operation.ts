import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readContactPath } from '../../helpers/contact';
import { contactIdentifierFields } from './fields';

const properties: INodeProperties[] = [...contactIdentifierFields];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	return await cordialRequest.call(this, { operation: 'Get Contact', itemIndex, method: 'GET', path });
}
