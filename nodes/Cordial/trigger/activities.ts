/**
 * Reads Cordial's contact activities (`GET /v2/contactactivities`, Cordial API v2 Swagger, operation getActivityList)
 * for a time window: `time[gte]` and `time[lt]`, the chosen `action` (one read per action: the API filters on one),
 * the filters, and numbered pages of CORDIAL_MAX_PER_PAGE. Cordial documents no order for this list, so every page
 * of the window is read and the events are ordered here.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asRequestContext, type FeedRead, type PolledEvent } from '../../shared/polling';
import { CORDIAL_MAX_PER_PAGE } from '../helpers/paging';
import { cordialList, queryString } from '../transport';
import type { CordialTriggerSettings } from './settings';

/** The most pages one poll reads per action (CORDIAL_MAX_PER_PAGE each); the rest waits for the next poll. */
export const MAX_POLL_PAGES = 20;

export interface CordialEvent extends PolledEvent {
	record: IDataObject;
}

/** `2026-06-01T12:00:00Z`: whole seconds, as the Swagger's examples (`YYYY-MM-DDThh:mm:ss`), in UTC. */
export function cordialTime(time: number): string {
	return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

/** Cordial writes times as `2017-03-13T22:02:42+0000` (its Events page); the offset without a colon is read too. */
export function parseCordialTime(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const time = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
	return Number.isNaN(time) ? undefined : time;
}

function toEvent(context: IPollFunctions, record: IDataObject): CordialEvent {
	const time = parseCordialTime(record.time);
	const id = record._id;
	if (time === undefined || (typeof id !== 'string' && typeof id !== 'number')) {
		throw new NodeOperationError(context.getNode(), 'Cordial answered a contact activity without a readable "_id" and "time"', {
			description: `Got _id ${JSON.stringify(id)} and time ${JSON.stringify(record.time)}. Check that the credential's base URL is Cordial's API root ending in /v2.`,
		});
	}
	return { id: String(id), time, record };
}

async function readAction(
	context: IPollFunctions,
	settings: CordialTriggerSettings,
	action: string | undefined,
	window: { from: number; until: number },
): Promise<{ events: CordialEvent[]; complete: boolean }> {
	const events: CordialEvent[] = [];
	const deadline = Date.now() + context.getPollBudgetMs() / 2;
	for (let page = 1; page <= MAX_POLL_PAGES; page++) {
		const query = queryString([
			['time[gte]', cordialTime(window.from)],
			['time[lt]', cordialTime(window.until)],
			['action', action],
			['email', settings.filters.email],
			['mcID', settings.filters.mcID],
			['mdtID', settings.filters.mdtID],
			['per_page', CORDIAL_MAX_PER_PAGE],
			['page', page],
		]);
		const records = await cordialList.call(asRequestContext(context), { operation: 'Poll Contact Activities', method: 'GET', path: `/contactactivities${query}` });
		events.push(...records.map((record) => toEvent(context, record)));
		if (records.length < CORDIAL_MAX_PER_PAGE) return { events, complete: true };
		if (Date.now() > deadline) break;
	}
	return { events, complete: false };
}

/**
 * The events of the window for every chosen action. When a read stops at its bound (MAX_POLL_PAGES or half the poll's
 * time budget), the feed counts as read only up to the newest event it gave, so the next poll goes on from there.
 */
export async function readActivities(
	context: IPollFunctions,
	settings: CordialTriggerSettings,
	from: number,
	until: number,
): Promise<FeedRead<CordialEvent>> {
	const events: CordialEvent[] = [];
	let readUntil = until;
	for (const action of settings.actions ?? [undefined]) {
		const read = await readAction(context, settings, action, { from, until });
		events.push(...read.events);
		if (!read.complete) readUntil = Math.min(readUntil, Math.max(from, ...read.events.map((event) => event.time)));
	}
	return { events, readUntil };
}
