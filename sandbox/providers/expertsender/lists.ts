/** The Lists resource: `GET /v2/Api/Lists[?seedLists=true]`, every list (or every seed list) in one answer. */
import type { SandboxResponse } from '../../framework';
import type { EsAccount } from './account';
import { LISTS, type EsList } from './fixtures';
import type { Route } from './routes';
import { reply } from './xml';

/** The account's lists (seed lists among them): the seeded ones after a reset, and any made since. */
export function accountLists(account: EsAccount): EsList[] {
	return account.state('lists', () => LISTS.map((list) => ({ ...list })));
}

export function getLists(account: EsAccount, query: URLSearchParams): SandboxResponse {
	const seed = query.get('seedLists') === 'true';
	return reply(200, {
		Lists: {
			List: accountLists(account)
				.filter((list) => list.seed === seed)
				.map((list) => ({
					Id: list.id,
					Name: list.name,
					FriendlyName: list.friendlyName,
					Language: list.language,
					OptInMode: list.optInMode,
				})),
		},
	});
}

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [{ method: 'GET', resource: 'Lists', id: 'none', handle: ({ account, request }) => getLists(account, request.query) }];
