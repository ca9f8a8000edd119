/**
 * Item accounting, generated from the operation catalogue:
 * - provider data whose keys look like an n8n item's (`json`, `binary`, `pairedItem`, `__proto__`) stays under the
 *   output item's `json`, for every operation with JSON answers;
 * - for every delivering operation with Requests in Parallel and without Continue On Fail, one item fails while the
 *   others are in flight and processed: the error must name every other item as completed, so that a re-run leaves
 *   them out.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { everyOperation, useCatalogueSuite } from './harness';

const { sandbox, run, tally, duplicatesOf } = useCatalogueSuite('accounting');

const ITEM_LIKE = {
	json: { id: 'inner' },
	binary: { data: { data: 'AAAA', mimeType: 'text/plain', fileName: 'x.txt' } },
	pairedItem: { item: 99 },
	error: 'not an error',
};
// JSON.parse makes `__proto__` an own key; written by hand so that it reaches the node as a key, not a prototype.
const PROVIDER_RECORD = `{"__proto__":{"polluted":true},${JSON.stringify(ITEM_LIKE).slice(1, -1)},"id":"1","identifiers":[],"attributes":{}}`;
const ITEM_LIKE_BODY = `{${[
	PROVIDER_RECORD.slice(1, -1),
	`"data":${PROVIDER_RECORD}`,
	`"results":[${PROVIDER_RECORD}]`,
	`"items":[${PROVIDER_RECORD}]`,
	`"contacts":[${PROVIDER_RECORD}]`,
].join(',')}}`;

/** What of an output item does not hold: only json and pairedItem, paired with a real input item. */
function itemProblems(items: INodeExecutionData[], inputCount: number): string[] {
	return items.flatMap((item, position) => {
		const problems: string[] = [];
		const extra = Object.keys(item).filter((key) => key !== 'json' && key !== 'pairedItem');
		if (extra.length > 0) problems.push(`output item ${position} has ${extra.join(', ')} outside json`);
		const paired = (item.pairedItem as { item?: number } | undefined)?.item;
		if (paired === undefined || paired >= inputCount) problems.push(`output item ${position} is paired with ${paired}`);
		if ((Object.getPrototypeOf(item.json) as { polluted?: boolean } | null)?.polluted) problems.push(`output item ${position} took a prototype`);
		return problems;
	});
}

/** Whether the provider's item-like keys reached the output, each as data under json. */
function keptUnderJson(items: INodeExecutionData[]): number {
	const text = JSON.stringify(items.map((item) => item.json));
	return ['"json":{"id":"inner"}', '"binary":{"data":{"data":"AAAA"', '"pairedItem":{"item":99}'].filter((part) => text.includes(part)).length;
}

const jsonOperations = everyOperation.filter(([, , spec]) => !spec.xml);
/** The nodes with an operation that passed the answer on whole: the check below needs at least one per node. */
const passedOn = new Set<unknown>();

describe('provider data is never taken for an n8n item', () => {
	it.each(jsonOperations)('%s: item-like keys of an answer stay under json', async (_label, catalogue, spec) => {
		sandbox.injectFault({ provider: spec.provider, times: 1_000, respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: ITEM_LIKE_BODY } });
		const result = await run(spec, { continueOnFail: true });
		const items = result.output('Node');
		const f = tally('item-like data');
		f.cases++;
		f.itemsIn += spec.items.length;
		f.itemsOut += items.length;
		expect(result.error).toBeUndefined();
		expect(itemProblems(items, spec.items.length)).toEqual([]);
		// An operation that passes the answer on passes it on whole; one that maps fields keeps none of these keys.
		const kept = keptUnderJson(items);
		expect([0, 3]).toContain(kept);
		if (kept === 3) passedOn.add(catalogue);
	});

	it('passes the answer on, whole, for operations of at least one node (so the check above is not vacuous)', () => {
		expect(passedOn.size).toBeGreaterThanOrEqual(1);
	});
});

const delivering = everyOperation.filter(([, , spec]) => spec.deliveries !== undefined && spec.items.length >= 2);

/** The item indexes a description names in its "Completed, so do not send again: …" sentence. */
function namedCompleted(description: string): number[] {
	const list = /Completed, so do not send again: items? ([\d, -]+)\./.exec(description)?.[1] ?? '';
	return list.split(',').flatMap((part) => {
		const [from, to] = part.trim().split('-').map(Number);
		if (Number.isNaN(from)) return [];
		return Array.from({ length: (to ?? from) - from + 1 }, (_, offset) => from + offset);
	});
}

describe('an item fails while others are in flight, without Continue On Fail', () => {
	it.each(delivering)('%s: the error names every other item as completed', async (_label, _catalogue, spec) => {
		const count = spec.items.length;
		// The first requests to arrive are held and then processed; the last fails at once, while they are in flight.
		sandbox.injectFault({ provider: spec.provider, ...spec.faultOn, times: count - 1, process: true, delayMs: 150 });
		sandbox.injectFault({ provider: spec.provider, ...spec.faultOn, times: 1, respond: { status: 400, headers: { 'Content-Type': 'text/plain' }, body: 'rejected' } });
		const parameters: IDataObject = { ...spec.parameters, requestOptions: { ...(spec.parameters.requestOptions as IDataObject), requestsInParallel: count } };
		const result = await run(spec, { parameters });
		const error = result.error as unknown as { message: string; description?: string } | undefined;
		const f = tally('in flight (stop)');
		f.cases++;
		f.itemsIn += count;
		f.duplicates += duplicatesOf(spec);
		if (!error) {
			// A bulk operation sends all items in one request, which the first fault held and let through.
			expect(sandbox.requests(spec.provider).filter((entry) => entry.faulted).length).toBeLessThan(count);
			return;
		}
		f.itemsOut += count;
		expect(error.message).toContain(spec.providerName);
		const failed = Number(/\[item (\d+)\]/.exec(error.message)?.[1]);
		const others = Array.from({ length: count }, (_, index) => index).filter((index) => index !== failed);
		expect(namedCompleted(error.description ?? '')).toEqual(others);
		expect(duplicatesOf(spec)).toBe(0);
	});
});
