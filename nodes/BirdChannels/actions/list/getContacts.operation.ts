import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { simplifyContact } from '../../helpers/simplify';
import { listPath } from '../../helpers/list';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll } from '../../transport';
import { pagingOptions } from '../fields';
import { listLocator, reverseOption, simplifyContactsField } from './fields';

const properties: INodeProperties[] = [
	listLocator,
	...returnAllOrLimit(),
	simplifyContactsField,
	collectionProperty('options', [...pagingOptions, reverseOption].sort((a, b) => a.displayName.localeCompare(b.displayName))),
];

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['getContacts'] } }, properties);

/** Bird's "List contacts in a list": `GET /lists/{listId}/contacts` (`limit`, `pageToken`, `reverse`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const path = `${listPath(this, itemIndex)}/contacts`;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const qs = options.reverse === true ? { reverse: true } : {};
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Contacts of List', itemIndex, path, qs }, settings);
	const contacts = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyContact) : results;
	return birdListOutput(settings, contacts, nextPageToken);
}
