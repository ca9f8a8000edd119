import type { IDataObject } from 'n8n-workflow';

import { jsonResponse } from '../../../sandbox/framework';
import { APIS, REST, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

const GROUPS = {
	1200: { id: '1200', name: 'Newsletter', description: 'Monthly newsletter', email: 'newsletter@news.example.com' },
	1300: { id: '1300', name: 'Transactional', description: 'Order and account messages', email: 'service@news.example.com' },
	1400: { id: '1400', name: 'Offers', description: 'Weekly offers', email: 'offers@news.example.com' },
};

// The listing (group/findIdsByAttributes) goes over REST whichever API is chosen; each group/get over the API chosen.
describe.each(APIS)('Group › Get Many over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const find = (attributes: unknown[]) => restCall('/group/findIdsByAttributes', {}, attributes);
	const details = (groupId: string): IDataObject =>
		api === 'rest'
			? { method: 'GET', path: `${REST}/group/get`, query: { groupId }, contentType: undefined, body: '' }
			: soapCall('groupGet', `<groupId>${groupId}</groupId>`);
	const getAll = (extra: IDataObject = {}) => ({ api, resource: 'group', operation: 'getAll', ...extra });

	it('lists every group with its details when no attribute is given', async () => {
		const result = await runMapp(credentials(), getAll({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([GROUPS[1200], GROUPS[1300], GROUPS[1400]].map((json) => ({ json, pairedItem: { item: 0 } })));
		expect(requests()).toEqual([find([]), details('1200'), details('1300'), details('1400')]);
	});

	it('filters by group attributes (all of them) and reads no details when Include Details is off', async () => {
		const result = await runMapp(
			credentials(),
			getAll({ returnAll: true, includeDetails: false, groupAttributes: { pairs: [{ name: 'Brand', value: 'Acme' }, { name: 'Region', value: 'EU' }] } }),
		);
		expect(result.output('Mapp')).toEqual([{ json: { id: '1200' }, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([find([{ name: 'Brand', value: 'Acme' }, { name: 'Region', value: 'EU' }])]);
	});

	it('reads details only for the groups within the limit', async () => {
		const result = await runMapp(credentials(), getAll({ limit: 2, groupAttributes: { pairs: [{ name: 'Region', value: 'EU' }] } }));
		expect(result.output('Mapp').map((item) => item.json)).toEqual([GROUPS[1200], GROUPS[1400]]);
		const limited = await runMapp(credentials(), getAll({ limit: 1 }));
		expect(limited.output('Mapp').map((item) => item.json)).toEqual([GROUPS[1200]]);
		expect(requests()).toEqual([find([{ name: 'Region', value: 'EU' }]), details('1200'), details('1400'), find([]), details('1200')]);
	});

	it('leaves archived groups out, and gives no items when no group matches', async () => {
		const archived = provider.groups.get(1300);
		expect(archived).toBeDefined();
		await runMapp(credentials(), { api, resource: 'group', operation: 'archive', groupId: '1300' });
		const result = await runMapp(credentials(), getAll({ returnAll: true, includeDetails: false }));
		expect(result.output('Mapp').map((item) => item.json.id)).toEqual(['1200', '1400']);
		const none = await runMapp(credentials(), getAll({ groupAttributes: { pairs: [{ name: 'Brand', value: 'Other' }] } }));
		expect(none.output('Mapp')).toEqual([]);
	});

	it('sends the body of Mapp\'s documented example and reads its documented answer', async () => {
		// api-evangelist/mapp openapi /group/findIdsByAttributes: request body example [{"name": " GroupAttributeName ",
		// "value": "12345"}] (the node trims names), "Example response: [1800123829]".
		sandbox.injectFault({ provider: 'mapp', respond: jsonResponse(200, [1800123829]) });
		const result = await runMapp(
			credentials(),
			getAll({ includeDetails: false, groupAttributes: { pairs: [{ name: 'GroupAttributeName', value: '12345' }] } }),
		);
		expect(result.output('Mapp')).toEqual([{ json: { id: '1800123829' }, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([find([{ name: 'GroupAttributeName', value: '12345' }])]);
	});

	it("surfaces Mapp's error and keeps one item per input item under Continue On Fail", async () => {
		sandbox.injectFault({
			provider: 'mapp',
			respond: jsonResponse(400, { errorActor: 'CLIENT', errorCode: 'INVALID_PARAMETER', message: 'The provided JSON object representation is incorrect.' }),
		});
		const result = await runMapp(credentials(), getAll({ includeDetails: false }), { continueOnFail: true, items: [{ json: {} }, { json: {} }] });
		expect(result.output('Mapp')).toEqual([
			{
				json: expect.objectContaining({
					error: 'Mapp Engage Get Many Groups failed: The provided JSON object representation is incorrect. (INVALID_PARAMETER) [item 0]',
				}),
				pairedItem: { item: 0 },
			},
			{ json: { id: '1200' }, pairedItem: { item: 1 } },
			{ json: { id: '1300' }, pairedItem: { item: 1 } },
			{ json: { id: '1400' }, pairedItem: { item: 1 } },
		]);
	});

	it('refuses a group attribute without a name before any request', async () => {
		const result = await runMapp(credentials(), getAll({ groupAttributes: { pairs: [{ name: ' ', value: 'Acme' }] } }));
		expect(result.error?.message).toBe('Group Attributes: entry 1 has no name [item 0]');
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
