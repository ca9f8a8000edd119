import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, isIso8601, pagingOptions, pagingValues, sortOptions, splitList } from '../common';

const RANGES = [
	['sendTime', 'Send Time'],
	['ct', 'Created'],
] as const;
const OPERATORS = [
	['gt', 'After'],
	['gte', 'On or After'],
	['lt', 'Before'],
	['lte', 'On or Before'],
] as const;
const TRIGGERS = [
	['api', 'API'],
	['event', 'Event'],
	['recurring', 'Recurring'],
] as const;

const rangeFilters: INodeProperties[] = RANGES.flatMap(([field, label]) =>
	OPERATORS.map(([operator, words]) => ({
		displayName: `${label} ${words}`,
		name: `${field}_${operator}`,
		type: 'dateTime' as const,
		default: '',
		description: `Only messages whose ${label.toLowerCase()} time is ${words.toLowerCase()} this date (${field}[${operator}])`,
	})),
);

const triggerFilters: INodeProperties[] = TRIGGERS.map(([trigger, label]) => ({
	displayName: `${label} Trigger`,
	name: `trigger_${trigger}`,
	type: 'options' as const,
	options: [
		{ name: 'Disabled', value: 'false' },
		{ name: 'Enabled', value: 'true' },
	],
	default: 'true',
	description: `For automation sends: only records whose ${label.toLowerCase()} trigger is enabled or disabled`,
}));

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: ([
			...rangeFilters,
			...triggerFilters,
			{
				displayName: 'Automation Template ID',
				name: 'mdtID',
				type: 'string',
				default: '',
				placeholder: '591f1a26ac0c811781bf44ea',
				description: 'Only the daily send records of this automation template (mdtID)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Cancelled', value: 'cancelled' },
					{ name: 'Draft', value: 'draft' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Processing', value: 'processing' },
					{ name: 'Scheduled', value: 'scheduled' },
					{ name: 'Sending', value: 'sending' },
					{ name: 'Sent', value: 'sent' },
				],
				default: 'sent',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'welcome, promo',
				description: 'Comma-separated message tags',
			},
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...pagingOptions,
			...sortOptions('sendTime', 'The field to sort by (sort_by)', 'desc'),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = pagingValues(this, itemIndex, options);
	const pairs: Array<[string, string | undefined]> = [];
	// Query parameters in the seed's order.
	for (const [operator, words] of OPERATORS) {
		pairs.push([`sendTime[${operator}]`, dateFilter(this, itemIndex, filters, 'sendTime', operator, `Send Time ${words}`)]);
	}
	pairs.push(['status', (filters.status as string | undefined) || undefined]);
	for (const [trigger, label] of TRIGGERS) {
		const value = filters[`trigger_${trigger}`] === undefined ? undefined : String(filters[`trigger_${trigger}`]);
		if (value !== undefined && value !== 'true' && value !== 'false') {
			throw invalidParameter(this, itemIndex, `${label} Trigger`, `"${value}" is not allowed`, 'Choose Enabled or Disabled.');
		}
		pairs.push([`triggers[${trigger}][enabled]`, value]);
	}
	const tags = splitList(filters.tags);
	pairs.push(['tags', tags.length ? tags.join(',') : undefined]);
	pairs.push(['mdtID', String(filters.mdtID ?? '').trim() || undefined]);
	for (const [operator, words] of OPERATORS) {
		pairs.push([`ct[${operator}]`, dateFilter(this, itemIndex, filters, 'ct', operator, `Created ${words}`)]);
	}
	const sortBy = String(options.sortBy ?? '').trim();
	const sortDir = options.sortDir as string | undefined;
	if (sortDir && !sortBy) {
		throw invalidParameter(this, itemIndex, 'Sort Direction', 'is set without "Sort By"', 'Add the "Sort By" option (e.g. sendTime), or remove "Sort Direction".');
	}
	// sort_by / sort_dir come from the seed; Cordial's Swagger does not list them for this endpoint.
	return await cordialPagedList(this, 'Get Many Batch Messages', itemIndex, paging, async (page, perPage) =>
		await cordialList.call(this, {
			operation: 'Get Many Batch Messages',
			itemIndex,
			method: 'GET',
			path: `/batchmessages${queryString([
				...pairs,
				['page', page],
				['per_page', perPage],
				['sort_by', sortBy || undefined],
				['sort_dir', sortDir],
			])}`,
		}),
	);
}

function dateFilter(
	context: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	field: string,
	operator: string,
	label: string,
): string | undefined {
	const value = String(filters[`${field}_${operator}`] ?? '').trim();
	if (!value) return undefined;
	if (!isIso8601(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not an ISO 8601 date`, 'Enter a date such as 2018-01-01T00:00:00.000Z.');
	}
	return value;
}
