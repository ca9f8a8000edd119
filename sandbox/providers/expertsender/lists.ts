/** The Lists resource: `GET /v2/Api/Lists[?seedLists=true]`, every list (or every seed list) in one answer. */
import type { SandboxResponse } from '../../framework';
import { LISTS } from './fixtures';
import { reply } from './xml';

export function getLists(query: URLSearchParams): SandboxResponse {
	const seed = query.get('seedLists') === 'true';
	return reply(200, {
		Lists: {
			List: LISTS.filter((list) => list.seed === seed).map((list) => ({
				Id: list.id,
				Name: list.name,
				FriendlyName: list.friendlyName,
				Language: list.language,
				OptInMode: list.optInMode,
			})),
		},
	});
}
