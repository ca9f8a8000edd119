/**
 * Account lists (`/v2/accountlists`), written from Cordial's API v2 Swagger (addList, getLists, getlist, updatelist,
 * deletelist, getlistcount, clearlist) and the "Account lists" page. A list is `{ id, name, enhanced }` with an
 * integer ID; a contact's membership is its name in `CordialContact.lists` (contacts.ts), which Count and Clear read.
 */
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { ACCOUNT_LISTS, type Json } from './fixtures';
import { error, isObject, notFound, unknownParameter } from './replies';
import type { PatternRoute } from './routes';

export interface AccountList {
	id: number;
	name: string;
	enhanced: boolean;
}

interface ListState {
	lists: Map<number, AccountList>;
	nextId: number;
}

/** The account's lists: the seeded ACCOUNT_LISTS (IDs 101, 102, …), then those created. */
export function listState(account: CordialAccount): ListState {
	return account.state('accountLists', () => {
		const lists = new Map<number, AccountList>();
		ACCOUNT_LISTS.forEach((name, index) => lists.set(101 + index, { id: 101 + index, name, enhanced: false }));
		return { lists, nextId: 101 + ACCOUNT_LISTS.length };
	});
}

/** The fields of the Swagger's `List` definition; any other body field is refused. */
const LIST_FIELDS = ['name', 'enhanced'];
/** ListValidationError: "Name must contain only letters, numbers, and dashes. Should not exceed 128 characters." */
const LIST_NAME = /^[A-Za-z0-9-]{1,128}$/;

const validation = (message: string) => error(422, 'GENERIC_ERROR_KEY', message);
/** The Swagger's ListNotExist (getlist, getlistcount, clearlist). */
const listNotExist = () => error(404, 'ACCOUNT_LISTS_NOT_FOUND', 'List does not exist');

/** The `List` body of addList / updatelist: the refusal, if any. `create` requires the name. */
function checkListBody(state: ListState, body: Json, create: boolean, self?: AccountList): SandboxResponse | undefined {
	const unknown = Object.keys(body).find((field) => !LIST_FIELDS.includes(field));
	if (unknown) return error(422, 'GENERIC_ERROR_KEY', { [unknown]: ['Unknown field'] }, 'messages');
	if (body.name === undefined && create) return validation('name is required');
	if (body.name !== undefined) {
		if (typeof body.name !== 'string' || !LIST_NAME.test(body.name)) {
			return validation('Name must contain only letters, numbers, and dashes. Should not exceed 128 characters.');
		}
		// ListError: "cid is not allowed for list names."
		if (body.name.toLowerCase() === 'cid') return validation('cid is not allowed for list names.');
		const taken = [...state.lists.values()].some((list) => list.name === body.name && list !== self);
		if (taken) return validation('Name must be unique');
	}
	if (body.enhanced !== undefined && typeof body.enhanced !== 'boolean') {
		return error(422, 'GENERIC_ERROR_KEY', { enhanced: ['Possible values: true, false'] }, 'messages');
	}
	return undefined;
}

/** The `{id}` path parameter: the Swagger types it as an integer. */
function findList(account: CordialAccount, id: string): AccountList | undefined {
	return /^\d+$/.test(id) ? listState(account).lists.get(Number(id)) : undefined;
}

const view = (list: AccountList): Json => ({ id: list.id, name: list.name, enhanced: list.enhanced });

/** The contacts of the account on the list. */
function members(account: CordialAccount, name: string) {
	return [...account.contacts.values()].filter((contact) => contact.lists.includes(name));
}

function removeMembership(account: CordialAccount, name: string): void {
	for (const contact of members(account, name)) contact.lists = contact.lists.filter((entry) => entry !== name);
}

function addList(account: CordialAccount, body: Json): SandboxResponse {
	const state = listState(account);
	const refusal = checkListBody(state, body, true);
	if (refusal) return refusal;
	const list: AccountList = { id: state.nextId, name: String(body.name), enhanced: body.enhanced === true };
	state.nextId += 1;
	state.lists.set(list.id, list);
	// ListCreationSuccess
	return jsonResponse(200, { success: true, id: list.id });
}

function getLists(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	// getLists declares only `name` (no paging): every list comes in one answer. The Swagger's 404 for this call is
	// not described; a name that matches nothing gives an empty list here (the sandbox's choice).
	const unknown = unknownParameter(query, ['name']);
	if (unknown) return unknown;
	const name = query.get('name');
	const lists = [...listState(account).lists.values()].filter((list) => name === null || list.name === name);
	return jsonResponse(200, lists.map(view));
}

function updateList(account: CordialAccount, id: string, body: Json): SandboxResponse {
	const list = findList(account, id);
	// updatelist answers 404 ListNotFound (GENERIC_ERROR_KEY, "List is not found").
	if (!list) return error(404, 'GENERIC_ERROR_KEY', 'List is not found');
	const refusal = checkListBody(listState(account), body, false, list);
	if (refusal) return refusal;
	if (typeof body.name === 'string' && body.name !== list.name) {
		for (const contact of members(account, list.name)) contact.lists = contact.lists.map((entry) => (entry === list.name ? String(body.name) : entry));
		list.name = body.name;
	}
	if (typeof body.enhanced === 'boolean') list.enhanced = body.enhanced;
	// updatelist's 200 is an array of ListShow.
	return jsonResponse(200, [view(list)]);
}

function deleteList(account: CordialAccount, id: string): SandboxResponse {
	const list = findList(account, id);
	if (!list) return notFound();
	listState(account).lists.delete(list.id);
	removeMembership(account, list.name);
	return jsonResponse(200, { success: true });
}

export const accountListRoutes: PatternRoute[] = [
	{ method: 'POST', path: 'accountlists', handle: ({ account, body }) => addList(account, body) },
	{ method: 'GET', path: 'accountlists', handle: ({ account, request }) => getLists(account, request.query) },
	{
		method: 'GET',
		path: 'accountlists/{id}',
		handle: ({ account, params, request }) => {
			const unknown = unknownParameter(request.query, []);
			if (unknown) return unknown;
			const list = findList(account, params.id);
			return list ? jsonResponse(200, view(list)) : listNotExist();
		},
	},
	{ method: 'PUT', path: 'accountlists/{id}', handle: ({ account, params, body }) => updateList(account, params.id, isObject(body) ? body : {}) },
	{ method: 'DELETE', path: 'accountlists/{id}', handle: ({ account, params }) => deleteList(account, params.id) },
	{
		method: 'GET',
		path: 'accountlists/{id}/count',
		handle: ({ account, params }) => {
			const list = findList(account, params.id);
			// ListShowCount: the list with the count of contacts assigned to it.
			return list ? jsonResponse(200, { ...view(list), count: members(account, list.name).length }) : listNotExist();
		},
	},
	{
		method: 'PUT',
		path: 'accountlists/{id}/clear',
		handle: ({ account, params, request }) => {
			const list = findList(account, params.id);
			if (!list) return listNotExist();
			// clearlist takes no body.
			if (request.text !== '') return error(422, 'GENERIC_ERROR_KEY', { body: ['Clear takes no body'] }, 'messages');
			removeMembership(account, list.name);
			return jsonResponse(200, { success: true, id: list.id });
		},
	},
];
