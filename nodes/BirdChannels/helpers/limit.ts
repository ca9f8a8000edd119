import type { IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter } from '../../shared/validation';

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
