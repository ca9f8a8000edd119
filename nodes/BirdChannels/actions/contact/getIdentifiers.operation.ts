import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { readContactId } from '../../helpers/contact';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll, segment } from '../../transport';
import { pagingOptions } from '../fields';
import { contactIdField } from './fields';

// No Simplify: an identifier is already small (`{contactId, key, value, properties, createdAt}`).
const properties: INodeProperties[] = [contactIdField, ...returnAllOrLimit(), collectionProperty('options', pagingOptions)];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getIdentifiers'] } }, properties);

/** Bird's "List contact identifiers": `GET /contacts/{contactId}/identifiers`, paged like every list. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const contactId = readContactId(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(
		this,
		{ operation: 'Get Contact Identifiers', itemIndex, path: `/contacts/${segment(this, itemIndex, 'Contact ID', contactId)}/identifiers` },
		settings,
	);
	return birdListOutput(settings, results, nextPageToken);
}
