/**
 * The activity feeds, from ExpertSender's API documentation (help.expertsender.com): "Get subscriber activity"
 * (`GET /v2/Api/Activities?date&type&channel&columns&returnGuid&returnTitle&tags…`: one day, CSV with a header row,
 * comma separated, `"` as quote and escape, UTF-8, `text/csv`), "Get bounces list" (`GET /v2/Api/Bounces?startDate
 * &endDate&channel&bounceReason&bounceType`: CSV `Date,Email,BounceCode,BounceReason,BounceType`), "Get removed
 * subscribers" (`GET /v2/Api/RemovedSubscribers?listIds&removeTypes&startDate&endDate&channel`: XML
 * `Data/RemovedSubscribers/RemovedSubscriber{Id,Email,ListId,UnsubscribedOn}`) and "Get server time" ("Business unit
 * timezone will be applied … All other requests which require passing datetime parameters, assume they are in business
 * unit timezone"). Times are the account's wall-clock times; dates are its days. The Bounces period is taken with both
 * dates included (the page does not say; its example asks 2010-10-01 to 2010-10-02 for a bounce of 2010-10-01).
 */
import type { SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import {
	ACTIVITY_COLUMNS,
	BOUNCE_COLUMNS,
	BOUNCE_REASONS,
	BOUNCE_TYPES,
	CHANNEL_ACTIVITY_TYPES,
	CHANNELS,
	REMOVE_TYPES,
	type EsActivityRow,
} from './fixtures';
import { Rejection, reply } from './xml';
import type { Route } from './routes';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` parameter: required or optional; a malformed or impossible date is a 400. */
function dateParameter(query: URLSearchParams, name: string, required: boolean): string | undefined {
	const value = query.get(name);
	if (value === null || value === '') {
		if (required) throw new Rejection(400, `Parameter ${name} is required.`);
		return undefined;
	}
	const match = DATE.exec(value);
	const valid = match && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
	if (!valid) throw new Rejection(400, `Parameter ${name} has invalid format; use YYYY-MM-DD.`);
	return value;
}

function oneOf(query: URLSearchParams, name: string, allowed: readonly string[]): string | undefined {
	const value = query.get(name);
	if (value === null) return undefined;
	if (!allowed.includes(value)) throw new Rejection(400, `Invalid value of parameter ${name}: '${value}'.`);
	return value;
}

function flag(query: URLSearchParams, name: string): boolean {
	return oneOf(query, name, ['true', 'false']) === 'true';
}

/** One CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled (the documented settings). */
function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvResponse(columns: string[], rows: Array<Record<string, string>>): SandboxResponse {
	const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column] ?? '')).join(','))];
	return { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' }, body: `${lines.join('\r\n')}\r\n` };
}

function channelMatches(wanted: string, channel: string): boolean {
	return wanted === 'All' || wanted === channel;
}

function activityColumns(type: string, query: URLSearchParams): string[] {
	const extended = oneOf(query, 'columns', ['Standard', 'Extended']) === 'Extended';
	const { standard, extended: more } = ACTIVITY_COLUMNS[type];
	const columns = [...standard, ...(extended ? more : [])];
	if (type === 'Clicks' && flag(query, 'returnTitle')) columns.push('Title');
	if (type !== 'Subscriptions' && type !== 'Confirmations' && flag(query, 'returnGuid')) columns.push('MessageGuid');
	return columns;
}

export function getActivities(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const date = dateParameter(query, 'date', true)!;
	const type = query.get('type');
	if (type === null || type === '') throw new Rejection(400, 'Parameter type is required.');
	if (!Object.prototype.hasOwnProperty.call(ACTIVITY_COLUMNS, type)) throw new Rejection(400, `Invalid value of parameter type: '${type}'.`);
	const channel = CHANNEL_ACTIVITY_TYPES.includes(type) ? (oneOf(query, 'channel', CHANNELS) ?? 'Email') : 'Email';
	const columns = activityColumns(type, query);
	const rows = account.activityRows
		.filter((row: EsActivityRow) => row.type === type && row.date.startsWith(`${date} `) && channelMatches(channel, row.channel))
		.map((row) => ({ ...row.values, Date: row.date }));
	return csvResponse(columns, rows);
}

export function getBounces(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const start = dateParameter(query, 'startDate', true)!;
	const end = dateParameter(query, 'endDate', true)!;
	const channel = oneOf(query, 'channel', CHANNELS) ?? 'Email';
	const reason = oneOf(query, 'bounceReason', Object.keys(BOUNCE_REASONS));
	const type = oneOf(query, 'bounceType', Object.keys(BOUNCE_TYPES));
	const rows = account.bounceRows
		.filter((row) => row.date.slice(0, 10) >= start && row.date.slice(0, 10) <= end && channelMatches(channel, row.channel))
		.filter((row) => (reason === undefined || row.reason === BOUNCE_REASONS[reason]) && (type === undefined || row.type === BOUNCE_TYPES[type]))
		.map((row) => ({ Date: row.date, Email: row.email, BounceCode: row.code, BounceReason: row.reason, BounceType: row.type }));
	return csvResponse(BOUNCE_COLUMNS, rows);
}

function intList(query: URLSearchParams, name: string): number[] | undefined {
	const value = query.get(name);
	if (value === null || value === '') return undefined;
	const parts = value.split(',');
	if (!parts.every((part) => /^\d+$/.test(part))) throw new Rejection(400, `Invalid value of parameter ${name}: '${value}'.`);
	return parts.map(Number);
}

export function getRemovedSubscribers(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const lists = intList(query, 'listIds');
	const typesText = query.get('removeTypes');
	const types = typesText === null || typesText === '' ? undefined : typesText.split(',');
	const unknownType = types?.find((type) => !REMOVE_TYPES.includes(type));
	if (unknownType !== undefined) throw new Rejection(400, `Invalid value of parameter removeTypes: '${unknownType}'.`);
	const start = dateParameter(query, 'startDate', false);
	const end = dateParameter(query, 'endDate', false);
	const channel = oneOf(query, 'channel', CHANNELS) ?? 'Email';
	const removed = account.removedSubscribers.filter(
		(entry) =>
			(lists === undefined || lists.includes(entry.listId)) &&
			(types === undefined || types.includes(entry.removeType)) &&
			(start === undefined || entry.date >= start) &&
			(end === undefined || entry.date <= end) &&
			channelMatches(channel, entry.channel),
	);
	return reply(200, {
		RemovedSubscribers: {
			RemovedSubscriber: removed.map((entry) => ({ Id: entry.id, Email: entry.email, ListId: entry.listId, UnsubscribedOn: `${entry.date}T00:00:00Z` })),
		},
	});
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', resource: 'Activities', id: 'none', handle: ({ account, request }) => getActivities(account, request.query) },
	{ method: 'GET', resource: 'Bounces', id: 'none', handle: ({ account, request }) => getBounces(account, request.query) },
	{ method: 'GET', resource: 'RemovedSubscribers', id: 'none', handle: ({ account, request }) => getRemovedSubscribers(account, request.query) },
];
