import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Membership › Subscribe over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('subscribes a contact by email with double opt-in', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'membership',
			operation: 'subscribe',
			groupId: '1200',
			memberBy: 'email',
			email: 'j.mcexample@example.com',
			subscriptionMode: 'DOUBLE_OPT_IN',
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: { subscribed: true, groupId: '1200', email: 'j.mcexample@example.com', subscriptionMode: 'DOUBLE_OPT_IN' },
				pairedItem: { item: 0 },
			},
		]);
		expect(requests()).toEqual([
			call(
				restCall('/membership/subscribeByEmail', {
					email: 'j.mcexample@example.com',
					groupId: '1200',
					subscriptionMode: 'DOUBLE_OPT_IN',
				}),
				soapCall(
					'membershipSubscribeByEmail',
					'<email>j.mcexample@example.com</email><groupId>1200</groupId><subscriptionMode>DOUBLE_OPT_IN</subscriptionMode>',
				),
			),
		]);
		expect(provider.groups.get(1200)?.get(33457)).toBe('INVITED');
	});

	it('subscribes a contact by contact ID without notification (OPT_IN)', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'membership',
			operation: 'subscribe',
			groupId: '1200',
			memberBy: 'contactId',
			contactId: '33457',
			subscriptionMode: 'OPT_IN',
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')[0].json).toEqual({ subscribed: true, groupId: '1200', contactId: '33457', subscriptionMode: 'OPT_IN' });
		expect(requests()).toEqual([
			call(
				restCall('/membership/subscribe', { userId: '33457', groupId: '1200', subscriptionMode: 'OPT_IN' }),
				soapCall('membershipSubscribe', '<userId>33457</userId><groupId>1200</groupId><subscriptionMode>OPT_IN</subscriptionMode>'),
			),
		]);
		expect(provider.groups.get(1200)?.get(33457)).toBe('OPT_IN');
	});

	it('names Mapp\'s error for an unknown group and an unknown contact', async () => {
		const result = await runMapp(
			credentials(),
			{
				api,
				resource: 'membership',
				operation: 'subscribe',
				groupId: '={{ $json.group }}',
				memberBy: 'email',
				email: '={{ $json.email }}',
				subscriptionMode: 'OPT_IN',
			},
			{
				continueOnFail: true,
				items: [
					{ json: { group: '7777', email: 'j.mcexample@example.com' } },
					{ json: { group: '1200', email: 'nobody.here@example.com' } },
				],
			},
		);
		expect(result.output('Mapp').map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Mapp Engage Subscribe Contact failed: Group with groupId=7777 does not exist. (NO_SUCH_OBJECT) [item 0]', { item: 0 }],
			[
				'Mapp Engage Subscribe Contact failed: Contact with email=nobody.here@example.com does not exist. (NO_SUCH_OBJECT) [item 1]',
				{ item: 1 },
			],
		]);
	});

	it.each([
		[{ email: 'not-an-email' }, 'Email: "not-an-email" is not an email address [item 0]'],
		[{ groupId: 'news' }, 'Group ID: "news" is not a number [item 0]'],
	])('rejects %j before any request', async (override, message) => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'membership',
			operation: 'subscribe',
			groupId: '1200',
			memberBy: 'email',
			email: 'j.mcexample@example.com',
			subscriptionMode: 'OPT_IN',
			...override,
		});
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
