import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from './helpers';

const JOHN = {
	contactId: '33457',
	emailAddress: 'j.mcexample@example.com',
	mobileNumber: '48505606707',
	applicationAlias: null,
	identifier: 'CRM-0001',
	attributes: [
		{ name: 'FirstName', value: 'John' },
		{ name: 'user.ISOCountryCode', value: 'PL' },
	],
	unifiedIdentifiers: [],
	channelAddresses: [],
};

describe.each(APIS)('Contact over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	describe('Get', () => {
		it('looks a contact up by identifier type and value', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'contact',
				operation: 'get',
				identifierType: 'MOBILE',
				identifierValue: '48505606707',
			});
			expect(result.error).toBeUndefined();
			expect(result.output('Mapp')).toEqual([{ json: JOHN, pairedItem: { item: 0 } }]);
			expect(requests()).toEqual([
				call(
					restCall('/contact/get', {}, { type: 'MOBILE', value: '48505606707' }),
					soapCall('contactGet', '<identifier><type>MOBILE</type><value>48505606707</value></identifier>'),
				),
			]);
		});

		it('names Mapp\'s code and message for an unknown contact (400 NO_SUCH_OBJECT, not 404)', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'contact',
				operation: 'get',
				identifierType: 'EMAIL',
				identifierValue: 'nobody.here@example.com',
			});
			expect(result.error?.message).toBe(
				'Mapp Engage Get Contact failed: Contact with identifier=nobody.here@example.com does not exist. (NO_SUCH_OBJECT) [item 0]',
			);
			expect(result.error?.description).toContain('Mapp answers 400, not 404, for an unknown contact');
			expect(sandbox.requests('mapp')).toHaveLength(1);
			expect(sandbox.requests('mapp')[0].status).toBe(api === 'rest' ? 400 : 500);
		});

		it('gives one item per input item with Continue On Fail, the failed one as an error item', async () => {
			const result = await runMapp(
				credentials(),
				{
					api,
					resource: 'contact',
					operation: 'get',
					identifierType: 'EMAIL',
					identifierValue: '={{ $json.email }}',
				},
				{
					continueOnFail: true,
					items: [{ json: { email: 'nobody.here@example.com' } }, { json: { email: 'j.mcexample@example.com' } }],
				},
			);
			expect(result.error).toBeUndefined();
			const output = result.output('Mapp');
			expect(output).toHaveLength(2);
			expect(output[0].pairedItem).toEqual({ item: 0 });
			expect(output[0].json.error).toBe(
				'Mapp Engage Get Contact failed: Contact with identifier=nobody.here@example.com does not exist. (NO_SUCH_OBJECT) [item 0]',
			);
			expect(output[0].json.httpCode).toBe(api === 'rest' ? '400' : '500');
			expect(output[1]).toEqual({ json: JOHN, pairedItem: { item: 1 } });
			expect(sandbox.requests('mapp')).toHaveLength(2);
		});

		it.each([
			['EMAIL', 'john.example.com', 'Identifier Value: "john.example.com" is not an email address [item 0]'],
			['MOBILE', '0048-505', 'Identifier Value: "0048-505" is not a mobile number [item 0]'],
			['ID', 'abc', 'Identifier Value: "abc" is not a contact ID [item 0]'],
			['EXTERNAL', '  ', 'Identifier Value: is empty [item 0]'],
		])('rejects %s "%s" before any request', async (identifierType, identifierValue, message) => {
			const result = await runMapp(credentials(), { api, resource: 'contact', operation: 'get', identifierType, identifierValue });
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBeTruthy();
			expect(sandbox.requests('mapp')).toEqual([]);
		});
	});

	describe('Create', () => {
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

	describe('Update', () => {
		it('writes the whole contact by contact ID; Mapp clears the standard attributes left out', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'contact',
				operation: 'update',
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
				operation: 'update',
				identifierType: 'EXTERNAL',
				identifierValue: 'CRM-404',
			});
			expect(result.error?.message).toBe(
				'Mapp Engage Update Contact failed: Contact with identifier=CRM-404 does not exist. (NO_SUCH_OBJECT) [item 0]',
			);
		});
	});

	describe('Create or Update', () => {
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

	describe('Delete', () => {
		it('deletes a contact and answers { deleted: true }', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'contact',
				operation: 'delete',
				identifierType: 'EMAIL',
				identifierValue: 'j.mcexample@example.com',
			});
			expect(result.error).toBeUndefined();
			expect(result.output('Mapp')).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
			expect(requests()).toEqual([
				call(
					restCall('/contact/delete', {}, { type: 'EMAIL', value: 'j.mcexample@example.com' }),
					soapCall('contactDelete', '<identifier><type>EMAIL</type><value>j.mcexample@example.com</value></identifier>'),
				),
			]);
			expect(provider.contacts.has(33457)).toBe(false);
			expect(provider.groups.get(1300)?.has(33457)).toBe(false);
		});

		it('fails with NO_SUCH_OBJECT for a contact that does not exist', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'contact',
				operation: 'delete',
				identifierType: 'ID',
				identifierValue: '99999',
			});
			expect(result.error?.message).toBe(
				'Mapp Engage Delete Contact failed: Contact with identifier=99999 does not exist. (NO_SUCH_OBJECT) [item 0]',
			);
		});
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
