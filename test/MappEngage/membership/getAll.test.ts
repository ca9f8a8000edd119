import type { IDataObject } from 'n8n-workflow';

import { jsonResponse, xmlResponse } from '../../../sandbox/framework';
import { MAPP_ECM_NAMESPACE } from '../../../sandbox/providers/mapp';
import { APIS, REST, runMapp, SOAPENV, soapCall, useMappSandbox, wire, type Api } from '../helpers';

const CREATION = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.0$/;

describe.each(APIS)('Membership › Get Many over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const findAll = (by: 'email' | 'userId', value: string): IDataObject =>
		api === 'rest'
			? { method: 'GET', path: `${REST}/membership/findAll${by === 'email' ? 'ByEmail' : ''}`, query: { [by]: value }, contentType: undefined, body: '' }
			: soapCall(`membershipFindAll${by === 'email' ? 'ByEmail' : ''}`, `<${by}>${value}</${by}>`);
	const getAll = (extra: IDataObject) => ({ api, resource: 'membership', operation: 'getAll', returnAll: true, ...extra });
	const subscribe = (groupId: string) =>
		runMapp(credentials(), { api, resource: 'membership', operation: 'subscribe', groupId, memberBy: 'contactId', contactId: '33457', subscriptionMode: 'OPT_IN' });

	it("lists a contact's memberships by email, one item each, simplified", async () => {
		await subscribe('1400');
		const result = await runMapp(credentials(), getAll({ memberBy: 'email', email: 'j.mcexample@example.com' }));
		expect(result.error).toBeUndefined();
		const output = result.output('Mapp');
		expect(output.map((item) => [item.json.groupId, item.json.contactId, item.json.role, item.pairedItem])).toEqual([
			['1300', '33457', 'member', { item: 0 }],
			['1400', '33457', 'member', { item: 0 }],
		]);
		expect(output[0].json.creationDate).toBe('2015-07-21 16:10:30.0');
		expect(output[1].json.creationDate).toMatch(CREATION);
		expect(requests().slice(1)).toEqual([findAll('email', 'j.mcexample@example.com')]);
	});

	it('filters to one group, respects the limit, and gives raw attributes when Simplify is off', async () => {
		await subscribe('1200');
		const filtered = await runMapp(credentials(), getAll({ memberBy: 'contactId', contactId: '33457', filters: { groupId: { __rl: true, mode: 'list', value: '1300' } }, simplify: false }));
		expect(filtered.output('Mapp').map((item) => item.json)).toEqual([
			expect.objectContaining({ contactId: '33457', groupId: '1300', attributes: expect.arrayContaining([{ name: 'member.role', value: 'member' }]) }),
		]);
		const limited = await runMapp(credentials(), getAll({ memberBy: 'contactId', contactId: '33457', returnAll: false, limit: 1 }));
		expect(limited.output('Mapp').map((item) => item.json.groupId)).toEqual(['1200']);
		expect(requests().slice(1)).toEqual([findAll('userId', '33457'), findAll('userId', '33457')]);
	});

	it('leaves out double opt-in invitations not yet accepted, and gives no items for a contact in no group', async () => {
		await runMapp(credentials(), { api, resource: 'membership', operation: 'unsubscribe', groupId: '1300', memberBy: 'contactId', contactId: '33457' });
		await runMapp(credentials(), { api, resource: 'membership', operation: 'subscribe', groupId: '1200', memberBy: 'contactId', contactId: '33457', subscriptionMode: 'DOUBLE_OPT_IN' });
		const result = await runMapp(credentials(), getAll({ memberBy: 'contactId', contactId: '33457' }));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([]);
	});

	it("reads Mapp's documented answer", async () => {
		// REST: api-evangelist/mapp openapi /membership/findAll "Example response: [{"userId": 18061450504, "groupId":
		// 1800116178, "attributes": []}, {"userId": 18061450504, "groupId": 1800138927, "attributes": []}]". SOAP:
		// romankot/eCmConnector MembershipFindAllResponse.java (repeated <memberships>) and Membership.java (userId,
		// groupId, attributes).
		const soapBody = `<S:Envelope xmlns:S="${SOAPENV}"><S:Body><ns2:membershipFindAllResponse xmlns:ns2="${MAPP_ECM_NAMESPACE}"><memberships><userId>18061450504</userId><groupId>1800116178</groupId></memberships><memberships><userId>18061450504</userId><groupId>1800138927</groupId></memberships></ns2:membershipFindAllResponse></S:Body></S:Envelope>`;
		const documented = [
			{ userId: 18061450504, groupId: 1800116178, attributes: [] },
			{ userId: 18061450504, groupId: 1800138927, attributes: [] },
		];
		sandbox.injectFault({ provider: 'mapp', respond: api === 'rest' ? jsonResponse(200, documented) : xmlResponse(200, soapBody) });
		const result = await runMapp(credentials(), getAll({ memberBy: 'contactId', contactId: '18061450504', simplify: false }));
		expect(result.output('Mapp').map((item) => item.json)).toEqual([
			{ contactId: '18061450504', groupId: '1800116178', attributes: [] },
			{ contactId: '18061450504', groupId: '1800138927', attributes: [] },
		]);
		expect(requests()).toEqual([findAll('userId', '18061450504')]);
	});

	it("surfaces Mapp's error for an unknown contact; Continue On Fail keeps one item per input item", async () => {
		const result = await runMapp(credentials(), getAll({ memberBy: 'contactId', contactId: '={{ $json.id }}' }), {
			continueOnFail: true,
			items: [{ json: { id: '999' } }, { json: { id: '33457' } }],
		});
		const output = result.output('Mapp');
		expect(output[0]).toEqual({
			json: expect.objectContaining({ error: 'Mapp Engage Get Many Memberships failed: User with userId=999 does not exist. (NO_SUCH_OBJECT) [item 0]' }),
			pairedItem: { item: 0 },
		});
		expect(output.slice(1).map((item) => [item.json.groupId, item.pairedItem])).toEqual([['1300', { item: 1 }]]);
	});

	it.each([
		[{ memberBy: 'email', email: 'nobody' }, 'Email: "nobody" is not an email address [item 0]'],
		[{ memberBy: 'contactId', contactId: '..' }, 'Contact ID: ".." is not a number [item 0]'],
		[{ memberBy: 'contactId', contactId: '33457', filters: { groupId: 'news' } }, 'Filters > Group ID: "news" is not a number [item 0]'],
	])('refuses %j before any request', async (extra, message) => {
		const result = await runMapp(credentials(), getAll(extra));
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
