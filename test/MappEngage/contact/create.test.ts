import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Contact › Create over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('creates a contact with standard attributes and name/value attributes', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'create',
			identifierType: 'EMAIL',
			identifierValue: 'ann@example.com',
			standardAttributes: { mobileNumber: '4915112345678' },
			attributes: { pairs: [{ name: 'FirstName', value: 'Ann' }, { name: 'user.CustomAttribute.Points', value: '' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					contactId: '40000',
					emailAddress: 'ann@example.com',
					mobileNumber: '4915112345678',
					applicationAlias: null,
					identifier: null,
					attributes: [
						{ name: 'FirstName', value: 'Ann' },
						{ name: 'user.CustomAttribute.Points', value: '' },
					],
					unifiedIdentifiers: [],
					channelAddresses: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(requests()).toEqual([
			call(
				restCall('/contact/create', {}, {
					emailAddress: 'ann@example.com',
					mobileNumber: '4915112345678',
					attributes: [
						{ name: 'FirstName', value: 'Ann' },
						{ name: 'user.CustomAttribute.Points', value: '' },
					],
				}),
				soapCall(
					'contactCreate',
					'<contact><emailAddress>ann@example.com</emailAddress><mobileNumber>4915112345678</mobileNumber><attributes><name>FirstName</name><value>Ann</value></attributes><attributes><name>user.CustomAttribute.Points</name><value></value></attributes></contact>',
				),
			),
		]);
		expect(provider.contacts.get(40000)?.emailAddress).toBe('ann@example.com');
	});

	it('surfaces OBJECT_ALREADY_EXISTS for an existing contact', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'create',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
		});
		expect(result.error?.message).toBe(
			'Mapp Engage Create Contact failed: Such contact already exists (OBJECT_ALREADY_EXISTS) [item 0]',
		);
		expect(provider.contacts.size).toBe(1);
	});

	it('rejects a standard attribute that contradicts the identifier before any request', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'create',
			identifierType: 'EMAIL',
			identifierValue: 'ann@example.com',
			standardAttributes: { emailAddress: 'other@example.com' },
		});
		expect(result.error?.message).toBe(
			'Standard Attributes > Email: "other@example.com" differs from the Identifier Value "ann@example.com" [item 0]',
		);
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('rejects an attribute without a name before any request', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'create',
			identifierType: 'EMAIL',
			identifierValue: 'ann@example.com',
			attributes: { pairs: [{ name: ' ', value: 'x' }] },
		});
		expect(result.error?.message).toBe('Attributes: entry 1 has no name [item 0]');
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});

describe('Contact state across APIs', () => {
	const { credentials } = useMappSandbox();

	it('gives the same output item over REST and SOAP for a contact created over either', async () => {
		const created = await runMapp(credentials(), {
			api: 'soap',
			resource: 'contact',
			operation: 'create',
			identifierType: 'APP_ALIAS',
			identifierValue: 'app-7f3a',
			standardAttributes: { emailAddress: 'mia@example.com' },
			attributes: { pairs: [{ name: 'FirstName', value: 'Mia' }] },
		});
		const get = (api: Api) =>
			runMapp(credentials(), { api, resource: 'contact', operation: 'get', identifierType: 'APP_ALIAS', identifierValue: 'app-7f3a' });
		const [overRest, overSoap] = [await get('rest'), await get('soap')];
		expect(overRest.output('Mapp')).toEqual(overSoap.output('Mapp'));
		expect(overRest.output('Mapp')).toEqual(created.output('Mapp'));
		expect(overRest.output('Mapp')[0].json).toEqual({
			contactId: '40000',
			emailAddress: 'mia@example.com',
			mobileNumber: null,
			applicationAlias: 'app-7f3a',
			identifier: null,
			attributes: [{ name: 'FirstName', value: 'Mia' }],
			unifiedIdentifiers: [],
			channelAddresses: [],
		});
	});
});
