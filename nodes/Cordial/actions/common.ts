import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pathSegment } from '../../shared/pathSegment';
import { invalidParameter, requiredString } from '../../shared/validation';
import { MAX_PAGES } from '../../shared/transport';
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

/**
 * Page through a Cordial list: `page`/`per_page` until a short page, or until `limit` records. A list that still has
 * full pages after MAX_PAGES is refused (the error from `tooManyPages`), so that an answer that never ends cannot
 * keep the node reading.
 */
export async function collectPages(
	fetchPage: (page: number, perPage: number) => Promise<IDataObject[]>,
	options: { returnAll: boolean; limit: number; firstPage: number; perPage: number },
	tooManyPages?: (problem: string) => Error,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	for (let page = options.firstPage, read = 1; ; page++, read++) {
		const records = await fetchPage(page, options.perPage);
		results.push(...records);
		if (!options.returnAll && results.length >= options.limit) return results.slice(0, options.limit);
		if (records.length < options.perPage) return results;
		if (read >= MAX_PAGES) {
			const problem = `the list goes on past ${MAX_PAGES} pages, the most one read follows`;
			throw tooManyPages?.(problem) ?? new Error(`Cordial: ${problem}`);
		}
	}
}

/** The Page and Per Page options of a Get Many (the seed's `page` and `per_page`). */
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

export const pagingOptions: INodeProperties[] = [
	{
		displayName: 'First Page',
		name: 'page',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'The page number to start from',
	},
	{
		displayName: 'Per Page',
		name: 'perPage',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 100,
		description: 'How many records each request asks for (Cordial\'s per_page)',
	},
];

export function pagingValues(
	context: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): { returnAll: boolean; limit: number; firstPage: number; perPage: number } {
	const returnAll = context.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? 0 : (context.getNodeParameter('limit', itemIndex) as number);
	const firstPage = Number(options.page ?? 1);
	// Without an explicit page size, a small limit asks for no more records than it needs.
	const perPage = Number(options.perPage ?? (returnAll ? 100 : Math.min(100, Math.max(1, limit))));
	// The limit first: without an explicit page size, Per Page is derived from it.
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalidParameter(context, itemIndex, 'Limit', `${limit} is not allowed`, 'Enter a whole number of at least 1, or turn on "Return All".');
	}
	for (const [label, value, max] of [['First Page', firstPage, Infinity], ['Per Page', perPage, 1000]] as const) {
		if (!Number.isInteger(value) || value < 1 || value > max) {
			throw invalidParameter(context, itemIndex, label, `${value} is not allowed`, `Enter a whole number from 1${max === Infinity ? '' : ` to ${max}`}.`);
		}
	}
	return { returnAll, limit, firstPage, perPage };
}
