import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readContactId } from '../../helpers/contact';
import { simplifyContact } from '../../helpers/simplify';
import { birdRequest, segment } from '../../transport';
import { contactIdField, contactSimplifyField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, [contactIdField, contactSimplifyField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = readContactId(this, itemIndex);
	const response = await birdRequest.call(this, {
		operation: 'Get Contact',
		itemIndex,
		method: 'GET',
		path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}`,
	});
	return this.getNodeParameter('simplify', itemIndex, false) ? simplifyContact(response.body) : response.body;
}
