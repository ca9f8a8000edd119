import { APIS, JOHN, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Contact › Get over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

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

	it('with Simplify gives the attributes as one object and leaves the empty lists out; off by default', async () => {
		const parameters = { api, resource: 'contact', operation: 'get', identifierType: 'ID', identifierValue: '33457' };
		const simplified = await runMapp(credentials(), { ...parameters, simplify: true });
		expect(simplified.output('Mapp')).toEqual([
			{
				json: {
					contactId: '33457',
					emailAddress: 'j.mcexample@example.com',
					mobileNumber: '48505606707',
					applicationAlias: null,
					identifier: 'CRM-0001',
					attributes: { FirstName: 'John', 'user.ISOCountryCode': 'PL' },
				},
				pairedItem: { item: 0 },
			},
		]);
		const full = await runMapp(credentials(), parameters);
		expect(full.output('Mapp')[0].json).toEqual(JOHN);
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
