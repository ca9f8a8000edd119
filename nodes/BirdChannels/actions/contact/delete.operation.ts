import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readContactId } from '../../helpers/contact';
import { birdRequest, segment } from '../../transport';
import { contactIdField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['delete'] } }, [contactIdField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = readContactId(this, itemIndex);
	await birdRequest.call(this, {
		operation: 'Delete Contact',
		itemIndex,
		method: 'DELETE',
		path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}`,
		// Not repeated after an ambiguous failure: a repeat would answer 404 and report a deleted contact as missing.
	});
	return { deleted: true };
}
