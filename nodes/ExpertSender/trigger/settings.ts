import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { readLateEventWindowMs } from '../../shared/polling';
import { invalidSetting as invalid } from '../../shared/validation';
import { splitList } from '../../shared/records';
import { DAY_MS } from './clock';
import { ACTIVITY_TYPES, CHANNEL_TYPES, MESSAGE_TYPES, REMOVE_TYPES } from './description';

export type EsFeed = 'activities' | 'bounces' | 'removedSubscribers';

export interface EsTriggerSettings {
	feed: EsFeed;
	/** The feed's query parameters other than its dates, as ExpertSender names them. */
	query: IDataObject;
	/** The activity type (Activities only). */
	activityType?: string;
	lookbackMs: number;
}

function pick(context: IPollFunctions, name: string, allowed: readonly string[], fallback: string): string {
	const value = String(context.getNodeParameter(name, fallback));
	if (!allowed.includes(value)) throw invalid(context, name, `"${value}" is not one of the choices`, 'Pick a value from the list.');
	return value;
}

function activityQuery(context: IPollFunctions, options: IDataObject): { query: IDataObject; type: string } {
	const type = pick(context, 'activityType', ACTIVITY_TYPES.map((entry) => entry.value), 'Opens');
	const query: IDataObject = { type };
	if (CHANNEL_TYPES.includes(type)) query.channel = pick(context, 'channel', ['All', 'Email', 'SmsMms'], 'Email');
	query.columns = pick(context, 'columns', ['Standard', 'Extended'], 'Standard');
	if (type === 'Clicks' && options.returnTitle === true) query.returnTitle = true;
	if (MESSAGE_TYPES.includes(type) && options.returnGuid === true) query.returnGuid = true;
	const tags = splitList(options.tags);
	if (MESSAGE_TYPES.includes(type) && tags.length) query.tags = tags.join(',');
	return { query, type };
}

function idList(context: IPollFunctions, name: string, label: string, check: (value: string) => boolean): string | undefined {
	const raw = context.getNodeParameter(name, []) as unknown;
	const values = splitList(raw);
	const bad = values.find((value) => !check(value));
	if (bad !== undefined) throw invalid(context, label, `"${bad}" is not allowed`, `Choose the ${label.toLowerCase()} from the list.`);
	return values.length ? values.join(',') : undefined;
}

function feedQuery(context: IPollFunctions, feed: EsFeed, options: IDataObject): { query: IDataObject; activityType?: string } {
	if (feed === 'activities') {
		const { query, type } = activityQuery(context, options);
		return { query, activityType: type };
	}
	const query: IDataObject = { channel: pick(context, 'channel', ['All', 'Email', 'SmsMms'], 'Email') };
	if (feed === 'bounces') {
		const reason = pick(context, 'bounceReason', ['', '1', '2', '3', '6', '7'], '');
		const type = pick(context, 'bounceType', ['', '1', '2', '3'], '');
		if (reason) query.bounceReason = reason;
		if (type) query.bounceType = type;
		return { query };
	}
	const lists = idList(context, 'listIds', 'Lists', (value) => /^\d+$/.test(value));
	const known = new Set(REMOVE_TYPES.map((entry) => entry.value));
	const types = idList(context, 'removeTypes', 'Remove Types', (value) => known.has(value));
	return { query: { ...(lists ? { listIds: lists } : {}), ...(types ? { removeTypes: types } : {}), ...query } };
}

/**
 * The trigger's parameters, checked. Removed subscribers carry only the day of removal, so their feed looks back at
 * least two days: a removal of today is then still inside the window when it appears later in the day.
 */
export function readEsTriggerSettings(context: IPollFunctions): EsTriggerSettings {
	const feed = pick(context, 'feed', ['activities', 'bounces', 'removedSubscribers'], 'activities') as EsFeed;
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const window = readLateEventWindowMs(context, options);
	const lookbackMs = feed === 'removedSubscribers' ? Math.max(window, 2 * DAY_MS) : window;
	return { feed, lookbackMs, ...feedQuery(context, feed, options) };
}
