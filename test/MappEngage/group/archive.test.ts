import type { IDataObject } from 'n8n-workflow';

import { jsonResponse } from '../../../sandbox/framework';
import { groupDetails } from '../../../sandbox/providers/mapp/groups';
import { APIS, restCall, runMapp, useMappSandbox, wire, type Api } from '../helpers';

// group/archive and group/activate go over REST whichever API is chosen.
describe.each(APIS)('Group › Archive and Activate with API %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const run = (operation: 'archive' | 'activate', groupId: string | IDataObject, options = {}) =>
		runMapp(credentials(), { api, resource: 'group', operation, groupId }, options);

	it('archives a group (Mapp has no delete) and activates it again', async () => {
		const archived = await run('archive', { __rl: true, mode: 'list', value: '1400', cachedResultName: 'Offers (1400)' });
		expect(archived.error).toBeUndefined();
		expect(archived.output('Mapp')).toEqual([{ json: { archived: true, groupId: '1400' }, pairedItem: { item: 0 } }]);
		expect(groupDetails(provider).get(1400)?.archived).toBe(true);
		const activated = await run('activate', '1400');
		expect(activated.output('Mapp')).toEqual([{ json: { activated: true, groupId: '1400' }, pairedItem: { item: 0 } }]);
		expect(groupDetails(provider).get(1400)?.archived).toBe(false);
		// The documented body: a JSON list of group IDs.
		expect(requests()).toEqual([restCall('/group/archive', {}, [1400]), restCall('/group/activate', {}, [1400])]);
		expect(provider.changes).toEqual(['archive:1400', 'activate:1400']);
	});

	it("reads Mapp's documented answer, one {entityKey, code, message} per group", async () => {
		// api-evangelist/mapp openapi /group/archive: "Example response: [{"entityKey": "80375", "code": null, "message": null}]".
		sandbox.injectFault({ provider: 'mapp', respond: jsonResponse(200, [{ entityKey: '80375', code: null, message: null }]) });
		const result = await run('archive', '80375');
		expect(result.output('Mapp')[0].json).toEqual({ archived: true, groupId: '80375' });
		expect(requests()).toEqual([restCall('/group/archive', {}, [80375])]);
	});

	it("surfaces Mapp's refusal of a group in the answer; Continue On Fail gives one item per input item", async () => {
		const result = await run('archive', '={{ $json.group }}', { continueOnFail: true, items: [{ json: { group: '7777' } }, { json: { group: '1200' } }] });
		expect(result.output('Mapp')).toEqual([
			{
				json: expect.objectContaining({ error: 'Mapp Engage Archive Group: Group with groupId=7777 does not exist. (NO_SUCH_OBJECT) [item 0]' }),
				pairedItem: { item: 0 },
			},
			{ json: { archived: true, groupId: '1200' }, pairedItem: { item: 1 } },
		]);
	});

	it('refuses a Group ID that is not a number before any request', async () => {
		const result = await run('activate', '1200/../1300');
		expect(result.error?.message).toBe('Group ID: "1200/../1300" is not a number [item 0]');
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
