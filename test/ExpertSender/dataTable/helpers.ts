import type { IDataObject } from 'n8n-workflow';

import type { LoggedRequest } from '../../../sandbox/framework';
import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { API_REQUEST_START } from '../helpers';

/** The Table locator set By Name. */
export const byName = (name: string): IDataObject => ({ __rl: true, mode: 'name', value: name });

/** The exact POST body ExpertSender gets: the envelope, the key, then `children` as written on the wire. */
export function expectedBody(children: string): string {
	const key = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return `${API_REQUEST_START}<ApiKey>${key}</ApiKey>${children}</ApiRequest>`;
}

/** Method, path and body of each logged request (the query for GETs). */
export function wire(entries: LoggedRequest[]): Array<[string, string, string | Record<string, string | string[]>]> {
	return entries.map((entry) => [entry.method, entry.path, entry.method === 'GET' ? entry.query : entry.body]);
}

/** `<Column><Name/><Value/></Column>` pairs as the codec writes them. */
export function columnsXml(pairs: Array<[string, string | null]>): string {
	return pairs
		.map(([name, value]) => `<Column><Name>${name}</Name>${value === null ? '<Value xsi:nil="true"/>' : `<Value>${value}</Value>`}</Column>`)
		.join('');
}
