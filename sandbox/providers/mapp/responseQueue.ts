/**
 * The Response Queue's non-destructive time-range read, `GET /async/pollByRange?type=&from=&to=&limit=`, written from
 * Mapp's documentation: the async API reference (docs.mapp.com/apidocs/async, the pollByRange OpenAPI fragment: all
 * four parameters required, from/to Unix timestamps of the event's insertion into the database, 400 "Required
 * parameters are missing or incorrect"), the "Response Queue Service" page (up to 20,000 responses per retrieval) and
 * "Polling Mobile Push with Response Queue" (a result is an asyncResult: queueId plus repeated output name/value
 * pairs). The REST API has the method only: it has no SOAP operation here.
 *
 * Answer shape: the fragment says only "array of objects". The JSON is Mapp's XML example mapped as Mapp's REST API
 * maps its SOAP types (repeated elements become arrays, as in contact attributes): `[{queueId, output: [{name, value}]}]`,
 * in insertion order, at most `limit`. The destructive `/async/poll` is deliberately not emulated.
 */
import { invalidParameter } from './errors';
import { RESPONSE_QUEUE_MAX_LIMIT, RESPONSE_QUEUE_TYPES } from './fixtures';
import type { Operation, Route } from './operation';

export const asyncPollByRange: Operation = {
	query: { type: 'string', from: 'long', to: 'long', limit: 'long' },
	run: (account, args) => {
		const type = String(args.type);
		if (!RESPONSE_QUEUE_TYPES.includes(type)) throw invalidParameter('type', type, `unknown type, one of ${RESPONSE_QUEUE_TYPES.join(', ')} expected`);
		const from = Number(args.from);
		const to = Number(args.to);
		const limit = Number(args.limit);
		if (limit < 1 || limit > RESPONSE_QUEUE_MAX_LIMIT) throw invalidParameter('limit', String(args.limit), `between 1 and ${RESPONSE_QUEUE_MAX_LIMIT} expected`);
		if (to < from) throw invalidParameter('to', String(args.to), 'the closing timestamp is before the opening timestamp');
		const matching = account.responseQueue.filter(
			(event) => (type === 'allMessages' ? event.type !== 'sentToMta' : event.type === type) && event.insertedAt >= from && event.insertedAt <= to,
		);
		return { json: matching.slice(0, limit).map((event) => ({ queueId: event.queueId, output: event.output.map((pair) => ({ ...pair })) })) };
	},
};

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'GET', path: '/async/pollByRange', handler: asyncPollByRange },
];
