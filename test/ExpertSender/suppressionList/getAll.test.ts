import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { ExpertSender } from '../../../nodes/ExpertSender/ExpertSender.node';
import { loadOptionsContext } from '../../harness/loadOptions';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const CLIENTS = { Id: 1, Name: 'clients', ListType: 'Email', ImportRule: 'EmailAndDomain' };
const FRIENDS = { Id: 2, Name: 'friends', ListType: 'SmsMms' };
const DO_NOT_EMAIL = { Id: 3, Name: 'Do not email', ListType: 'Email', ImportRule: 'OnlyEmail' };

describe('ExpertSender › Suppression List › Get Many', () => {
	const state = useExpertSenderSandbox();

	it('returns every suppression list as one item each, or up to the limit', async () => {
		const all = await runExpertSender(state, { resource: 'suppressionList', operation: 'getAll', returnAll: true });
		expect(all.items).toEqual([CLIENTS, FRIENDS, DO_NOT_EMAIL].map((json) => ({ json, pairedItem: { item: 0 } })));
		const limited = await runExpertSender(state, { resource: 'suppressionList', operation: 'getAll', returnAll: false, limit: 1 });
		expect(limited.items).toEqual([{ json: CLIENTS, pairedItem: { item: 0 } }]);
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query])).toEqual(
			Array(2).fill(['GET', '/v2/Api/SuppressionLists', { apiKey: EXPERTSENDER_API_KEY }]),
		);
	});

	it('reads the documented example answer of "Get suppression lists"', async () => {
		// help.expertsender.com "Get suppression lists", OK response (its two lists).
		state.sandbox.injectFault({
			provider: 'expertsender',
			respond: {
				status: 200,
				headers: { 'Content-Type': 'text/xml; charset=utf-8' },
				body: '<ApiResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Data><SuppressionLists><SuppressionList><Id>1</Id><Name>clients</Name><ListType>Email</ListType><ImportRule>EmailAndDomain</ImportRule></SuppressionList><SuppressionList><Id>2</Id><Name>friends</Name><ListType>SmsMms</ListType></SuppressionList></SuppressionLists></Data></ApiResponse>',
			},
		});
		const run = await runExpertSender(state, { resource: 'suppressionList', operation: 'getAll', returnAll: true });
		expect(run.items.map((item) => item.json)).toEqual([CLIENTS, FRIENDS]);
	});

	it('feeds the Suppression List locator search', async () => {
		const node = new ExpertSender();
		const context = loadOptionsContext({ node: 'expertSender', credentialType: 'expertSenderApi', credentials: state.credentials.expertSenderApi, parameters: { resource: 'suppressionList', operation: 'add' }, path: 'parameters.suppressionList' });
		expect(await node.methods.listSearch.searchSuppressionLists.call(context, 'FRI')).toEqual({ results: [{ name: 'friends (SmsMms, 2)', value: '2' }] });
		expect((await node.methods.listSearch.searchSuppressionLists.call(context)).results).toHaveLength(3);
	});

	it("fails clearly on an answer without SuppressionLists, surfaces ExpertSender's error, and refuses a bad limit", async () => {
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, body: '' } });
		const empty = await runExpertSender(state, { resource: 'suppressionList', operation: 'getAll', returnAll: true });
		expect(empty.error?.message).toBe('ExpertSender Get Many Suppression Lists: the answer (HTTP 200) has no SuppressionLists element [item 0]');
		state.sandbox.reset();
		const run = await runExpertSender(state, { resource: 'suppressionList', operation: 'getAll', returnAll: true }, { credentials: { expertSenderApi: { ...state.credentials.expertSenderApi, apiKey: 'wrong' } }, continueOnFail: true });
		expect(run.items).toEqual([{ json: expect.objectContaining({ error: 'ExpertSender Get Many Suppression Lists failed: Api key is invalid. (403) [item 0]' }), pairedItem: { item: 0 } }]);
		state.sandbox.reset();
		const zero = await runExpertSender(state, { resource: 'suppressionList', operation: 'getAll', returnAll: false, limit: 0 });
		expect(zero.error?.message).toBe('Limit: 0 is not a number of lists [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});
});
