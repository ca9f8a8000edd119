import { APIS, JOHN, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Contact › Create or Update over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('creates a contact that does not exist, in one request', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'upsert',
			identifierType: 'EXTERNAL',
			identifierValue: 'CRM-0002',
			standardAttributes: { emailAddress: 'eve@example.com' },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')[0].json).toMatchObject({ contactId: '40000', identifier: 'CRM-0002', emailAddress: 'eve@example.com' });
		expect(sandbox.requests('mapp').map((entry) => entry.path)).toEqual([api === 'rest' ? '/api/rest/v19/contact/create' : '/api/soap/v19']);
	});

	it('updates by the identifier when Mapp answers that the contact already exists', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'upsert',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
			standardAttributes: { mobileNumber: '48505606707', identifier: 'CRM-0001' },
			attributes: { pairs: [{ name: 'FirstName', value: 'Jon' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{ json: { ...JOHN, attributes: [{ name: 'FirstName', value: 'Jon' }, JOHN.attributes[1]] }, pairedItem: { item: 0 } },
		]);
		const contactXml =
			'<contact><emailAddress>j.mcexample@example.com</emailAddress><mobileNumber>48505606707</mobileNumber><identifier>CRM-0001</identifier><attributes><name>FirstName</name><value>Jon</value></attributes></contact>';
		const contactJson = {
			emailAddress: 'j.mcexample@example.com',
			mobileNumber: '48505606707',
			identifier: 'CRM-0001',
			attributes: [{ name: 'FirstName', value: 'Jon' }],
		};
		expect(requests()).toEqual([
			call(restCall('/contact/create', {}, contactJson), soapCall('contactCreate', contactXml)),
			call(
				restCall('/contact/update', { identifierType: 'EMAIL' }, contactJson),
				soapCall('contactUpdate', `<identifierType>EMAIL</identifierType>${contactXml}`),
			),
		]);
	});
});
