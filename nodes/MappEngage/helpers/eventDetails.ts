import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { decodeJson } from '../../shared/codec';
import { invalidParameter } from '../../shared/validation';
import type { EventDetailsProcessing, NameValue } from '../transport/model';
import { readNameValues } from './values';

const JSON_LABEL = 'Event Details (JSON)';
const JSON_FIX = 'Give an array of flat objects, one per item, e.g. [{"productName": "Chair C1", "price": 49.9}].';

/** The event details: one entry per item (order line), each the item's name/value details. */
export function readEventDetails(context: IExecuteFunctions, itemIndex: number): NameValue[][] {
	const source = context.getNodeParameter('eventDetailsSource', itemIndex, 'fields') as 'fields' | 'json';
	const entries = source === 'json' ? readJsonEntries(context, itemIndex) : readFieldEntries(context, itemIndex);
	if (entries.length === 0) {
		const field = source === 'json' ? JSON_LABEL : 'Event Details';
		throw invalidParameter(context, itemIndex, field, 'has no items', 'Add at least one item with its details.');
	}
	return entries;
}

function readFieldEntries(context: IExecuteFunctions, itemIndex: number): NameValue[][] {
	const raw = context.getNodeParameter('eventDetails', itemIndex, {}) as { items?: IDataObject[] };
	return (raw.items ?? []).map((_, position) => {
		const details = readNameValues(context, `eventDetails.items[${position}].itemDetails`, itemIndex, 'Event Details');
		if (details.length === 0) {
			throw invalidParameter(context, itemIndex, 'Event Details', `item ${position + 1} has no details`, 'Give every item at least one detail, or remove it.');
		}
		return details;
	});
}

function parsedJson(context: IExecuteFunctions, itemIndex: number): unknown {
	const raw = context.getNodeParameter('eventDetailsJson', itemIndex, '[]') as unknown;
	if (typeof raw !== 'string') return raw;
	try {
		return decodeJson(raw, `"${JSON_LABEL}"`);
	} catch (error) {
		throw invalidParameter(context, itemIndex, JSON_LABEL, (error as Error).message, JSON_FIX);
	}
}

/** An array of flat objects: each object is one item, its keys and scalar values the item details. */
function readJsonEntries(context: IExecuteFunctions, itemIndex: number): NameValue[][] {
	const value = parsedJson(context, itemIndex);
	if (!Array.isArray(value)) throw invalidParameter(context, itemIndex, JSON_LABEL, 'is not an array', JSON_FIX);
	return value.map((entry: unknown, position) => {
		const where = `item ${position + 1}`;
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			throw invalidParameter(context, itemIndex, JSON_LABEL, `${where} is not an object`, JSON_FIX);
		}
		const details = Object.entries(entry as Record<string, unknown>).map(([name, detail]) => {
			if (name.trim() === '') throw invalidParameter(context, itemIndex, JSON_LABEL, `${where} has a detail without a name`, JSON_FIX);
			return { name, value: scalarText(context, itemIndex, `${where} › ${name}`, detail) };
		});
		if (details.length === 0) throw invalidParameter(context, itemIndex, JSON_LABEL, `${where} has no details`, JSON_FIX);
		return details;
	});
}

function scalarText(context: IExecuteFunctions, itemIndex: number, where: string, value: unknown): string | null {
	if (value === null) return null;
	if (typeof value === 'string') return value;
	if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
	throw invalidParameter(context, itemIndex, JSON_LABEL, `${where} is not a text, number or boolean`, JSON_FIX);
}

/** The grouping options: `eventDetailsProcessing` when any is set, and the optional `transaction` flag. */
export function readGrouping(context: IExecuteFunctions, itemIndex: number): { processing?: EventDetailsProcessing; transaction?: boolean } {
	const raw = context.getNodeParameter('grouping', itemIndex, {}) as IDataObject;
	const processing: EventDetailsProcessing = {};
	for (const key of ['groupBy', 'groupLabel', 'valueField'] as const) {
		const text = String(raw[key] ?? '').trim();
		if (text !== '') processing[key] = text;
	}
	return {
		processing: Object.keys(processing).length > 0 ? processing : undefined,
		transaction: typeof raw.transaction === 'boolean' ? raw.transaction : undefined,
	};
}
