import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, readPaging, readSort } from '../../helpers/paging';
import { readDateTime, simplifyOrder } from '../../helpers/order';
import { CONTACT_ID } from '../../helpers/values';
import { listOptionsProperty } from '../fields';
import { simplifyField } from './fields';

/** getorders' purchaseDate ranges (Cordial's API v2 Swagger), in its order. */
const RANGES = [
	['lt', 'Purchased Before'],
	['gt', 'Purchased After'],
	['lte', 'Purchased On or Before'],
	['gte', 'Purchased On or After'],
] as const;

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	collectionProperty(
		'filters',
		([
			{
				displayName: 'Contact ID (cID)',
				name: 'cID',
				type: 'string',
				default: '',
				placeholder: 'e.g. 5f5f89b88b265d3b6563c3b5',
				description: 'Only the orders of this contact',
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'e.g. name@email.com',
				description: 'Only the orders of the contact with this e-mail address',
			},
			...RANGES.map(([operator, label]) => ({
				displayName: label,
				name: `purchaseDate_${operator}`,
				type: 'dateTime' as const,
				default: '',
				description: `Only orders ${label.toLowerCase().replace('purchased ', 'placed ')} this time (purchaseDate[${operator}]); a time without offset is in the workflow's time zone`,
			})),
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
	simplifyField,
	listOptionsProperty('e.g. purchaseDate', 'The field to sort by (sort_by)', 'desc'),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['getAll'] } }, properties);

/** The filters as getorders' query pairs, checked. */
function filterPairs(context: IExecuteFunctions, itemIndex: number, filters: IDataObject): Array<[string, string | undefined]> {
	const cID = String(filters.cID ?? '').trim();
	if (cID && !CONTACT_ID.test(cID)) {
		throw invalidParameter(context, itemIndex, 'Contact ID (cID)', `"${cID}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3.');
	}
	const email = String(filters.email ?? '').trim();
	if (email && !isEmail(email)) throw invalidParameter(context, itemIndex, 'Email', `"${email}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	const pairs: Array<[string, string | undefined]> = [
		['cID', cID || undefined],
		['email', email || undefined],
	];
	for (const [operator, label] of RANGES) {
		const value = filters[`purchaseDate_${operator}`];
		pairs.push([`purchaseDate[${operator}]`, String(value ?? '').trim() ? readDateTime(context, itemIndex, label, value) : undefined]);
	}
	return pairs;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const pairs = filterPairs(this, itemIndex, filters);
	const { sortBy, sortDir } = readSort(this, itemIndex, options, ' (e.g. purchaseDate)');
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const result = await cordialPagedList(this, 'Get Many Orders', itemIndex, paging, async (page, perPage) => {
		const orders = await cordialList.call(this, {
			operation: 'Get Many Orders',
			itemIndex,
			method: 'GET',
			path: `/orders${queryString([...pairs, ['page', page], ['per_page', perPage], ['sort_by', sortBy || undefined], ['sort_dir', sortDir]])}`,
		});
		return simplify ? orders.map((order) => simplifyOrder(order)) : orders;
	});
	return result;
}
