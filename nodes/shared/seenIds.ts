/**
 * A bounded set of the IDs a trigger has already emitted, kept in the workflow's static data, for providers that may
 * deliver the same event more than once (webhook retries). Oldest first; past `limit` the oldest are forgotten, so a
 * re-delivery after `limit` newer events would be emitted again (the bound keeps static data small).
 */
import type { IDataObject } from 'n8n-workflow';

/** How many IDs a trigger remembers unless it says otherwise. */
export const DEFAULT_SEEN_LIMIT = 1000;

function seenList(staticData: IDataObject, key: string): string[] {
	const stored = staticData[key];
	return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/** Whether `id` was recorded before. */
export function wasSeen(staticData: IDataObject, key: string, id: string): boolean {
	return seenList(staticData, key).includes(id);
}

/** Records `id` as seen (moved to the newest end if already there), keeping the newest `limit` IDs. */
export function markSeen(staticData: IDataObject, key: string, id: string, limit = DEFAULT_SEEN_LIMIT): void {
	const list = seenList(staticData, key).filter((known) => known !== id);
	list.push(id);
	staticData[key] = list.slice(-limit);
}

/**
 * The IDs this n8n process has let through, per scope (e.g. one webhook registration). n8n saves a webhook's static
 * data only after the call, so two deliveries of one event that arrive together both read it without the other's ID;
 * this catches them within one process, static data across restarts and processes.
 */
const claimed = new Map<string, string[]>();

/** True the first time `id` is claimed in `scope` by this process; the newest `limit` IDs per scope are kept. */
export function claimOnce(scope: string, id: string, limit = DEFAULT_SEEN_LIMIT): boolean {
	const list = claimed.get(scope) ?? [];
	if (list.includes(id)) return false;
	list.push(id);
	claimed.set(scope, list.slice(-limit));
	return true;
}
