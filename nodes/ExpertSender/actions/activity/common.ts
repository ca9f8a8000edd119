import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { readDay } from '../../helpers/dates';

export const CHANNELS = ['All', 'Email', 'SmsMms'];

/** A day picker: ExpertSender reads the day in the business unit's time zone. */
export function dayProperty(displayName: string, name: string, required: boolean, description: string): INodeProperties {
	return { displayName, name, type: 'dateTime', default: '', required, description };
}

/** Return All and Limit: every feed answers all its rows at once, so the limit is applied to the answer. */
export const pagingProperties: INodeProperties[] = returnAllOrLimit();

/** The Limit (undefined for Return All), checked. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return undefined;
	const limit = context.getNodeParameter('limit', itemIndex, 50) as unknown;
	if (!(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) {
		throw invalidParameter(context, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of rows`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	return limit;
}

/** A value of an options parameter; an expression can give anything, so it is checked against the choices. */
export function readChoice(context: IExecuteFunctions, itemIndex: number, name: string, label: string, allowed: readonly string[], fallback: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, fallback));
	if (!allowed.includes(value)) throw invalidParameter(context, itemIndex, label, `"${value}" is not one of the choices`, 'Pick a value from the list.');
	return value;
}

/** Start Date and End Date as the feed's `startDate` and `endDate`, the start not after the end. */
export function readPeriod(context: IExecuteFunctions, itemIndex: number, required: boolean): IDataObject {
	const startDate = readDay(context, itemIndex, context.getNodeParameter('startDate', itemIndex, ''), 'Start Date', required);
	const endDate = readDay(context, itemIndex, context.getNodeParameter('endDate', itemIndex, ''), 'End Date', required);
	if (startDate !== undefined && endDate !== undefined && startDate > endDate) {
		throw invalidParameter(context, itemIndex, 'End Date', `${endDate} is before the Start Date ${startDate}`, 'Pick an End Date on or after the Start Date.');
	}
	return { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) };
}

export function limited<T>(rows: T[], limit: number | undefined): T[] {
	return limit === undefined ? rows : rows.slice(0, limit);
}
