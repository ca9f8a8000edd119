import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, readPaging, readSort } from '../../helpers/paging';
import { listOptionsProperty } from '../fields';
import { simplifyContact } from '../../helpers/simplify';
import { emailField, simplifyField } from './fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty('filters', [
		{
			displayName: 'Audience Key',
			name: 'audienceKey',
			type: 'string',
			default: '',
			placeholder: 'e.g. 30_day_engaged',
			description: 'Only contacts in this saved audience',
		},
		{ ...emailField, description: 'Only the contact with this e-mail address' },
	]),
	simplifyField,
	listOptionsProperty('e.g. lastModified', 'The field to sort by', 'asc'),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const email = String(filters.email ?? '').trim();
	if (email && !isEmail(email)) {
		throw invalidParameter(this, itemIndex, 'Email', `"${email}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
	const { sortBy, sortDir } = readSort(this, itemIndex, options);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return await cordialPagedList(this, 'Get Many Contacts', itemIndex, paging, async (page, perPage) =>
		await cordialList.call(this, {
			operation: 'Get Many Contacts',
			itemIndex,
			method: 'GET',
			path: `/contacts${queryString([
				['email', email],
				['audience-key', String(filters.audienceKey ?? '').trim()],
				['page', page],
				['per_page', perPage],
				['sort_by', sortBy],
				['sort_dir', sortDir],
			])}`,
		}).then((records) => (simplify ? records.map((record) => simplifyContact(record)) : records)),
	);
}
