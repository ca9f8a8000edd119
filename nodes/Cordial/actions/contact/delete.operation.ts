import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { contactIdentifierFields, contactPath } from '../common';

const properties: INodeProperties[] = [...contactIdentifierFields];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = contactPath(this, itemIndex);
	await cordialRequest.call(this, { operation: 'Delete Contact', itemIndex, method: 'DELETE', path });
	return { deleted: true };
}
