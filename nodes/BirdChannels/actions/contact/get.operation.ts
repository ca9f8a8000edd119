import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { birdRequest, segment } from '../../transport';
import { contactIdField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, [contactIdField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = requiredString(this, 'contactId', itemIndex, 'Contact ID');
	const response = await birdRequest.call(this, {
		operation: 'Get Contact',
		itemIndex,
		method: 'GET',
		path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}`,
	});
	return response.body;
}
