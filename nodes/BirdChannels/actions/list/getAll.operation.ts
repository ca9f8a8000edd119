import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { simplifyList } from '../../helpers/simplify';
import { birdListOutput, readPaging } from '../../helpers/paging';
import { birdListAll } from '../../transport';
import { pagingOptions } from '../fields';
import { simplifyListField } from './fields';

const properties: INodeProperties[] = [...returnAllOrLimit(), simplifyListField, collectionProperty('options', pagingOptions)];

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['getAll'] } }, properties);

/**
 * Bird's "List lists": `GET /lists`. The page documents no query parameters; the node pages it as every Bird list
 * ("Pagination": `limit`, `pageToken`, `nextPageToken`), which reads a one-page answer just as well.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const settings = readPaging(this, itemIndex, options);
	const { results, nextPageToken } = await birdListAll.call(this, { operation: 'Get Many Lists', itemIndex, path: '/lists' }, settings);
	const lists = this.getNodeParameter('simplify', itemIndex, true) ? results.map(simplifyList) : results;
	return birdListOutput(settings, lists, nextPageToken);
}
