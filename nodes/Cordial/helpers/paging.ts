import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { exactPerPage, listOutput, readIncludePagingInfo, readNumberedPages } from '../../shared/paging';
import { invalidParameter, itemSuffix } from '../../shared/validation';

/** The most records Cordial gives per page in this package (the sandbox, like the node, refuses more). */
export const CORDIAL_MAX_PER_PAGE = 1000;

export interface CordialPaging {
	returnAll: boolean;
	limit: number;
	firstPage: number;
	perPage: number;
	includePagingInfo: boolean;
}

/** Return All, Limit and the paging options (First Page, Per Page, Include Paging Info) of a Get Many, checked. */
export function readPaging(context: IExecuteFunctions, itemIndex: number, options: IDataObject): CordialPaging {
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
 * Sort By and Sort Direction of the options, sent as `sort_by`/`sort_dir` only when set; a direction without a field
 * is refused. `example` is the field the fix names, e.g. " (e.g. sendTime)".
 */
export function readSort(
	context: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	example = '',
): { sortBy: string; sortDir: string | undefined } {
	const sortBy = String(options.sortBy ?? '').trim();
	const sortDir = options.sortDir as string | undefined;
	if (sortDir && !sortBy) {
		throw invalidParameter(context, itemIndex, 'Sort Direction', 'is set without "Sort By"', `Add the "Sort By" option${example}, or remove "Sort Direction".`);
	}
	return { sortBy, sortDir };
}

/** The error of a list read that goes on past MAX_PAGES, naming Cordial, the operation and the item. */
export function tooManyPagesError(context: IExecuteFunctions, operation: string, itemIndex: number): (problem: string) => Error {
	return (problem) =>
		new NodeOperationError(context.getNode(), `Cordial ${operation}: ${problem}${itemSuffix(itemIndex)}`, {
			itemIndex,
			description: 'Nothing was changed. Set a limit, or narrow the list with a filter.',
		});
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
