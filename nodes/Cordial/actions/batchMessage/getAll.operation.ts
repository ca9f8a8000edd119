import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialList, queryString } from '../../transport';
import { cordialPagedList, readPaging, readSort } from '../../helpers/paging';
import { splitList } from '../../helpers/values';
import { locatorValue, readZonedDate } from '../../helpers/batchMessage';
import { listOptionsProperty } from '../fields';

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

/**
 * The statuses Get Many filters by, as Cordial's Batch Messages API page lists them, spelt as Cordial does ("canceled":
 * the Swagger's getBatchMessages, "e.g. sent, canceled, paused, processing, pending").
 */
const STATUSES = ['canceled', 'draft', 'paused', 'pending', 'processing', 'scheduled', 'sending', 'sent'];
/** "cancelled", the value of workflows saved before, is still accepted and sent as Cordial's "canceled". */
const LEGACY_STATUSES: Record<string, string> = { cancelled: 'canceled' };
const STATUS_OPTIONS = [
	...STATUSES.map((value) => ({ name: `${value.charAt(0).toUpperCase()}${value.slice(1)}`, value })),
	{ name: 'Canceled (Old Spelling)', value: 'cancelled', description: 'Same as Canceled; kept for workflows saved before' },
];

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
	collectionProperty(
		'filters',
		([
			...rangeFilters,
			...triggerFilters,
			{
				displayName: 'Automation Template',
				name: 'mdtID',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only the daily send records of this automation template, by its ID (mdtID)',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchAutomationTemplateIds', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 591f1a26ac0c811781bf44ea' },
				],
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: STATUS_OPTIONS,
				default: 'sent',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'e.g. welcome, promo',
				description: 'Comma-separated message tags',
			},
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
	listOptionsProperty('sendTime', 'The field to sort by (sort_by)', 'desc'),
];

export const description = updateDisplayOptions({ show: { resource: ['batchMessage'], operation: ['getAll'] } }, properties);

/** The filters as query pairs, in the order of Cordial's Batch Messages API page. */
function readFilterPairs(context: IExecuteFunctions, itemIndex: number, filters: IDataObject): Array<[string, string | undefined]> {
	const pairs: Array<[string, string | undefined]> = [];
	for (const [operator, words] of OPERATORS) {
		pairs.push([`sendTime[${operator}]`, readDateFilter(context, itemIndex, filters, 'sendTime', operator, `Send Time ${words}`)]);
	}
	const status = (filters.status as string | undefined) || undefined;
	pairs.push(['status', status === undefined ? undefined : (LEGACY_STATUSES[status] ?? status)]);
	for (const [trigger, label] of TRIGGERS) {
		const value = filters[`trigger_${trigger}`] === undefined ? undefined : String(filters[`trigger_${trigger}`]);
		if (value !== undefined && value !== 'true' && value !== 'false') {
			throw invalidParameter(context, itemIndex, `${label} Trigger`, `"${value}" is not allowed`, 'Choose Enabled or Disabled.');
		}
		pairs.push([`triggers[${trigger}][enabled]`, value]);
	}
	const tags = splitList(filters.tags);
	pairs.push(['tags', tags.length ? tags.join(',') : undefined]);
	pairs.push(['mdtID', locatorValue(filters.mdtID) || undefined]);
	for (const [operator, words] of OPERATORS) {
		pairs.push([`ct[${operator}]`, readDateFilter(context, itemIndex, filters, 'ct', operator, `Created ${words}`)]);
	}
	return pairs;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paging = readPaging(this, itemIndex, options);
	const pairs = readFilterPairs(this, itemIndex, filters);
	const { sortBy, sortDir } = readSort(this, itemIndex, options, ' (e.g. sendTime)');
	// sort_by / sort_dir come from Cordial's Batch Messages API page; Cordial's API v2 Swagger does not list them for
	// this endpoint.
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

function readDateFilter(
	context: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	field: string,
	operator: string,
	label: string,
): string | undefined {
	return readZonedDate(context, itemIndex, filters[`${field}_${operator}`], label);
}
