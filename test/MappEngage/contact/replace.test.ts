import { APIS, JOHN, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Contact › Replace over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('writes the whole contact by contact ID; Mapp clears the standard attributes left out', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'replace',
			identifierType: 'ID',
			identifierValue: '33457',
			standardAttributes: { emailAddress: 'john.new@example.com' },
			attributes: { pairs: [{ name: 'FirstName', value: 'Johnny' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					...JOHN,
					emailAddress: 'john.new@example.com',
					mobileNumber: null,
					identifier: null,
					attributes: [
						{ name: 'FirstName', value: 'Johnny' },
						{ name: 'user.ISOCountryCode', value: 'PL' },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(requests()).toEqual([
			call(
				restCall('/contact/update', { identifierType: 'ID' }, {
					contactId: 33457,
					emailAddress: 'john.new@example.com',
					attributes: [{ name: 'FirstName', value: 'Johnny' }],
				}),
				soapCall(
					'contactUpdate',
					'<identifierType>ID</identifierType><contact><contactId>33457</contactId><emailAddress>john.new@example.com</emailAddress><attributes><name>FirstName</name><value>Johnny</value></attributes></contact>',
				),
			),
		]);
	});

	it('fails with NO_SUCH_OBJECT for an unknown contact', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'replace',
			identifierType: 'EXTERNAL',
			identifierValue: 'CRM-404',
		});
		expect(result.error?.message).toBe(
			'Mapp Engage Replace Contact failed: Contact with identifier=CRM-404 does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
	});
});
