import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readContactPath } from '../../helpers/contact';
import { contactIdentifierFields } from './fields';

const properties: INodeProperties[] = [...contactIdentifierFields];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	await cordialRequest.call(this, { operation: 'Delete Contact', itemIndex, method: 'DELETE', path });
	return { deleted: true };
}
