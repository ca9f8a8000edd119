import { ExpertSender } from '../../../nodes/ExpertSender/ExpertSender.node';
import { errorBody, EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { loadOptionsContext } from '../../harness/loadOptions';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const FIELDS = [
	{ Id: 1, Name: 'points', FriendlyName: 'Points', Type: 'Number' },
	{ Id: 2, Name: 'city', FriendlyName: 'City', Type: 'Text' },
	{ Id: 3, Name: 'vip', FriendlyName: 'Vip', Type: 'Boolean' },
	{ Id: 4, Name: 'birthday', FriendlyName: 'Birthday', Type: 'Date' },
	{ Id: 5, Name: 'lastOrderAt', FriendlyName: 'Last Order At', Type: 'Datetime' },
	{ Id: 6, Name: 'balance', FriendlyName: 'Balance', Type: 'Money' },
];
const BASE = { resource: 'field', operation: 'getAll' };

describe('ExpertSender › Field › Get Many', () => {
	const state = useExpertSenderSandbox();

	it('reads GET /v2/Api/Fields and returns one item per custom field, or up to the limit', async () => {
		const all = await runExpertSender(state, { ...BASE, returnAll: true });
		expect(all.items).toEqual(FIELDS.map((json) => ({ json, pairedItem: { item: 0 } })));
		const limited = await runExpertSender(state, { ...BASE, returnAll: false, limit: 2 });
		expect(limited.items.map((item) => item.json)).toEqual(FIELDS.slice(0, 2));
		expect(state.sandbox.requests('expertsender').map((entry) => [entry.method, entry.path, entry.query, entry.body])).toEqual(
			Array(2).fill(['GET', '/v2/Api/Fields', { apiKey: EXPERTSENDER_API_KEY }, '']),
		);
	});

	it('reads the answer shape zlebnik/pyexpertsender parses (Data/Fields/Field), a single field too', async () => {
		// pyexpertsender/pyexpertsender.py, Fields.get: ['ApiResponse']['Data']['Fields']['Field'], one or many.
		const body = '<ApiResponse><Data><Fields><Field><Id>12</Id><Name>shoe_size</Name><Type>Number</Type></Field></Fields></Data></ApiResponse>';
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, headers: { 'Content-Type': 'text/xml' }, body } });
		const run = await runExpertSender(state, { ...BASE, returnAll: true });
		expect(run.items.map((item) => item.json)).toEqual([{ Id: 12, Name: 'shoe_size', Type: 'Number' }]);
	});

	it('returns no items for an account without custom fields, and fails clearly on an answer without Fields', async () => {
		const none = '<ApiResponse><Data><Fields /></Data></ApiResponse>';
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, headers: { 'Content-Type': 'text/xml' }, body: none } });
		expect((await runExpertSender(state, { ...BASE, returnAll: true })).items).toEqual([]);
		state.sandbox.injectFault({ provider: 'expertsender', respond: { status: 200, body: '' } });
		const empty = await runExpertSender(state, { ...BASE, returnAll: true });
		expect(empty.error?.message).toBe('ExpertSender Get Many Fields: the answer (HTTP 200) has no Fields element [item 0]');
	});

	it('refuses a limit below 1 before any request, and surfaces the API error; Continue On Fail keeps one item per input', async () => {
		const zero = await runExpertSender(state, { ...BASE, returnAll: false, limit: 0 });
		expect(zero.error?.message).toBe('Limit: 0 is not a number of fields [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
		state.sandbox.injectFault({ provider: 'expertsender', times: 2, respond: { status: 403, headers: { 'Content-Type': 'text/xml' }, body: errorBody(403, 'Api key is invalid.') } });
		const run = await runExpertSender(
			state,
			{ ...BASE, returnAll: false, limit: '={{ $json.limit }}' },
			{ continueOnFail: true, items: [{ json: { limit: 1 } }, { json: { limit: -1 } }, { json: { limit: 1 } }] },
		);
		expect(run.items.map((item) => [item.json.error ?? item.json.Name, item.pairedItem])).toEqual([
			['ExpertSender Get Many Fields failed: Api key is invalid. (403) [item 0]', { item: 0 }],
			['Limit: -1 is not a number of fields [item 1]', { item: 1 }],
			['ExpertSender Get Many Fields failed: Api key is invalid. (403) [item 2]', { item: 2 }],
		]);
	});

	it('feeds the Property dropdown of Create or Update Contact with name and type, the field ID as value', async () => {
		const node = new ExpertSender();
		const context = loadOptionsContext({
			node: 'expertSender',
			credentialType: 'expertSenderApi',
			credentials: state.credentials.expertSenderApi,
			parameters: { resource: 'contact', operation: 'upsert' },
			path: 'parameters.customProperties.property.id',
		});
		expect(await node.methods.loadOptions.getFields.call(context)).toEqual([
			{ name: 'balance (Money)', value: '6', description: 'ID 6 · Balance' },
			{ name: 'birthday (Date)', value: '4', description: 'ID 4 · Birthday' },
			{ name: 'city (Text)', value: '2', description: 'ID 2 · City' },
			{ name: 'lastOrderAt (Datetime)', value: '5', description: 'ID 5 · Last Order At' },
			{ name: 'points (Number)', value: '1', description: 'ID 1 · Points' },
			{ name: 'vip (Boolean)', value: '3', description: 'ID 3 · Vip' },
		]);
	});
});
