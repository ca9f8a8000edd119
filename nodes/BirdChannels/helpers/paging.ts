import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { listOutput, PAGE_SIZE, readIncludePagingInfo, readPageSize, readPageToken, START_PAGE_TOKEN } from '../../shared/paging';
import { invalidParameter } from '../../shared/validation';
import { BIRD_MAX_PAGE_SIZE, BIRD_MAX_PAGE_TOKEN_LENGTH, type BirdPaging } from '../transport';

/** "Return All" and "Limit" of a Get Many operation: undefined for all, else a whole number of at least 1. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	const raw = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof raw === 'number' ? raw : Number(raw);
	if (raw === '' || !Number.isInteger(limit) || limit < 1) {
		throw invalidParameter(context, itemIndex, 'Limit', `"${String(raw)}" is not a whole number of at least 1`, 'Enter how many results to return, e.g. 50, or turn on Return All.');
	}
	return limit;
}

export interface BirdListSettings extends BirdPaging {
	includePagingInfo: boolean;
}

/** Return All/Limit and the paging options of an item, checked before any request. */
export function readPaging(context: IExecuteFunctions, itemIndex: number, options: IDataObject): BirdListSettings {
	const limit = readLimit(context, itemIndex);
	return {
		limit,
		pageSize: readPageSize(context, itemIndex, options[PAGE_SIZE], BIRD_MAX_PAGE_SIZE),
		startToken: readPageToken(context, itemIndex, options[START_PAGE_TOKEN], BIRD_MAX_PAGE_TOKEN_LENGTH),
		includePagingInfo: readIncludePagingInfo(options),
	};
}

/** One item per record, or with Include Paging Info one item `{ results, nextPageToken }` (Bird's own shape). */
export function birdListOutput(
	settings: BirdListSettings,
	records: IDataObject[],
	nextPageToken: string | null,
): IDataObject | IDataObject[] {
	return listOutput(records, settings, 'nextPageToken', nextPageToken);
}
