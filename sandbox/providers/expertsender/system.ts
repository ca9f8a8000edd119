/** The server time: `GET /v2/Api/Time`, the business unit's clock (what the credential test reads). */
import type { Route } from './routes';
import { reply } from './xml';

export const routes: Route[] = [{ method: 'GET', resource: 'Time', id: 'none', handle: ({ account }) => reply(200, account.serverTime()) }];
