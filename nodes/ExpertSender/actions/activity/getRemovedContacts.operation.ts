import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { splitList } from '../../../shared/records';
import { invalidParameter } from '../../../shared/validation';
import { removedSubscribers } from '../../transport/activities';
import { channelProperty, REMOVE_TYPES } from '../../trigger/description';
import { CHANNELS, dayProperty, limited, pagingProperties, readChoice, readLimit, readPeriod } from './common';

// Rows are four values (Id, Email, ListId, UnsubscribedOn): nothing for a Simplify to leave out.
const properties: INodeProperties[] = [
	{
		displayName: 'List Names or IDs',
		name: 'listIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLists' },
		default: [],
		description: 'Only contacts removed from these lists; none selected means all lists. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Remove Types',
		name: 'removeTypes',
		type: 'multiOptions',
		default: [],
		description: 'Only contacts removed for these reasons; none selected means any reason',
		options: REMOVE_TYPES,
	},
	dayProperty('Start Date', 'startDate', false, 'First day of the period, in the business unit\'s time zone; empty means from the start'),
	dayProperty('End Date', 'endDate', false, 'Last day of the period, in the business unit\'s time zone; empty means until today'),
	channelProperty,
	...pagingProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['activity'], operation: ['getRemovedContacts'] } }, properties);

function idList(context: IExecuteFunctions, itemIndex: number, name: string, label: string, check: (value: string) => boolean): string | undefined {
	const values = splitList(context.getNodeParameter(name, itemIndex, []));
	const bad = values.find((value) => !check(value));
	if (bad !== undefined) throw invalidParameter(context, itemIndex, label, `"${bad}" is not allowed`, `Choose the ${label.toLowerCase()} from the list.`);
	return values.length ? values.join(',') : undefined;
}

/** "Get removed subscribers" (help.expertsender.com): `GET /v2/Api/RemovedSubscribers?listIds&removeTypes&startDate&endDate&channel`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const known = new Set(REMOVE_TYPES.map((entry) => entry.value));
	const listIds = idList(this, itemIndex, 'listIds', 'List Names or IDs', (value) => /^[1-9]\d{0,9}$/.test(value));
	const removeTypes = idList(this, itemIndex, 'removeTypes', 'Remove Types', (value) => known.has(value));
	const qs: IDataObject = {
		...(listIds ? { listIds } : {}),
		...(removeTypes ? { removeTypes } : {}),
		...readPeriod(this, itemIndex, false),
		channel: readChoice(this, itemIndex, 'channel', 'Channel', CHANNELS, 'Email'),
	};
	const limit = readLimit(this, itemIndex);
	return limited(await removedSubscribers.call(this, { operation: 'Get Removed Contacts', itemIndex, qs }), limit);
}
