import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { readLateEventWindowMs } from '../../shared/polling';
import { invalidSetting as invalid } from '../../shared/validation';
import { splitList } from '../../shared/records';
import { ANY_EVENT, CORDIAL_EVENTS, CUSTOM_EVENT, MAX_ACTION_LENGTH } from './description';

export interface CordialTriggerSettings {
	/** The `action` values to ask for, one read each; undefined: one read without `action` (any event). */
	actions: string[] | undefined;
	filters: { email?: string; mcID?: string; mdtID?: string };
	simplify: boolean;
	lookbackMs: number;
}

function readActions(context: IPollFunctions): string[] | undefined {
	const events = context.getNodeParameter('events', []) as string[];
	if (!Array.isArray(events) || events.length === 0) {
		throw invalid(context, 'Events', 'none is selected', 'Select at least one event, or "Any Event".');
	}
	if (events.includes(ANY_EVENT)) return undefined;
	const known = new Set(CORDIAL_EVENTS.map((event) => event.value));
	const actions = events.filter((event) => event !== CUSTOM_EVENT);
	const unknown = actions.find((event) => !known.has(event));
	if (unknown !== undefined) throw invalid(context, 'Events', `"${unknown}" is not an event of this list`, 'Select the events from the list.');
	if (events.includes(CUSTOM_EVENT)) {
		const custom = splitList(context.getNodeParameter('customActions', ''));
		if (custom.length === 0) throw invalid(context, 'Custom Action Names', 'is empty', 'Enter the custom action names, separated by commas (e.g. browse, order).');
		const tooLong = custom.find((name) => name.length > MAX_ACTION_LENGTH);
		if (tooLong) throw invalid(context, 'Custom Action Names', `"${tooLong}" is longer than ${MAX_ACTION_LENGTH} characters`, 'Cordial action names have at most 40 characters; check the name.');
		actions.push(...custom);
	}
	return [...new Set(actions)];
}

function readFilters(context: IPollFunctions): CordialTriggerSettings['filters'] {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const result: CordialTriggerSettings['filters'] = {};
	for (const key of ['email', 'mcID', 'mdtID'] as const) {
		const value = filters[key];
		if (value === undefined || value === '') continue;
		if (typeof value !== 'string') throw invalid(context, `Filter ${key}`, 'is not text', 'Enter the value as text.');
		result[key] = value.trim();
	}
	return result;
}

/** The trigger's parameters, checked. */
export function readCordialTriggerSettings(context: IPollFunctions): CordialTriggerSettings {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return {
		actions: readActions(context),
		filters: readFilters(context),
		simplify: context.getNodeParameter('simplify', true) as boolean,
		lookbackMs: readLateEventWindowMs(context, options),
	};
}
