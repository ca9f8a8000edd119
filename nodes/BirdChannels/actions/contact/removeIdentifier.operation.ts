import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readContactId, readIdentifier } from '../../helpers/contact';
import { birdRequest, segment } from '../../transport';
import { contactIdField, identifierFields } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['removeIdentifier'] } }, [contactIdField, ...identifierFields]);

/**
 * Bird's "Delete contact identifier": `DELETE /contacts/{contactId}/identifiers` with the identifier `{key, value}`
 * as the JSON body (not in the path), answered 204.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const contactId = readContactId(this, itemIndex);
	const { key, value } = readIdentifier(this, itemIndex);
	await birdRequest.call(this, {
		operation: 'Remove Contact Identifier',
		itemIndex,
		method: 'DELETE',
		path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}/identifiers`,
		body: { json: { key, value } },
		// Not repeated after an ambiguous failure: a repeat would answer 404 and report a removed identifier as missing.
	});
	return { deleted: true };
}
