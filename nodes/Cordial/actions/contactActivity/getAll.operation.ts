import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialActivityTime } from '../../helpers/activity';
import { readZonedTime } from '../../helpers/dateTime';
import { cordialPagedList, readPaging } from '../../helpers/paging';
import { simplifyActivity } from '../../helpers/simplify';
import { pagingOptions } from '../fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only the ID, contact (cID, email), action, time, message IDs (mcID, bmID, mdtID), first flag and properties of each event instead of the raw record',
	},
	collectionProperty('filters', [
		{ displayName: 'Action', name: 'action', type: 'string', default: '', placeholder: 'e.g. browse', description: 'Only events of this action, e.g. open, click or a custom event' },
		{
			displayName: 'Automation Template ID (mdtID)',
			name: 'mdtID',
			type: 'string',
			default: '',
			placeholder: 'e.g. 591f1a26ac0c811781bf44ea',
			description: 'Only events of messages of this automation template',
		},
		{ displayName: 'Email', name: 'email', type: 'string', default: '', placeholder: 'e.g. name@email.com', description: 'Only events of the contact with this e-mail address' },
		{
			displayName: 'Message Contact ID (mcID)',
			name: 'mcID',
			type: 'string',
			default: '',
			placeholder: 'e.g. 645:5c9d2e1d:1',
			description: 'Only events of the message sent to one contact',
		},
		{ displayName: 'Occurred Before', name: 'timeBefore', type: 'dateTime', default: '', description: 'Only events that happened before this time (time[lt])' },
		{ displayName: 'Occurred From', name: 'timeFrom', type: 'dateTime', default: '', description: 'Only events that happened at or after this time (time[gte])' },
	]),
	collectionProperty('options', pagingOptions),
];

export const description = updateDisplayOptions({ show: { resource: ['contactActivity'], operation: ['getAll'] } }, properties);

/** The filters as query pairs, in the order of the Swagger's getActivityList parameters. */
function readFilterPairs(context: IExecuteFunctions, itemIndex: number, filters: IDataObject): Array<[string, string | undefined]> {
	const before = readZonedTime(context, itemIndex, filters.timeBefore, 'Occurred Before');
	const from = readZonedTime(context, itemIndex, filters.timeFrom, 'Occurred From');
	if (before !== undefined && from !== undefined && from >= before) {
		throw invalidParameter(context, itemIndex, 'Occurred Before', 'is not after "Occurred From"', 'Set "Occurred Before" to a later time than "Occurred From".');
	}
	const email = String(filters.email ?? '').trim();
	if (email && !isEmail(email)) {
		throw invalidParameter(context, itemIndex, 'Email', `"${email}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
	}
	const text = (name: string) => String(filters[name] ?? '').trim() || undefined;
	return [
		['time[lt]', before === undefined ? undefined : cordialActivityTime(before)],
		['time[gte]', from === undefined ? undefined : cordialActivityTime(from)],
		['action', text('action')],
		['email', email || undefined],
		['mdtID', text('mdtID')],
		['mcID', text('mcID')],
	];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const pairs = readFilterPairs(this, itemIndex, filters);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	// `page` is not among the Swagger's parameters of getActivityList; Cordial pages this list as its others.
	return await cordialPagedList(this, 'Get Many Contact Activities', itemIndex, paging, async (page, perPage) => {
		const records = await cordialList.call(this, {
			operation: 'Get Many Contact Activities',
			itemIndex,
			method: 'GET',
			path: `/contactactivities${queryString([...pairs, ['per_page', perPage], ['page', page]])}`,
		});
		return simplify ? records.map(simplifyActivity) : records;
	});
}
