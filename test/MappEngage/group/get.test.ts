import type { IDataObject } from 'n8n-workflow';

import { jsonResponse, xmlResponse } from '../../../sandbox/framework';
import { MAPP_ECM_NAMESPACE } from '../../../sandbox/providers/mapp';
import { APIS, REST, runMapp, SOAPENV, soapCall, useMappSandbox, wire, type Api } from '../helpers';

const NEWSLETTER = { id: '1200', name: 'Newsletter', description: 'Monthly newsletter', email: 'newsletter@news.example.com' };

function restGet(groupId: string): IDataObject {
	return { method: 'GET', path: `${REST}/group/get`, query: { groupId }, contentType: undefined, body: '' };
}

describe.each(APIS)('Group › Get over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const onWire = (groupId: string) => (api === 'rest' ? restGet(groupId) : soapCall('groupGet', `<groupId>${groupId}</groupId>`));
	const get = (groupId: string | IDataObject) => ({ api, resource: 'group', operation: 'get', groupId });

	it('gets the group picked from the list: ID, name, description and email', async () => {
		const result = await runMapp(credentials(), get({ __rl: true, mode: 'list', value: '1200', cachedResultName: 'Newsletter (1200)' }));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([{ json: NEWSLETTER, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([onWire('1200')]);
	});

	it('lets the editor refuse a By ID value that is not a whole number', async () => {
		await expect(runMapp(credentials(), get({ __rl: true, mode: 'id', value: '12/00' }))).rejects.toThrow('Group ID: the ID of a group is a whole number, e.g. 1200');
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('still reads a Group ID saved as a plain string, and one By ID', async () => {
		await runMapp(credentials(), get('1300'));
		await runMapp(credentials(), get({ __rl: true, mode: 'id', value: '1400' }));
		expect(requests()).toEqual([onWire('1300'), onWire('1400')]);
	});

	it("reads the answer Mapp documents for group/get", async () => {
		// api-evangelist/mapp openapi /group/get: "Example response: {"id": 1800150437, "name": "Group Name", "description":
		// "Description of the group", "email": "group@test.com"}"; SOAP: romankot/eCmConnector GroupGetResponse.java
		// (one <group>) and Group.java (id, name, description, email in that order).
		const documented = { id: 1800150437, name: 'Group Name', description: 'Description of the group', email: 'group@test.com' };
		const soapBody = `<S:Envelope xmlns:S="${SOAPENV}"><S:Body><ns2:groupGetResponse xmlns:ns2="${MAPP_ECM_NAMESPACE}"><group><id>1800150437</id><name>Group Name</name><description>Description of the group</description><email>group@test.com</email></group></ns2:groupGetResponse></S:Body></S:Envelope>`;
		sandbox.injectFault({ provider: 'mapp', respond: api === 'rest' ? jsonResponse(200, documented) : xmlResponse(200, soapBody) });
		const result = await runMapp(credentials(), get('1800150437'));
		expect(result.output('Mapp')[0].json).toEqual({ ...documented, id: '1800150437' });
		expect(requests()).toEqual([onWire('1800150437')]);
	});

	it("surfaces Mapp's NO_SUCH_OBJECT for an unknown group; Continue On Fail keeps one item per input item", async () => {
		const result = await runMapp(credentials(), get('={{ $json.group }}'), {
			continueOnFail: true,
			items: [{ json: { group: '7777' } }, { json: { group: '1200' } }],
		});
		expect(result.output('Mapp')).toEqual([
			{
				json: expect.objectContaining({ error: 'Mapp Engage Get Group failed: Group with groupId=7777 does not exist. (NO_SUCH_OBJECT) [item 0]' }),
				pairedItem: { item: 0 },
			},
			{ json: NEWSLETTER, pairedItem: { item: 1 } },
		]);
	});

	it.each([
		['../1200', 'Group ID: "../1200" is not a number [item 0]'],
		['%2e%2e', 'Group ID: "%2e%2e" is not a number [item 0]'],
		['12/00', 'Group ID: "12/00" is not a number [item 0]'],
		[' ', 'Group ID: is empty [item 0]'],
	])('refuses the mapped Group ID %j before any request', async (groupId, message) => {
		const result = await runMapp(credentials(), get({ __rl: true, mode: 'id', value: '={{ $json.group }}' }), { items: [{ json: { group: groupId } }] });
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
