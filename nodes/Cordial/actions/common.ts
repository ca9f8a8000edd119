import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { exactPerPage, includePagingInfoOption, listOutput, readIncludePagingInfo, readNumberedPages } from '../../shared/paging';
import { pathSegment } from '../../shared/pathSegment';
import { invalidParameter, requiredString } from '../../shared/validation';
import { pathKey } from '../transport';

/** ISO 8601 date-time, as Cordial's `schedule` and date filters take it (with or without zone, with `T` or a space). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function isIso8601(value: string): boolean {
	if (!ISO_8601.test(value) || Number.isNaN(Date.parse(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')))) {
		return false;
	}
	// Date.parse rolls impossible days over (2026-02-30 becomes 2026-03-02); Cordial refuses them.
	const [year, month, day] = value.slice(0, 10).split('-').map(Number);
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The batch message picker shared by every batch-message operation. */
export const batchMessageLocator: INodeProperties = {
	displayName: 'Batch Message',
	name: 'batchMessageId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The batch message, by its ID such as 252:58ffed51f0c36063476c1752:ot',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchBatchMessages', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '252:58ffed51f0c36063476c1752:ot',
		},
	],
};

/** The batch message ID of an item, ready for a path. */
export function batchMessagePath(context: IExecuteFunctions, itemIndex: number): string {
	const id = requiredString(context, 'batchMessageId', itemIndex, 'Batch Message', 'Choose a batch message from the list, or enter its ID such as 252:58ffed51f0c36063476c1752:ot.');
	return `/batchmessages/${pathKey(context, itemIndex, 'Batch Message', id)}`;
}

/** How a contact is named in a path: its cID, its primary key value, or `secondaryKey:value`. */
export const contactIdentifierFields: INodeProperties[] = [
	{
		displayName: 'Identify Contact By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{ name: 'Contact ID (cID)', value: 'cID', description: 'Cordial\'s own contact ID' },
			{ name: 'Primary Key Value', value: 'primaryKey', description: 'The value of the account\'s primary key, usually the e-mail address' },
			{ name: 'Secondary Key', value: 'secondaryKey', description: 'An indexed key such as email or custID, and its value' },
		],
		default: 'primaryKey',
	},
	{
		displayName: 'Secondary Key',
		name: 'secondaryKey',
		type: 'string',
		default: 'email',
		placeholder: 'custID',
		description: 'The name of the secondary key, e.g. email or custID',
		displayOptions: { show: { identifyBy: ['secondaryKey'] } },
	},
	{
		displayName: 'Contact',
		name: 'contactKey',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'jane@example.com',
		description: 'The cID, primary key value or secondary key value of the contact',
	},
];

/** The contact identifier of an item as a path segment: each part URL-encoded, `key:value` for secondary keys. */
export function contactPath(context: IExecuteFunctions, itemIndex: number): string {
	const mode = context.getNodeParameter('identifyBy', itemIndex) as string;
	const value = requiredString(context, 'contactKey', itemIndex, 'Contact');
	if (mode === 'secondaryKey') {
		const key = requiredString(context, 'secondaryKey', itemIndex, 'Secondary Key', 'Enter the name of an indexed key such as email or custID.');
		if (!/^[A-Za-z0-9_.-]+$/.test(key)) {
			throw invalidParameter(context, itemIndex, 'Secondary Key', `"${key}" is not a key name`, 'Use the key\'s name as defined in Cordial, e.g. custID.');
		}
		return `/contacts/${pathSegment(context, itemIndex, 'Secondary Key', key)}:${pathSegment(context, itemIndex, 'Contact', value)}`;
	}
	if (mode === 'cID' && !/^[A-Za-z0-9]+$/.test(value)) {
		throw invalidParameter(context, itemIndex, 'Contact', `"${value}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3; choose "Primary Key Value" or "Secondary Key" for other identifiers.');
	}
	return `/contacts/${pathSegment(context, itemIndex, 'Contact', value)}`;
}

/** A comma-separated list, trimmed, empty entries dropped. */
export function splitList(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/** Drops undefined values, so that only what the user set is sent. */
export function compact(value: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}

/** The error of a list read that goes on past MAX_PAGES, naming Cordial, the operation and the item. */
export function tooManyPagesError(context: IExecuteFunctions, operation: string, itemIndex: number): (problem: string) => Error {
	return (problem) =>
		new NodeOperationError(context.getNode(), `Cordial ${operation}: ${problem} [item ${itemIndex}]`, {
			itemIndex,
			description: 'Nothing was changed. Set a limit, or narrow the list with a filter.',
		});
}

/** Sort By and Sort Direction, sent as `sort_by`/`sort_dir` (the seed's names) only when the user sets them. */
export function sortOptions(placeholder: string, description: string, defaultDirection: 'asc' | 'desc'): INodeProperties[] {
	return [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: '',
			placeholder,
			description,
		},
		{
			displayName: 'Sort Direction',
			name: 'sortDir',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: defaultDirection,
		},
	];
}

/** The most records Cordial gives per page in this package (the sandbox, like the node, refuses more). */
export const CORDIAL_MAX_PER_PAGE = 1000;

/** The paging options of a Get Many: First Page and Per Page (Cordial's `page` and `per_page`), Include Paging Info. */
export const pagingOptions: INodeProperties[] = [
	{
		displayName: 'First Page',
		name: 'page',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'The page number to start from, e.g. the nextPage an earlier run gave with Include Paging Info. Stop when nextPage is null: page 1 would start the list over.',
	},
	includePagingInfoOption(
		'nextPage',
		'First Page',
		`Cordial counts pages, so without Return All, Limit must be a multiple of Per Page; without Per Page, each page holds Limit records (up to ${CORDIAL_MAX_PER_PAGE}; above that Limit must be a multiple of ${CORDIAL_MAX_PER_PAGE}).`,
	),
	{
		displayName: 'Per Page',
		name: 'perPage',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: CORDIAL_MAX_PER_PAGE },
		default: 100,
		description: 'How many records each request asks for (Cordial\'s per_page)',
	},
];

export interface CordialPaging {
	returnAll: boolean;
	limit: number;
	firstPage: number;
	perPage: number;
	includePagingInfo: boolean;
}

export function pagingValues(context: IExecuteFunctions, itemIndex: number, options: IDataObject): CordialPaging {
	const returnAll = context.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? 0 : (context.getNodeParameter('limit', itemIndex) as number);
	const includePagingInfo = readIncludePagingInfo(options);
	const firstPage = Number(options.page ?? 1);
	// The limit first: without an explicit page size, Per Page is derived from it.
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalidParameter(context, itemIndex, 'Limit', `${limit} is not allowed`, 'Enter a whole number of at least 1, or turn on "Return All".');
	}
	const explicitPerPage = options.perPage === undefined ? undefined : Number(options.perPage);
	// Without an explicit page size, a small limit asks for no more records than it needs.
	const perPage = explicitPerPage ?? (returnAll ? 100 : Math.min(100, Math.max(1, limit)));
	for (const [label, value, max] of [['First Page', firstPage, Infinity], ['Per Page', perPage, CORDIAL_MAX_PER_PAGE]] as const) {
		if (!Number.isInteger(value) || value < 1 || value > max) {
			throw invalidParameter(context, itemIndex, label, `${value} is not allowed`, `Enter a whole number from 1${max === Infinity ? '' : ` to ${max}`}.`);
		}
	}
	if (includePagingInfo && !returnAll) {
		// The next run starts at a page number, so this one must end on a page boundary.
		return { returnAll, limit, firstPage, perPage: exactPerPage(context, itemIndex, limit, explicitPerPage, CORDIAL_MAX_PER_PAGE), includePagingInfo };
	}
	return { returnAll, limit, firstPage, perPage, includePagingInfo };
}

/**
 * Pages through a Cordial list (`page`/`per_page` until a short page, or until Limit records; see the shared
 * `readNumberedPages`), refusing a list still full after MAX_PAGES pages with Cordial's error for `operation`. One
 * item per record, or with Include Paging Info one item `{ results, nextPage }`.
 */
export async function cordialPagedList(
	context: IExecuteFunctions,
	operation: string,
	itemIndex: number,
	paging: CordialPaging,
	fetchPage: (page: number, perPage: number) => Promise<IDataObject[]>,
): Promise<IDataObject | IDataObject[]> {
	const { records, nextPage } = await readNumberedPages(fetchPage, paging, tooManyPagesError(context, operation, itemIndex));
	return listOutput(records, { includePagingInfo: paging.includePagingInfo, limit: paging.returnAll ? undefined : paging.limit }, 'nextPage', nextPage);
}
