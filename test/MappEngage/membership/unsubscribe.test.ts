import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Membership › Unsubscribe over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('unsubscribes a contact by email and by contact ID', async () => {
		const byEmail = await runMapp(credentials(), {
			api,
			resource: 'membership',
			operation: 'unsubscribe',
			groupId: '1300',
			memberBy: 'email',
			email: 'j.mcexample@example.com',
		});
		expect(byEmail.error).toBeUndefined();
		expect(byEmail.output('Mapp')).toEqual([
			{ json: { unsubscribed: true, groupId: '1300', email: 'j.mcexample@example.com' }, pairedItem: { item: 0 } },
		]);
		expect(provider.groups.get(1300)?.has(33457)).toBe(false);
		const byId = await runMapp(credentials(), {
			api,
			resource: 'membership',
			operation: 'unsubscribe',
			groupId: '1300',
			memberBy: 'contactId',
			contactId: '33457',
		});
		expect(byId.output('Mapp')[0].json).toEqual({ unsubscribed: true, groupId: '1300', contactId: '33457' });
		expect(requests()).toEqual([
			call(
				restCall('/membership/unsubscribeByEmail', { email: 'j.mcexample@example.com', groupId: '1300' }),
				soapCall('membershipUnsubscribeByEmail', '<email>j.mcexample@example.com</email><groupId>1300</groupId>'),
			),
			call(
				restCall('/membership/unsubscribe', { userId: '33457', groupId: '1300' }),
				soapCall('membershipUnsubscribe', '<userId>33457</userId><groupId>1300</groupId>'),
			),
		]);
	});
});
