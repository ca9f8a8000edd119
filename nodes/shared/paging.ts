/**
 * Paging a user controls, for every provider whose list API pages: the option descriptions (Page Size, Start Page
 * Token, Include Paging Info), their readers, the two page loops (by token and by page number) and the output with
 * paging info. Each node keeps only what is its provider's own: the query names, the bounds, the answer's shape.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { MAX_PAGES, PageGuard } from './transport/paging';
import { hasLoneSurrogate, invalidParameter } from './validation';

type Context = Pick<IExecuteFunctions, 'getNode'>;

/** The option names, the same in every node. */
export const PAGE_SIZE = 'pageSize';
export const START_PAGE_TOKEN = 'pageToken';
export const INCLUDE_PAGING_INFO = 'includePagingInfo';

// ------------------------------------------------------------------------------------------------ descriptions

/** "Page Size" of a token-paged list: how many records each request asks for, 1 to `max` (the provider's bound). */
export function pageSizeOption(max: number, defaultValue = max): INodeProperties {
	return {
		displayName: 'Page Size',
		name: PAGE_SIZE,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: max },
		default: defaultValue,
		description: `How many records each request asks for, from 1 to ${max}. With a Limit, the last request asks only for the records still missing, so the read ends where the next page token points. One read follows at most ${MAX_PAGES.toLocaleString('en-US')} pages.`,
	};
}

/** "Start Page Token": where the read starts, as a provider's next-page token (`nextKey` in the paging info). */
export function startPageTokenOption(nextKey: string): INodeProperties {
	return {
		displayName: 'Start Page Token',
		name: START_PAGE_TOKEN,
		type: 'string',
		default: '',
		placeholder: `={{ $json.${nextKey} }}`,
		description: `The page to start from: the ${nextKey} an earlier run gave with Include Paging Info. Empty starts at the first page. Keep the other settings (such as the order) as they were in that run. Stop when ${nextKey} is null: an empty token starts the list over.`,
	};
}

/**
 * "Include Paging Info": one item `{ results, <nextKey> }` instead of one item per record. `continueIn` names the
 * option the next run takes it in; `rule` adds what the user must know about the provider's paging, if anything.
 */
export function includePagingInfoOption(nextKey: string, continueIn: string, rule = ''): INodeProperties {
	const description = `Whether to return one item holding the records under "results" and where the list goes on under "${nextKey}" (null after the last page), instead of one item per record. Give ${nextKey} to ${continueIn} in the next run to read on with no record missed or repeated.`;
	return {
		displayName: 'Include Paging Info',
		name: INCLUDE_PAGING_INFO,
		type: 'boolean',
		default: false,
		description: rule ? `${description} ${rule}` : description,
	};
}

// ------------------------------------------------------------------------------------------------ readers

/** A whole number from 1 to `max`; `undefined` (option not added) gives `defaultValue`. */
export function readPageSize(
	context: Context,
	itemIndex: number,
	value: unknown,
	max: number,
	defaultValue = max,
	label = 'Page Size',
): number {
	if (value === undefined || value === null) return defaultValue;
	const size = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	if (!Number.isInteger(size) || size < 1 || size > max) {
		throw invalidParameter(context, itemIndex, label, `${typeof value === 'string' ? JSON.stringify(value) : String(value)} is not a whole number from 1 to ${max}`, `Enter how many records each request asks for, from 1 to ${max}, or remove the option.`);
	}
	return size;
}

/** Unicode control characters (C0, DEL, C1): no provider's token has them, and they change what a query means. */
const CONTROL = /\p{Cc}/u;

/**
 * A start page token: text (surrounding spaces dropped) of at most `maxLength` characters, without control
 * characters or half of a surrogate pair. Empty, null and undefined mean the first page (undefined).
 */
export function readPageToken(
	context: Context,
	itemIndex: number,
	value: unknown,
	maxLength: number,
	label = 'Start Page Token',
): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw invalidParameter(context, itemIndex, label, `is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`}, not text`, 'Map the next page token of an earlier run, e.g. {{ $json.nextPageToken }}, or leave it empty for the first page.');
	}
	const token = String(value).trim();
	if (token === '') return undefined;
	if (token.length > maxLength) {
		throw invalidParameter(context, itemIndex, label, `is ${token.length} characters long, more than the ${maxLength} a page token may have`, 'Map the next page token of an earlier run unchanged, or leave it empty for the first page.');
	}
	if (CONTROL.test(token) || hasLoneSurrogate(token)) {
		throw invalidParameter(context, itemIndex, label, 'has a control character or half of an emoji, which no page token has', 'Map the next page token of an earlier run unchanged, or leave it empty for the first page.');
	}
	return token;
}

/** Whether Include Paging Info is on in an Options collection. */
export function readIncludePagingInfo(options: IDataObject): boolean {
	return options[INCLUDE_PAGING_INFO] === true;
}

/**
 * The page size of a page-number read with Include Paging Info and a Limit: the next page starts after whole pages
 * only, so Limit must be a multiple of it. Per Page not set: Limit itself up to `maxPerPage`, else `maxPerPage` for
 * a multiple of it. Anything else is refused, naming Limit.
 */
export function exactPerPage(
	context: Context,
	itemIndex: number,
	limit: number,
	perPage: number | undefined,
	maxPerPage: number,
	perPageLabel = 'Per Page',
): number {
	if (perPage !== undefined) {
		if (limit % perPage === 0) return perPage;
		throw invalidParameter(context, itemIndex, 'Limit', `${limit} is not a multiple of ${perPageLabel} (${perPage}), so the next page would skip records`, `Set Limit to a multiple of ${perPageLabel}, or remove ${perPageLabel}.`);
	}
	if (limit <= maxPerPage) return limit;
	if (limit % maxPerPage === 0) return maxPerPage;
	throw invalidParameter(context, itemIndex, 'Limit', `${limit} is more than ${maxPerPage} (the most one page holds) and not a multiple of it, so the next page would skip records`, `Set Limit to at most ${maxPerPage} or to a multiple of ${maxPerPage}, or add ${perPageLabel} with a number Limit is a multiple of.`);
}

// ------------------------------------------------------------------------------------------------ page loops

/** One page of a token-paged list: its records and the token of the next page (absent or empty on the last). */
export interface TokenPage {
	records: IDataObject[];
	nextToken?: string;
}

/**
 * Reads a token-paged list from `startToken` (the first page when undefined): pages of `pageSize`, the last one
 * asking only for what `limit` still misses, so that the read never stops inside a page and `nextToken` is where
 * the list goes on (null after the last page). Every record read is returned; only a provider that hands back more
 * than it was asked for gives more than `limit`. A token seen before, or a list past MAX_PAGES, is refused with the
 * error `refuse` makes.
 */
export async function readTokenPages(
	fetchPage: (pageToken: string | undefined, size: number) => Promise<TokenPage>,
	options: { limit?: number; pageSize: number; startToken?: string },
	refuse: (problem: string) => Error,
): Promise<{ records: IDataObject[]; nextToken: string | null }> {
	const records: IDataObject[] = [];
	const guard = new PageGuard().startsAt(options.startToken);
	let token = options.startToken;
	for (;;) {
		const size = options.limit === undefined ? options.pageSize : Math.min(options.pageSize, options.limit - records.length);
		const page = await fetchPage(token, size);
		records.push(...page.records);
		const next = page.nextToken || undefined;
		const problem = guard.problem(next);
		if (problem) throw refuse(problem);
		token = next;
		if (token === undefined || (options.limit !== undefined && records.length >= options.limit)) {
			return { records, nextToken: token ?? null };
		}
	}
}

/**
 * Reads a page-numbered list (`page` from `firstPage`, `perPage` records each) until a page is short, or until
 * `limit` records are in (all when `returnAll`). `nextPage` is the page after the last one read when that one was
 * full, else null. A list still full after MAX_PAGES pages is refused with the error `tooManyPages` makes.
 */
export async function readNumberedPages(
	fetchPage: (page: number, perPage: number) => Promise<IDataObject[]>,
	options: { returnAll: boolean; limit: number; firstPage: number; perPage: number },
	tooManyPages: (problem: string) => Error,
): Promise<{ records: IDataObject[]; nextPage: number | null }> {
	const records: IDataObject[] = [];
	for (let page = options.firstPage, read = 1; ; page++, read++) {
		const list = await fetchPage(page, options.perPage);
		records.push(...list);
		const full = list.length >= options.perPage;
		if (!full || (!options.returnAll && records.length >= options.limit)) {
			return { records, nextPage: full ? page + 1 : null };
		}
		if (read >= MAX_PAGES) throw tooManyPages(`the list goes on past ${MAX_PAGES} pages, the most one read follows`);
	}
}

// ------------------------------------------------------------------------------------------------ output

/**
 * What a Get Many gives: with Include Paging Info one item `{ results, <nextKey>: next }` (every record read, so
 * nothing falls between this run and the next); without, one item per record, at most `limit`.
 */
export function listOutput(
	records: IDataObject[],
	paging: { includePagingInfo: boolean; limit?: number },
	nextKey: string,
	next: string | number | null,
): IDataObject | IDataObject[] {
	if (paging.includePagingInfo) return { results: records, [nextKey]: next };
	return paging.limit === undefined ? records : records.slice(0, paging.limit);
}
