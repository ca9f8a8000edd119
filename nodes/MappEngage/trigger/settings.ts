import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { readLateEventWindowMs } from '../../shared/polling';
import { invalidSetting as invalid } from '../../shared/validation';
import { MAX_LIMIT, RESPONSE_TYPES } from './description';

export interface MappTriggerSettings {
	/** The pollByRange types, one call each per poll. */
	types: string[];
	simplify: boolean;
	lookbackMs: number;
	limit: number;
}

function readTypes(context: IPollFunctions): string[] {
	const types = context.getNodeParameter('types', []) as string[];
	if (!Array.isArray(types) || types.length === 0) {
		throw invalid(context, 'Event Types', 'none is selected', 'Select at least one event type, e.g. "All Messages".');
	}
	const known = new Set(RESPONSE_TYPES.map((type) => type.value));
	const unknown = types.find((type) => !known.has(type));
	if (unknown !== undefined) throw invalid(context, 'Event Types', `"${unknown}" is not an event type of this list`, 'Select the event types from the list.');
	return [...new Set(types)];
}

function readLimit(context: IPollFunctions, options: IDataObject): number {
	const limit = Number(options.maxEventsPerCall ?? MAX_LIMIT);
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
		throw invalid(context, 'Max Events per Call', `${String(options.maxEventsPerCall)} is not allowed`, `Enter a whole number from 1 to ${MAX_LIMIT} (Mapp returns at most ${MAX_LIMIT} events per call).`);
	}
	return limit;
}

/** The trigger's parameters, checked. */
export function readMappTriggerSettings(context: IPollFunctions): MappTriggerSettings {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return {
		types: readTypes(context),
		simplify: context.getNodeParameter('simplify', true) as boolean,
		lookbackMs: readLateEventWindowMs(context, options),
		limit: readLimit(context, options),
	};
}
