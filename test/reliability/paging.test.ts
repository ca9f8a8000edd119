/**
 * Hostile answers that look like success, generated from the operation catalogue: a list that never ends (the same
 * page token again, or full pages forever) for every list operation of a provider that pages, and Mapp's typed error
 * inside a 2xx answer for every Mapp REST operation. Each must stop with an error that names the provider, the
 * operation and the item, and output nothing as if it had worked.
 */
import type { SandboxRequest, SandboxResponse } from '../../sandbox';
import { jsonResponse } from '../../sandbox/framework';
import { MAX_PAGES } from '../../nodes/shared/transport';
import type { OperationSpec } from './catalogue/types';
import { everyOperation, useCatalogueSuite } from './harness';

const { sandbox, run, tally } = useCatalogueSuite('paging');

/**
 * Endless lists in each paging provider's own shape: Bird pages by `nextPageToken` (api.bird.com "Pagination"),
 * Cordial by `page`/`per_page`, a page shorter than `per_page` being the last (Cordial API v2 Swagger, GET /contacts).
 * ExpertSender's and Mapp's list calls answer whole lists, without paging.
 */
const ENDLESS: Record<string, { what: string; page: (request: SandboxRequest) => SandboxResponse; problem: string }> = {
	bird: {
		what: 'the same nextPageToken on every page',
		page: () => jsonResponse(200, { results: [{ id: 'x' }], nextPageToken: 'same-token' }),
		problem: 'page 2 of the list gives a page token already followed, so the list would never end',
	},
	cordial: {
		what: 'full pages forever',
		page: (request) => {
			const perPage = Number(request.query.get('per_page') ?? 0);
			return jsonResponse(200, Array.from({ length: perPage }, (_, index) => ({ id: String(index) })));
		},
		problem: `the list goes on past ${MAX_PAGES} pages, the most one read follows`,
	},
};

const listOperations = everyOperation.filter(([, , spec]) => spec.parameters.returnAll !== undefined && ENDLESS[spec.provider]);

/** Mapp's typed exception, as its REST API answers it (Mapp Engage REST API 2.0, "Error handling"). */
const MAPP_EXCEPTION = { errorActor: 'CLIENT', errorCode: 'NO_SUCH_OBJECT', message: 'The contact does not exist.' };
const mappRestOperations = everyOperation.filter(([, , spec]) => spec.provider === 'mapp' && spec.parameters.api !== 'soap');

function errorText(spec: OperationSpec, result: Awaited<ReturnType<typeof run>>): string {
	const items = result.output('Node');
	expect(items).toHaveLength(1);
	expect(items[0].pairedItem).toEqual({ item: 0 });
	const message = String(items[0].json.error ?? '');
	expect(message).toContain(spec.providerName);
	expect(message).toContain('[item 0]');
	return message;
}

describe('a list that never ends stops with an error', () => {
	it('covers every list operation of the paging providers', () => {
		expect(new Set(listOperations.map(([, , spec]) => spec.provider))).toEqual(new Set(Object.keys(ENDLESS)));
	});

	it.each(listOperations)('%s', async (_label, _catalogue, spec) => {
		const endless = ENDLESS[spec.provider];
		sandbox.injectFault({ provider: spec.provider, method: 'GET', times: MAX_PAGES + 10, answer: endless.page });
		const parameters = { ...spec.parameters, returnAll: true };
		const result = await run(spec, { parameters, items: spec.items.slice(0, 1), continueOnFail: true });
		const f = tally('endless lists');
		f.cases++;
		f.itemsIn++;
		f.itemsOut += result.output('Node').length;
		expect(errorText(spec, result)).toContain(endless.problem);
		expect(sandbox.requests(spec.provider).length).toBeLessThanOrEqual(MAX_PAGES + 1);
	});
});

describe("Mapp's error inside a 2xx answer is an error", () => {
	it.each(mappRestOperations)('%s', async (_label, _catalogue, spec) => {
		sandbox.injectFault({ provider: 'mapp', times: 1_000, respond: jsonResponse(200, MAPP_EXCEPTION) });
		const result = await run(spec, { items: spec.items.slice(0, 1), continueOnFail: true });
		const f = tally('in-band errors');
		f.cases++;
		f.itemsIn++;
		f.itemsOut += result.output('Node').length;
		expect(errorText(spec, result)).toContain('The contact does not exist. (NO_SUCH_OBJECT)');
	});
});
