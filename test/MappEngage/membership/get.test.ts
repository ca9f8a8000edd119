import type { IDataObject } from 'n8n-workflow';

import { jsonResponse } from '../../../sandbox/framework';
import { APIS, REST, runMapp, useMappSandbox, wire, type Api } from '../helpers';

/** The membership attributes of the seeded member 33457 of group 1300, as "Get a membership"'s example names them. */
const ATTRIBUTES = [
	{ name: 'member.bounceCounter', value: '0' },
	{ name: 'member.type', value: 'normal' },
	{ name: 'member.readMode', value: 'mail' },
	{ name: 'member.creationDate', value: '2015-07-21 16:10:30.0' },
	{ name: 'member.bounced', value: 'false' },
	{ name: 'member.role', value: 'member' },
	{ name: 'member.messageCounter', value: '0' },
	{ name: 'member.systemWideDeactivated', value: 'false' },
];

const SIMPLE = {
	contactId: '33457',
	groupId: '1300',
	bounceCounter: '0',
	type: 'normal',
	readMode: 'mail',
	creationDate: '2015-07-21 16:10:30.0',
	bounced: 'false',
	role: 'member',
	messageCounter: '0',
	systemWideDeactivated: 'false',
};

function restGet(path: string, query: IDataObject): IDataObject {
	return { method: 'GET', path: `${REST}${path}`, query, contentType: undefined, body: '' };
}

// membership/get is REST only (the v2-era WSDL has no membershipGet): the same request whichever API is chosen.
describe.each(APIS)('Membership › Get with API %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const get = (extra: IDataObject) => ({ api, resource: 'membership', operation: 'get', groupId: '1300', ...extra });

	it('gets the membership by email, simplified to one field per membership attribute', async () => {
		const result = await runMapp(credentials(), get({ memberBy: 'email', email: 'j.mcexample@example.com' }));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([{ json: SIMPLE, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([restGet('/membership/getByEmail', { email: 'j.mcexample@example.com', groupId: '1300' })]);
	});

	it('gets it by contact ID with the attributes as Mapp lists them when Simplify is off', async () => {
		const result = await runMapp(
			credentials(),
			get({ groupId: { __rl: true, mode: 'list', value: '1300' }, memberBy: 'contactId', contactId: '33457', simplify: false }),
		);
		expect(result.output('Mapp')).toEqual([{ json: { contactId: '33457', groupId: '1300', attributes: ATTRIBUTES }, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([restGet('/membership/get', { userId: '33457', groupId: '1300' })]);
	});

	it("reads Mapp's documented example answer", async () => {
		// api-evangelist/mapp openapi /membership/get: "Example response: {"userId": 18223800009, "groupId": 1800190005,
		// "attributes": [{"name": "member.bounceCounter", "value": "0"}, …]}".
		sandbox.injectFault({
			provider: 'mapp',
			respond: jsonResponse(200, { userId: 18223800009, groupId: 1800190005, attributes: [{ name: 'member.bounceCounter', value: '0' }] }),
		});
		const result = await runMapp(credentials(), get({ groupId: '1800190005', memberBy: 'contactId', contactId: '18223800009' }));
		expect(result.output('Mapp')[0].json).toEqual({ contactId: '18223800009', groupId: '1800190005', bounceCounter: '0' });
		expect(requests()).toEqual([restGet('/membership/get', { userId: '18223800009', groupId: '1800190005' })]);
	});

	it("surfaces Mapp's NO_SUCH_OBJECT for a contact that is no member; Continue On Fail keeps one item per input item", async () => {
		const result = await runMapp(credentials(), get({ groupId: '={{ $json.group }}', memberBy: 'email', email: 'j.mcexample@example.com' }), {
			continueOnFail: true,
			items: [{ json: { group: '1200' } }, { json: { group: '1300' } }],
		});
		expect(result.output('Mapp')).toEqual([
			{
				json: expect.objectContaining({
					error: 'Mapp Engage Get Membership failed: Membership with membership=userId:33457/groupId:1200 does not exist. (NO_SUCH_OBJECT) [item 0]',
				}),
				pairedItem: { item: 0 },
			},
			{ json: SIMPLE, pairedItem: { item: 1 } },
		]);
	});

	it('names an unknown contact as Mapp does ("User with email=…")', async () => {
		const result = await runMapp(credentials(), get({ memberBy: 'email', email: 'no.email@example.com' }));
		expect(result.error?.message).toBe('Mapp Engage Get Membership failed: User with email=no.email@example.com does not exist. (NO_SUCH_OBJECT) [item 0]');
	});

	it.each([
		[{ memberBy: 'email', email: 'j.mcexample' }, 'Email: "j.mcexample" is not an email address [item 0]'],
		[{ memberBy: 'contactId', contactId: '33457/../1' }, 'Contact ID: "33457/../1" is not a number [item 0]'],
		[{ groupId: '%2e%2e', memberBy: 'contactId', contactId: '33457' }, 'Group ID: "%2e%2e" is not a number [item 0]'],
	])('refuses %j before any request, naming the field and the item', async (extra, message) => {
		const result = await runMapp(credentials(), get(extra));
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
