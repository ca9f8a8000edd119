import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { splitList } from '../../../shared/records';
import { invalidParameter } from '../../../shared/validation';
import { readDay } from '../../helpers/dates';
import { csvRows } from '../../transport/activities';
import { ACTIVITY_TYPES, CHANNEL_TYPES, channelProperty, columnsProperty, MESSAGE_TYPES } from '../../trigger/description';
import { CHANNELS, dayProperty, limited, pagingProperties, readChoice, readLimit } from './common';

// Rows are flat CSV lines of five to nine columns: there is nothing for a Simplify to leave out.
const properties: INodeProperties[] = [
	{ displayName: 'Activity Type', name: 'activityType', type: 'options', default: 'Opens', options: ACTIVITY_TYPES },
	dayProperty('Date', 'date', true, 'The day to read, in the business unit\'s time zone (one day per request, as the API reads it)'),
	{ ...channelProperty, displayOptions: { show: { activityType: CHANNEL_TYPES } } },
	columnsProperty,
	...pagingProperties,
	collectionProperty('options', [
		{
			displayName: 'Include Link Title',
			name: 'returnTitle',
			type: 'boolean',
			default: false,
			description: 'Whether to add the link\'s title (Title column) to clicks',
		},
		{
			displayName: 'Include Message GUID',
			name: 'returnGuid',
			type: 'boolean',
			default: false,
			description: 'Whether to add the sent message\'s GUID (MessageGuid column) to message activities',
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			placeholder: 'e.g. newsletter,spring',
			description: 'Comma-separated tags: only activities of messages that have all of them',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['activity'], operation: ['getActivities'] } }, properties);

function flag(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string): boolean {
	if (value === undefined || typeof value === 'boolean') return value === true;
	throw invalidParameter(context, itemIndex, label, `"${String(value)}" is not true or false`, 'Turn the option on or off.');
}

/** The query of "Get subscriber activity" (help.expertsender.com): filters only where the page says they apply. */
function activityQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const type = readChoice(context, itemIndex, 'activityType', 'Activity Type', ACTIVITY_TYPES.map((entry) => entry.value), 'Opens');
	const query: IDataObject = { date: readDay(context, itemIndex, context.getNodeParameter('date', itemIndex, ''), 'Date', true), type };
	if (CHANNEL_TYPES.includes(type)) query.channel = readChoice(context, itemIndex, 'channel', 'Channel', CHANNELS, 'Email');
	query.columns = readChoice(context, itemIndex, 'columns', 'Columns', ['Standard', 'Extended'], 'Standard');
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	if (flag(context, itemIndex, options.returnTitle, 'Include Link Title') && type === 'Clicks') query.returnTitle = true;
	if (flag(context, itemIndex, options.returnGuid, 'Include Message GUID') && MESSAGE_TYPES.includes(type)) query.returnGuid = true;
	const tags = splitList(options.tags);
	if (tags.length && MESSAGE_TYPES.includes(type)) query.tags = tags.join(',');
	return query;
}

/** One item per CSV row, the header names as keys and the values as ExpertSender wrote them (as the trigger emits them). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const qs = activityQuery(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const rows = await csvRows.call(this, 'Activities', { operation: 'Get Activities', itemIndex, qs });
	return limited(rows, limit);
}
