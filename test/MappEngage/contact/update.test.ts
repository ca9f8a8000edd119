import { APIS, JOHN, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

/** The partial update goes over REST whichever API is chosen (user/updateProfile has no SOAP encoding in the node). */
describe.each(APIS)('Contact › Update (partial) over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);
	const getById = (id: string) =>
		call(
			restCall('/contact/get', {}, { type: 'ID', value: id }),
			soapCall('contactGet', `<identifier><type>ID</type><value>${id}</value></identifier>`),
		);

	it('changes only the attributes given, by email (user/updateProfileByEmail), then reads the contact back', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
			attributes: { pairs: [{ name: 'FirstName', value: 'Johnny' }, { name: 'user.LastName', value: 'McExample' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					...JOHN,
					attributes: [
						{ name: 'FirstName', value: 'Johnny' },
						{ name: 'user.ISOCountryCode', value: 'PL' },
						{ name: 'user.LastName', value: 'McExample' },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(requests()).toEqual([
			restCall('/user/updateProfileByEmail', { email: 'j.mcexample@example.com' }, [
				{ name: 'FirstName', value: 'Johnny' },
				{ name: 'user.LastName', value: 'McExample' },
			]),
			call(
				restCall('/contact/get', {}, { type: 'EMAIL', value: 'j.mcexample@example.com' }),
				soapCall('contactGet', '<identifier><type>EMAIL</type><value>j.mcexample@example.com</value></identifier>'),
			),
		]);
	});

	it('sends the body of Mapp\'s documented updateProfileByEmail examples (user.firstname / user.lastname; erase with null)', async () => {
		// docs.mapp.com apidocs, user updateProfileByEmail: [{"name":"user.firstname","value":"John"},{"name":"user.lastname","value":"Smith"}]
		// and "erase mobile number": [{"name":"user.MobileNumber","value":null}].
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
			attributes: { pairs: [{ name: 'user.firstname', value: 'John' }, { name: 'user.lastname', value: 'Smith' }] },
			clearAttributes: 'user.MobileNumber',
		});
		expect(result.error).toBeUndefined();
		expect(requests()[0]).toEqual(
			restCall('/user/updateProfileByEmail', { email: 'j.mcexample@example.com' }, [
				{ name: 'user.firstname', value: 'John' },
				{ name: 'user.lastname', value: 'Smith' },
				{ name: 'user.MobileNumber', value: null },
			]),
		);
		expect(result.output('Mapp')[0].json).toMatchObject({ mobileNumber: null, emailAddress: 'j.mcexample@example.com' });
	});

	it('writes standard attributes as user.Email / user.MobileNumber / user.Identifier by contact ID, keeping the rest', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'ID',
			identifierValue: '33457',
			standardAttributes: { emailAddress: 'john.new@example.com', mobileNumber: '+48500100200', identifier: 'CRM-0002' },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')[0].json).toEqual({
			...JOHN,
			emailAddress: 'john.new@example.com',
			mobileNumber: '48500100200',
			identifier: 'CRM-0002',
		});
		expect(requests()).toEqual([
			restCall('/user/updateProfile', { userId: '33457' }, [
				{ name: 'user.Email', value: 'john.new@example.com' },
				{ name: 'user.MobileNumber', value: '+48500100200' },
				{ name: 'user.Identifier', value: 'CRM-0002' },
			]),
			getById('33457'),
		]);
	});

	it('looks the contact ID up first for an external identifier, then updates by user ID', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'EXTERNAL',
			identifierValue: 'CRM-0001',
			attributes: { pairs: [{ name: 'user.ISOCountryCode', value: 'DE' }] },
		});
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			call(
				restCall('/contact/get', {}, { type: 'EXTERNAL', value: 'CRM-0001' }),
				soapCall('contactGet', '<identifier><type>EXTERNAL</type><value>CRM-0001</value></identifier>'),
			),
			restCall('/user/updateProfile', { userId: '33457' }, [{ name: 'user.ISOCountryCode', value: 'DE' }]),
			getById('33457'),
		]);
		expect(provider.changes).toHaveLength(1);
	});

	it('surfaces Mapp\'s message for an unknown email (400 NO_SUCH_OBJECT); nothing is read after it', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'EMAIL',
			identifierValue: 'nobody.here@example.com',
			attributes: { pairs: [{ name: 'FirstName', value: 'X' }] },
		});
		expect(result.error?.message).toBe(
			'Mapp Engage Update Contact failed: User with email=nobody.here@example.com does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
		expect(sandbox.requests('mapp')).toHaveLength(1);
	});

	it.each([
		[{ attributes: {} }, 'Attributes: nothing to update [item 0]'],
		[{ standardAttributes: { applicationAlias: 'app-1' } }, 'Standard Attributes > Application Alias: cannot be changed by a partial update (Mapp has no profile attribute for it) [item 0]'],
		[{ standardAttributes: { emailAddress: 'someone.else@example.com' } }, 'Standard Attributes > Email: "someone.else@example.com" differs from the Identifier Value "j.mcexample@example.com" [item 0]'],
		[{ clearAttributes: 'user.Email' }, 'Attributes to Clear: "user.Email" is the identifier the contact is found by [item 0]'],
		[{ attributes: { pairs: [{ name: 'FirstName', value: 'A' }] }, clearAttributes: 'firstname' }, 'Attributes to Clear: "firstname" is also given a value [item 0]'],
		[{ attributes: { pairs: [{ name: ' ', value: 'A' }] } }, 'Attributes: entry 1 has no name [item 0]'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('gives one item per input item with Continue On Fail', async () => {
		const result = await runMapp(
			credentials(),
			{
				api,
				resource: 'contact',
				operation: 'update',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				attributes: { pairs: [{ name: 'FirstName', value: '={{ $json.name }}' }] },
			},
			{
				continueOnFail: true,
				items: [{ json: { email: 'nobody.here@example.com', name: 'X' } }, { json: { email: 'j.mcexample@example.com', name: 'Jo' } }],
			},
		);
		expect(result.error).toBeUndefined();
		const output = result.output('Mapp');
		expect(output).toHaveLength(2);
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(output[0].json.error).toBe(
			'Mapp Engage Update Contact failed: User with email=nobody.here@example.com does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
		expect(output[1].pairedItem).toEqual({ item: 1 });
		expect(output[1].json.attributes).toEqual([
			{ name: 'FirstName', value: 'Jo' },
			{ name: 'user.ISOCountryCode', value: 'PL' },
		]);
	});
});
