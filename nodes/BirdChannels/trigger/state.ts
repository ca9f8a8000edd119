/**
 * What the trigger keeps in the workflow's static data (`getWorkflowStaticData('node')`): per webhook URL (the test
 * and the production URL are registered apart) the signing key and the subscriptions made with it, and the IDs of
 * the events already emitted.
 */
import type { IDataObject } from 'n8n-workflow';

export interface Endpoint {
	signingKey: string;
	subscriptions: Array<{ id: string; event: string }>;
}

const ENDPOINTS_KEY = 'birdWebhooks';

/** The key of the seen-event IDs in static data (see nodes/shared/seenIds). */
export const SEEN_KEY = 'birdSeenEvents';

/** How many event IDs the trigger remembers to drop re-deliveries. */
export const SEEN_LIMIT = 1000;

function isEndpoint(value: unknown): value is Endpoint {
	const endpoint = value as Endpoint | undefined;
	return (
		typeof endpoint?.signingKey === 'string' &&
		Array.isArray(endpoint.subscriptions) &&
		endpoint.subscriptions.every((entry) => typeof entry?.id === 'string' && typeof entry.event === 'string')
	);
}

/** Every registered endpoint by URL (a stored value of another shape counts as none). */
export function endpoints(staticData: IDataObject): Record<string, Endpoint> {
	const stored = staticData[ENDPOINTS_KEY];
	if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
	return Object.fromEntries(Object.entries(stored).filter(([, value]) => isEndpoint(value))) as Record<string, Endpoint>;
}

export function endpoint(staticData: IDataObject, url: string): Endpoint | undefined {
	return endpoints(staticData)[url];
}

export function saveEndpoint(staticData: IDataObject, url: string, value: Endpoint | undefined): void {
	const all = endpoints(staticData);
	if (value) all[url] = value;
	else delete all[url];
	staticData[ENDPOINTS_KEY] = all as unknown as IDataObject;
}
