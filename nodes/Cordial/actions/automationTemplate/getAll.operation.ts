import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, readPaging } from '../../helpers/paging';
import { splitList } from '../../helpers/values';
import { pagingOptions } from '../fields';
import { simplifyField, simplifyTemplate } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	simplifyField,
	collectionProperty('filters', [
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			placeholder: 'e.g. orders, promo',
			description: 'Comma-separated message tags; only templates with one of them',
		},
	]),
	collectionProperty('options', pagingOptions),
];

export const description = updateDisplayOptions({ show: { resource: ['automationTemplate'], operation: ['getAll'] } }, properties);

/** getTemplates (`GET /v2/automationtemplates`: tags, page, per_page). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const tags = splitList(filters.tags);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) === true;
	return await cordialPagedList(this, 'Get Many Automation Templates', itemIndex, paging, async (page, perPage) => {
		const templates = await cordialList.call(this, {
			operation: 'Get Many Automation Templates',
			itemIndex,
			method: 'GET',
			path: `/automationtemplates${queryString([['tags', tags.length ? tags.join(',') : undefined], ['page', page], ['per_page', perPage]])}`,
		});
		return simplify ? templates.map(simplifyTemplate) : templates;
	});
}
