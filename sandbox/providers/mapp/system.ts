/** System: system/getApiVersion of the Mapp Engage REST API, which takes no arguments (the credential test call). */
import type { Operation, Route } from './operation';

/** No `query`: the REST layer reads neither the query nor a body, as the method takes no arguments. */
export const systemGetApiVersion: Operation = {
	run: () => ({ json: { value: '19' } }),
};

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', path: '/system/getApiVersion', handler: systemGetApiVersion },
];
