/**
 * The SuppressionLists resource, written from help.expertsender.com "Get suppression lists" (`GET
 * /v2/Api/SuppressionLists?apiKey=`: `<SuppressionLists><SuppressionList><Id/><Name/><ListType/>[<ImportRule/>]`) and
 * "Add to suppression list" (`POST /v2/Api/SuppressionLists/{id}?apiKey=&entry=[&entryType=phone|prefix]`, no body,
 * 201 Created with an empty body; entries already on the list are ignored; an invalid or empty entry is a 400 with
 * "Entry is not a valid email, domain, MD5 or SHA256.").
 */
import { emptyResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { EXPERTSENDER_API_KEY } from './fixtures';
import type { Route } from './routes';
import { EMAIL, INTEGER, Rejection, reply } from './xml';

export interface EsSuppressionList {
	id: number;
	name: string;
	listType: 'Email' | 'SmsMms';
	/** Only Email lists have one (OnlyEmail or EmailAndDomain). */
	importRule?: 'OnlyEmail' | 'EmailAndDomain';
	/** The entries, each as `phone:…`/`prefix:…` on SmsMms lists and as given (hashes in lower case) on Email lists. */
	entries: string[];
}

export function suppressionLists(account: EsAccount): EsSuppressionList[] {
	return account.state('suppressionLists', () => [
		{ id: 1, name: 'clients', listType: 'Email', importRule: 'EmailAndDomain', entries: ['blocked@example.com'] },
		{ id: 2, name: 'friends', listType: 'SmsMms', entries: [] },
		{ id: 3, name: 'Do not email', listType: 'Email', importRule: 'OnlyEmail', entries: [] },
	] as EsSuppressionList[]);
}

export function getSuppressionLists(account: EsAccount): SandboxResponse {
	return reply(200, {
		SuppressionLists: {
			SuppressionList: suppressionLists(account).map((list) => ({ Id: list.id, Name: list.name, ListType: list.listType, ImportRule: list.importRule })),
		},
	});
}

const DOMAIN = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const HASH = /^([0-9a-f]{32}|[0-9a-f]{64})$/i;

/** The stored form of an entry for this list, or a Rejection with the documented text. */
function checkedEntry(list: EsSuppressionList, entry: string, entryType: string | null): string {
	if (list.listType === 'SmsMms') {
		const type = entryType ?? 'phone';
		if (type !== 'phone' && type !== 'prefix') throw new Rejection(400, `Entry type ${type} is invalid; valid values are phone and prefix.`);
		const valid = type === 'phone' ? /^\d{6,20}$/.test(entry) : /^\d{1,4}$/.test(entry);
		if (!valid) throw new Rejection(400, `Entry is not a valid ${type === 'phone' ? 'phone number' : 'dialing prefix'}.`);
		return `${type}:${entry}`;
	}
	// entryType is ignored for Email lists (the docs say so).
	if (EMAIL.test(entry) || DOMAIN.test(entry) || HASH.test(entry)) return HASH.test(entry) ? entry.toLowerCase() : entry;
	throw new Rejection(400, 'Entry is not a valid email, domain, MD5 or SHA256.');
}

/** `POST SuppressionLists/{id}`: the key comes in the query, as for GET, since this method has no XML body. */
export function addToSuppressionList(account: EsAccount, request: SandboxRequest, idText: string): SandboxResponse {
	const key = request.query.get('apiKey');
	if (key === null || key === '') throw new Rejection(403, 'Api key is missing.');
	if (key !== EXPERTSENDER_API_KEY) throw new Rejection(403, 'Api key is invalid.');
	if (!INTEGER.test(idText)) throw new Rejection(400, `Suppression list id ${idText} is not a number.`);
	const list = suppressionLists(account).find((candidate) => candidate.id === Number(idText));
	if (!list) throw new Rejection(400, `Suppression list ${idText} does not exist.`);
	const entry = (request.query.get('entry') ?? '').trim();
	if (entry === '') throw new Rejection(400, 'Entry is not a valid email, domain, MD5 or SHA256.');
	const stored = checkedEntry(list, entry, request.query.get('entryType'));
	if (!list.entries.some((known) => known.toLowerCase() === stored.toLowerCase())) list.entries.push(stored);
	return emptyResponse(201);
}

const getRow: Route = { method: 'GET', resource: 'SuppressionLists', id: 'none', handle: ({ account }) => getSuppressionLists(account) };

/**
 * The Add row takes its key from the query: index.ts must check `keyInQuery` rows with its query-key check instead of
 * the XML envelope check it applies to every other POST.
 */
export const addRow = {
	method: 'POST',
	resource: 'SuppressionLists',
	id: 'required',
	keyInQuery: true,
	handle: ({ account, request, id }) => addToSuppressionList(account, request, id!),
} satisfies Route & { keyInQuery: true };

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [getRow, addRow];
