import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { cordialRequest } from '../../transport';
import { readContactPath } from '../../helpers/contact';
import { simplifyContact } from '../../helpers/simplify';
import { contactIdentifierFields, simplifyField } from './fields';

const properties: INodeProperties[] = [...contactIdentifierFields, simplifyField];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readContactPath(this, itemIndex);
	const contact = await cordialRequest.call(this, { operation: 'Get Contact', itemIndex, method: 'GET', path });
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyContact(contact) : contact;
}
