import { MAPP_PASSWORD, MAPP_USER } from '../../sandbox/providers/mapp';
import { groupDetails } from '../../sandbox/providers/mapp/groups';
import { basic, envelope, useMappSandbox } from '../MappEngage/helpers';

/**
 * The group and membership reads of the emulator, from Mapp's per-endpoint REST pages (api-evangelist/mapp openapi:
 * /group/create, /group/get, /group/findIdsByAttributes, /group/archive, /group/activate, /membership/get,
 * /membership/getByEmail, /membership/findAll, /membership/findAllByEmail) and the v2-era WSDL (groupGet,
 * membershipFindAll(ByEmail)): required parameters, documented errors, unknown IDs.
 */
describe('Mapp sandbox: groups and memberships', () => {
	const { sandbox, provider } = useMappSandbox();

	async function rest(method: 'GET' | 'POST', pathAndQuery: string, body?: string) {
		const response = await fetch(`${sandbox.url}/mapp/api/rest/v19${pathAndQuery}`, {
			method,
			headers: { Authorization: basic(MAPP_USER, MAPP_PASSWORD), Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
			body,
		});
		const text = await response.text();
		return { status: response.status, text, json: text.startsWith('{') || text.startsWith('[') || /^\d+$/.test(text) ? (JSON.parse(text) as unknown) : undefined };
	}

	async function soap(operation: string, inner: string) {
		const response = await fetch(`${sandbox.url}/mapp/api/soap/v19`, {
			method: 'POST',
			headers: { Authorization: basic(MAPP_USER, MAPP_PASSWORD), 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' },
			body: envelope(operation, inner),
		});
		return { status: response.status, text: await response.text() };
	}

	const CREATE = '/group/create?name=Spring&email=spring%40news.example.com&isoCountryCode=DE&isoLanguageCode=de&isSuperGroup=false';

	it('group/create requires each documented required parameter (MISSING_PARAMETER) and refuses unknown ones', async () => {
		for (const parameter of ['name', 'email', 'isoCountryCode', 'isoLanguageCode', 'isSuperGroup']) {
			const response = await rest('POST', CREATE.replace(new RegExp(`[?&]${parameter}=[^&]*`), (match) => (match.startsWith('?') ? '?' : '')).replace('?&', '?'));
			expect(response.status).toBe(400);
			expect(response.json).toMatchObject({ errorCode: 'MISSING_PARAMETER', parameterName: parameter });
		}
		expect((await rest('POST', `${CREATE}&owner=me`)).json).toMatchObject({ errorCode: 'INVALID_PARAMETER', parameterName: 'owner' });
		expect(provider.groups.size).toBe(3);
	});

	it('group/create refuses ISO codes that do not exist, a non-boolean SuperGroup and a bad email (INVALID_PARAMETER)', async () => {
		for (const [from, to, parameter] of [
			['isoCountryCode=DE', 'isoCountryCode=XX', 'isoCountryCode'],
			['isoLanguageCode=de', 'isoLanguageCode=qq', 'isoLanguageCode'],
			['isSuperGroup=false', 'isSuperGroup=yes', 'isSuperGroup'],
			['email=spring%40news.example.com', 'email=spring', 'email'],
		]) {
			expect((await rest('POST', CREATE.replace(from, to))).json).toMatchObject({ errorCode: 'INVALID_PARAMETER', parameterName: parameter });
		}
		expect((await rest('POST', `${CREATE}&groupCategoryId=5`)).json).toMatchObject({ errorCode: 'NO_SUCH_OBJECT', objectType: 'GroupCategory' });
	});

	it('group/create answers the new ID as a bare long, and refuses a second group with the same name (OBJECT_ALREADY_EXISTS)', async () => {
		const created = await rest('POST', CREATE);
		expect(created).toMatchObject({ status: 200, text: '1500' });
		expect(groupDetails(provider).get(1500)).toMatchObject({ name: 'Spring', email: 'spring@news.example.com', archived: false });
		expect((await rest('POST', CREATE.replace('spring%40', 'other%40'))).json).toMatchObject({ errorCode: 'OBJECT_ALREADY_EXISTS', propertyName: 'name' });
		// No groupCreate in the WSDL.
		expect((await soap('groupCreate', '<name>Spring</name>')).text).toContain('Cannot find dispatch method');
	});

	it('group/get is a GET answering {id, name, description, email}; an unknown group is 400 NO_SUCH_OBJECT', async () => {
		expect(await rest('GET', '/group/get?groupId=1200')).toMatchObject({
			status: 200,
			json: { id: 1200, name: 'Newsletter', description: 'Monthly newsletter', email: 'newsletter@news.example.com' },
		});
		expect((await rest('POST', '/group/get?groupId=1200')).status).toBe(405);
		expect(await rest('GET', '/group/get?groupId=7777')).toMatchObject({ status: 400, json: { errorCode: 'NO_SUCH_OBJECT', objectType: 'Group' } });
		expect((await rest('GET', '/group/get')).json).toMatchObject({ errorCode: 'MISSING_PARAMETER', parameterName: 'groupId' });
		const answer = await soap('groupGet', '<groupId>1300</groupId>');
		expect(answer.text).toContain('<group><id>1300</id><name>Transactional</name><description>Order and account messages</description><email>service@news.example.com</email></group>');
	});

	it('group/findIdsByAttributes takes a JSON list of {name, value} only', async () => {
		expect((await rest('POST', '/group/findIdsByAttributes', '[{"name":"brand","value":"Acme"}]')).json).toEqual([1200, 1300]);
		expect((await rest('POST', '/group/findIdsByAttributes', '{"name":"Brand"}')).status).toBe(400);
		expect((await rest('POST', '/group/findIdsByAttributes', '[{"name":"Brand","value":"Acme","type":"x"}]')).text).toContain('Unrecognized field "type"');
		expect((await rest('POST', '/group/findIdsByAttributes', '[]')).json).toEqual([1200, 1300, 1400]);
	});

	it('group/archive and activate take a list of IDs (numbers or numeric strings), refuse an empty one, and answer per group', async () => {
		expect((await rest('POST', '/group/archive', '["1200", 7777]')).json).toEqual([
			{ entityKey: '1200', code: null, message: null },
			{ entityKey: '7777', code: 'NO_SUCH_OBJECT', message: 'Group with groupId=7777 does not exist.' },
		]);
		expect(groupDetails(provider).get(1200)?.archived).toBe(true);
		expect((await rest('POST', '/group/archive', '[]')).json).toMatchObject({ errorCode: 'INVALID_PARAMETER', message: expect.stringContaining('Provided list of groupIds is empty') });
		expect((await rest('POST', '/group/activate', '[1200]')).json).toEqual([{ entityKey: '1200', code: null, message: null }]);
		expect(provider.changes).toEqual(['archive:1200', 'activate:1200']);
	});

	it('membership/get and getByEmail answer the documented errors: unknown user, unknown group, no member', async () => {
		expect((await rest('GET', '/membership/getByEmail?email=no.email%40example.com&groupId=1300')).json).toMatchObject({
			errorCode: 'NO_SUCH_OBJECT',
			message: 'User with email=no.email@example.com does not exist.',
			objectType: 'User',
			propertyName: 'email',
		});
		expect((await rest('GET', '/membership/get?userId=33457&groupId=7777')).json).toMatchObject({ errorCode: 'NO_SUCH_OBJECT', objectType: 'Group' });
		expect((await rest('GET', '/membership/get?userId=33457&groupId=1200')).json).toMatchObject({
			objectType: 'Membership',
			propertyValue: 'userId:33457/groupId:1200',
		});
		expect((await rest('GET', '/membership/get?userId=33457')).json).toMatchObject({ errorCode: 'MISSING_PARAMETER', parameterName: 'groupId' });
		// No membershipGet in the v2-era WSDL.
		expect((await soap('membershipGet', '<userId>33457</userId><groupId>1300</groupId>')).text).toContain('Cannot find dispatch method');
	});

	it('membershipFindAll(ByEmail) over SOAP answers repeated <memberships>, and checks its one child', async () => {
		const answer = await soap('membershipFindAllByEmail', '<email>j.mcexample@example.com</email>');
		expect(answer.status).toBe(200);
		expect(answer.text).toContain('<memberships><userId>33457</userId><groupId>1300</groupId><attributes><name>member.bounceCounter</name><value>0</value></attributes>');
		expect((await soap('membershipFindAll', '<email>j.mcexample@example.com</email>')).text).toContain('unexpected element');
		expect((await rest('GET', '/membership/findAll?userId=abc')).json).toMatchObject({ errorCode: 'INVALID_PARAMETER', parameterName: 'userId' });
	});
});
