import { APIS, REST, restCall, runMapp, useMappSandbox, wire, type Api } from '../helpers';

const createParameters = (api: Api, extra: Record<string, unknown> = {}) => ({
	api,
	resource: 'group',
	operation: 'create',
	name: 'Spring Newsletter',
	email: 'spring@news.example.com',
	isoCountryCode: 'de',
	isoLanguageCode: 'DE',
	isSuperGroup: false,
	...extra,
});

// group/create is REST only (the v2-era WSDL has no groupCreate): the same request whichever API is chosen.
describe.each(APIS)('Group › Create with API %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);

	it('creates the group over REST, codes written as Mapp writes them, and outputs it as Get does', async () => {
		const result = await runMapp(credentials(), createParameters(api, { additionalFields: { description: 'Offers for spring' } }));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{ json: { id: '1500', name: 'Spring Newsletter', description: 'Offers for spring', email: 'spring@news.example.com' }, pairedItem: { item: 0 } },
		]);
		expect(requests()).toEqual([
			restCall('/group/create', {
				name: 'Spring Newsletter',
				email: 'spring@news.example.com',
				description: 'Offers for spring',
				isoCountryCode: 'DE',
				isoLanguageCode: 'de',
				isSuperGroup: 'false',
			}),
		]);
		expect(provider.groups.has(1500)).toBe(true);
		expect(provider.changes).toEqual(['group-create:1500:Spring Newsletter']);
	});

	it("sends the query of Mapp's documented parameters and reads the documented bare-long answer", async () => {
		// api-evangelist/mapp openapi /group/create: query name, email, isoCountryCode, isoLanguageCode, isSuperGroup
		// (required), description (optional); answer "Example response: 1900328197".
		sandbox.injectFault({ provider: 'mapp', respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '1900328197' } });
		const result = await runMapp(credentials(), createParameters(api, { isSuperGroup: true }));
		expect(result.output('Mapp')[0].json).toEqual({ id: '1900328197', name: 'Spring Newsletter', description: null, email: 'spring@news.example.com' });
		expect(requests()).toHaveLength(1);
		const [entry] = sandbox.requests('mapp');
		expect(entry.method).toBe('POST');
		expect(entry.path).toBe(`${REST}/group/create`);
		expect(entry.query).toEqual({ name: 'Spring Newsletter', email: 'spring@news.example.com', isoCountryCode: 'DE', isoLanguageCode: 'de', isSuperGroup: 'true' });
		expect(entry.body).toBe('');
	});

	it("surfaces Mapp's own error for a name in use; Continue On Fail gives one item per input item", async () => {
		const result = await runMapp(credentials(), createParameters(api, { name: '={{ $json.name }}' }), {
			continueOnFail: true,
			items: [{ json: { name: 'Newsletter' } }, { json: { name: 'Autumn' } }],
		});
		const output = result.output('Mapp');
		expect(output).toHaveLength(2);
		expect(output[0]).toEqual({
			json: expect.objectContaining({ error: 'Mapp Engage Create Group failed: Group with name=Newsletter already exists. (OBJECT_ALREADY_EXISTS) [item 0]' }),
			pairedItem: { item: 0 },
		});
		expect(output[1]).toEqual({
			json: { id: '1500', name: 'Autumn', description: null, email: 'spring@news.example.com' },
			pairedItem: { item: 1 },
		});
	});

	it('surfaces Mapp\'s refusal of a second group with an email in use', async () => {
		const result = await runMapp(credentials(), createParameters(api, { email: 'Offers@news.example.com' }));
		expect(result.error?.message).toBe(
			'Mapp Engage Create Group failed: Group with email=Offers@news.example.com already exists. (OBJECT_ALREADY_EXISTS) [item 0]',
		);
	});

	it("surfaces Mapp's refusal of an ISO code that does not exist", async () => {
		const result = await runMapp(credentials(), createParameters(api, { isoCountryCode: 'XX' }));
		expect(result.error?.message).toBe("Mapp Engage Create Group failed: Parameter 'isoCountryCode' has an invalid value: not an ISO country code (INVALID_PARAMETER) [item 0]");
	});

	it.each([
		['name', '  ', 'Name: is empty [item 0]'],
		['name', 'x'.repeat(151), 'Name: has 151 characters [item 0]'],
		['email', 'spring', 'Email: "spring" is not an email address [item 0]'],
		['isoCountryCode', 'DEU', 'Country Code: "DEU" is not a two-letter ISO code [item 0]'],
		['isoLanguageCode', ' ', 'Language Code: is empty [item 0]'],
	])('refuses %s %j before any request, naming the field and the item', async (field, value, message) => {
		const result = await runMapp(credentials(), createParameters(api, { [field]: value }));
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});
});
