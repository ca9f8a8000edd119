import type { IExecuteFunctions, IDataObject, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { simplifyContact } from '../../helpers/simplify';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll } from '../../transport';
import { pagingOptions } from '../fields';
import { contactSimplifyField } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	contactSimplifyField,
	collectionProperty('options', pagingOptions),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Many Contacts', itemIndex, path: '/contacts' }, settings);
	const contacts = this.getNodeParameter('simplify', itemIndex, false) ? results.map(simplifyContact) : results;
	return birdListOutput(settings, contacts, nextPageToken);
}
